package se.justera.compliance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.justera.protocol.PrintedMunicipality;
import se.justera.protocol.Protocol;
import se.justera.protocol.ProtocolImported;
import se.justera.protocol.ProtocolParser;
import se.justera.protocol.StoredProtocolReader;
import se.justera.protocol.StoredProtocolReader.StoredProtocol;
import se.justera.text.LogSafe;
import se.justera.text.Names;

/**
 * Keeps the stored findings equal to what the current rules say of the current data: evaluates a
 * meeting when it is imported, a municipality's meetings when its configuration changes, and every
 * meeting when the rules are reloaded. Also checks a protocol without storing it.
 */
@Service
public class ComplianceService implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ComplianceService.class);

	private static final int BATCH = 200;

	private final ComplianceEngine engine;

	private final ComplianceSettingsRepository settings;

	private final FindingRepository findings;

	private final StoredProtocolReader stored;

	private final ProtocolParser parser;

	private final TransactionTemplate transaction;

	/** Compiling and re-evaluating happen here, one reload at a time, off the request threads. */
	private final ExecutorService reloads = Executors.newSingleThreadExecutor(r -> new Thread(r, "rule-reload"));

	ComplianceService(ComplianceEngine engine, ComplianceSettingsRepository settings, FindingRepository findings,
			StoredProtocolReader stored, ProtocolParser parser, TransactionTemplate transaction) {
		this.engine = engine;
		this.settings = settings;
		this.findings = findings;
		this.stored = stored;
		this.parser = parser;
		this.transaction = transaction;
	}

	/** Runs inside the import's transaction: the findings are stored with the minutes or not at all. */
	@EventListener
	void onImported(ProtocolImported imported) {
		RuleSet rules = this.engine.ruleSet();
		List<Finding> found = ComplianceEngine.evaluate(rules, imported.municipality(), imported.protocol(),
				this.settings.find(imported.municipality(), imported.protocol().bodyName()));
		this.findings.record(imported.meetingId(), found, rules.version());
	}

	public RuleSet ruleSet() {
		return this.engine.ruleSet();
	}

	/**
	 * What the rules say of a protocol that is not stored; bad text fails as an import would. A text
	 * that names another municipality is not refused here: its note becomes the WARNING an import
	 * would store, and the rules report MUNICIPALITY_MISMATCH.
	 */
	public ProtocolCheck check(String municipality, String text) {
		String name = municipality == null ? "" : Names.canonical(municipality);
		Protocol protocol = PrintedMunicipality.compared(this.parser.parse(text), name);
		List<Finding> found = this.engine.evaluate(name, protocol, this.settings.find(name, protocol.bodyName()));
		LocalDate posted = protocol.notice() == null ? null : protocol.notice().postedOn();
		return new ProtocolCheck(protocol, found, posted == null ? null : RuleFunctions.appealDeadline(posted));
	}

	/** The result of checking a protocol without storing it. */
	public record ProtocolCheck(Protocol protocol, List<Finding> findings, LocalDate appealDeadline) {
	}

	/** Re-evaluates the given meetings with the rules in use; returns how many. */
	public int reevaluate(List<Long> meetingIds) {
		RuleSet rules = this.engine.ruleSet();
		Map<String, ComplianceSettings> cache = new HashMap<>();
		for (int from = 0; from < meetingIds.size(); from += BATCH) {
			List<Long> batch = meetingIds.subList(from, Math.min(meetingIds.size(), from + BATCH));
			this.transaction.executeWithoutResult(status -> {
				for (StoredProtocol s : this.stored.read(batch)) {
					ComplianceSettings config = cache.computeIfAbsent(
							s.municipality().toLowerCase() + "|" + s.protocol().bodyName().toLowerCase(),
							k -> this.settings.find(s.municipality(), s.protocol().bodyName()));
					this.findings.record(s.meetingId(),
							ComplianceEngine.evaluate(rules, s.municipality(), s.protocol(), config), rules.version());
				}
			});
		}
		return meetingIds.size();
	}

	public int reevaluateAll() {
		return reevaluate(this.stored.allMeetingIds());
	}

	public int reevaluateMunicipality(String municipality) {
		return reevaluate(this.stored.meetingIdsOf(municipality));
	}

	/** The outcome of a reload: the rules in use afterwards, and the compiler's complaints if any. */
	public record ReloadResult(boolean success, RuleSet rules, List<RuleCompilationException.Problem> problems,
			String message, int reevaluatedMeetings, long millis) {
	}

	/**
	 * Compiles the rules folder anew on the reload thread. On success the new rules are put in use and
	 * every stored meeting is re-evaluated; on failure the previous rules keep serving.
	 */
	public CompletableFuture<ReloadResult> reload() {
		return CompletableFuture.supplyAsync(() -> {
			long start = System.nanoTime();
			try {
				RuleSet next = this.engine.reload();
				int count = reevaluateAll();
				return new ReloadResult(true, next, List.of(), "Reloaded " + next.rules().size() + " rules", count,
						(System.nanoTime() - start) / 1_000_000);
			}
			catch (RuleCompilationException ex) {
				log.warn("Rule reload failed; the previous rules ({}) keep serving: {}", this.engine.ruleSet().version(),
						LogSafe.escape(ex.getMessage()));
				return new ReloadResult(false, this.engine.ruleSet(), ex.problems(), ex.getMessage(), 0,
						(System.nanoTime() - start) / 1_000_000);
			}
		}, this.reloads);
	}

	@Override
	public void destroy() {
		this.reloads.shutdownNow();
	}

}
