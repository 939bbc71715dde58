package se.justera.compliance;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.justera.protocol.Protocol;

/**
 * Runs the rules of the rules folder over a protocol. The rule base in use is swapped atomically
 * on a successful reload; a failed reload leaves it serving.
 */
public class ComplianceEngine {

	private static final Logger log = LoggerFactory.getLogger(ComplianceEngine.class);

	private final Path folder;

	private final RuleCompiler compiler = new RuleCompiler();

	private final AtomicReference<RuleSet> current = new AtomicReference<>();

	/** Compiles the folder now: a missing folder or a rule that does not compile stops the start. */
	public ComplianceEngine(Path folder) {
		this.folder = folder;
		long start = System.nanoTime();
		this.current.set(this.compiler.compile(folder));
		log.info("Compiled {} rules from {} (ruleset {}) in {} ms", ruleSet().rules().size(), folder.toAbsolutePath(),
				ruleSet().version(), (System.nanoTime() - start) / 1_000_000);
	}

	public RuleSet ruleSet() {
		return this.current.get();
	}

	/** Compiles the folder anew and, if it compiles, puts it in use; otherwise throws and changes nothing. */
	public synchronized RuleSet reload() {
		RuleSet next = this.compiler.compile(this.folder);
		this.current.set(next);
		log.info("Reloaded {} rules from {} (ruleset {})", next.rules().size(), this.folder.toAbsolutePath(),
				next.version());
		return next;
	}

	public List<Finding> evaluate(String municipality, Protocol protocol, ComplianceSettings settings) {
		return evaluate(ruleSet(), municipality, protocol, settings);
	}

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
