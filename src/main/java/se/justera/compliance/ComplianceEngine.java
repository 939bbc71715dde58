package se.justera.compliance;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.justera.protocol.Protocol;

/**
 * The rules this node serves: compiled at start from the rules folder (JUSTERA_RULES_PATH), or from
 * the rules the jar carries where none is configured (a folder that is missing or
 * does not compile stops the start), then whichever ruleset is active in the database
 * ({@link RulesetService} puts it in use). Compiled rulesets are kept by version, so that a ruleset
 * stored by another node is compiled here once.
 */
public class ComplianceEngine {

	private static final Logger log = LoggerFactory.getLogger(ComplianceEngine.class);

	private final Path folder;

	private final RuleCompiler compiler = new RuleCompiler();

	private final AtomicReference<RuleSet> current = new AtomicReference<>();

	/** By version: the active ruleset, a staging one, and a few before them. */
	private final Map<String, RuleSet> compiled = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
			return size() > 6;
		}
	};

	/**
	 * Compiles the folder now, or the rules in the jar when the folder is null: a missing folder or
	 * a rule that does not compile stops the start.
	 */
	public ComplianceEngine(Path folder) {
		this.folder = folder;
		long start = System.nanoTime();
		RuleSet rules = compileFolder();
		this.current.set(rules);
		log.info("Compiled {} rules from {} (ruleset {}) in {} ms", rules.rules().size(), source(), rules.version(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/** The ruleset this node serves. */
	public RuleSet ruleSet() {
		return this.current.get();
	}

	/** Where this node's rules come from, for messages: the folder, or the jar. */
	String source() {
		return this.folder == null ? "the rules in the jar (set JUSTERA_RULES_PATH to use a folder)"
				: this.folder.toAbsolutePath().toString();
	}

	/** Compiles the folder (or the jar's rules) anew without putting it in use; throws when it does not compile. */
	RuleSet compileFolder() {
		RuleSet rules = this.folder == null ? this.compiler.compileBundled() : this.compiler.compile(this.folder);
		remember(rules);
		return rules;
	}

	/** The ruleset of this version, compiled from the given files unless compiled before. */
	RuleSet compiled(String version, Supplier<List<RuleFile>> files) {
		synchronized (this.compiled) {
			RuleSet known = this.compiled.get(version);
			if (known != null) {
				return known;
			}
		}
		RuleSet rules = this.compiler.compile(files.get(), "The stored ruleset " + version);
		if (!rules.version().equals(version)) {
			throw new IllegalStateException("The stored ruleset " + version + " compiles to version " + rules.version());
		}
		remember(rules);
		return rules;
	}

	void remember(RuleSet rules) {
		synchronized (this.compiled) {
			this.compiled.put(rules.version(), rules);
		}
	}

	/** Serves this ruleset from now on. */
	void use(RuleSet rules) {
		RuleSet before = this.current.getAndSet(rules);
		remember(rules);
		if (!before.version().equals(rules.version())) {
			log.info("Now serving ruleset {} ({} rules; was {})", rules.version(), rules.rules().size(), before.version());
		}
	}

	/** Runs every rule over a protocol, unguarded: for rule tests and the generator (see RuleRunner for the guarded run). */
	public static List<Finding> evaluate(RuleSet rules, String municipality, Protocol protocol,
			ComplianceSettings settings) {
		Findings findings = new Findings(meetingKey(municipality, protocol),
				rules.legalBasis().basesOn(protocol.meetingDate()), FactBuilder.uncertain(protocol));
		StatelessKieSession session = rules.kieBase().newStatelessKieSession();
		session.setGlobal("findings", findings);
		session.execute(FactBuilder.facts(municipality, protocol, settings));
		return findings.all();
	}

	/** What makes a meeting the same meeting across re-imports: municipality, body, date. */
	static String meetingKey(String municipality, Protocol protocol) {
		return municipality.strip().toLowerCase(Locale.ROOT) + "|" + protocol.bodyName().toLowerCase(Locale.ROOT) + "|"
				+ protocol.meetingDate();
	}

}
