package se.justera.compliance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import se.justera.protocol.PrintedMunicipality;
import se.justera.protocol.Protocol;
import se.justera.protocol.ProtocolImported;
import se.justera.protocol.ProtocolParser;
import se.justera.text.Names;

/**
 * Judges minutes as they are imported or corrected (in the import's transaction, with the active
 * ruleset, each evaluation under the time budget: a rule that fails gives a RULE_ERROR finding and
 * never blocks the import), and checks a protocol without storing it.
 */
@Service
public class ComplianceService {

	private final RulesetService rulesets;

	private final RuleRunner runner;

	private final ComplianceSettingsRepository settings;

	private final FindingRepository findings;

	private final ReevaluationQueue queue;

	private final ProtocolParser parser;

	ComplianceService(RulesetService rulesets, RuleRunner runner, ComplianceSettingsRepository settings,
			FindingRepository findings, ReevaluationQueue queue, ProtocolParser parser) {
		this.rulesets = rulesets;
		this.runner = runner;
		this.settings = settings;
		this.findings = findings;
		this.queue = queue;
		this.parser = parser;
	}

	/**
	 * Runs inside the import's transaction: the findings are stored with the minutes or not at all.
	 * Evaluated with the rules this node serves, then checked under the switch lock against the
	 * active version: if another node switched meanwhile, evaluated again with the active one. A
	 * staging ruleset gets the meeting queued, so that it is judged by the candidate too.
	 */
	@EventListener
	void onImported(ProtocolImported imported) {
		String municipality = imported.municipality();
		Protocol protocol = imported.protocol();
		ComplianceSettings config = this.settings.find(municipality, protocol.bodyName());
		RuleSet rules = this.rulesets.ruleSet();
		RuleRunner.Evaluation evaluation = this.runner.evaluate(rules, municipality, protocol, config);
		RuleSet active = this.rulesets.activeForWrite();
		if (!active.version().equals(rules.version())) {
			// a stale evaluation is redone, never stored
			rules = active;
			evaluation = this.runner.evaluate(rules, municipality, protocol, config);
		}
		this.findings.record(imported.meetingId(),
				evaluation.findingsWithErrors(rules, ComplianceEngine.meetingKey(municipality, protocol)), rules.version());
		this.rulesets.stagingId()
			.ifPresent(id -> this.queue.queue(id, List.of(imported.meetingId()), "import during staging"));
	}

	public RuleSet ruleSet() {
		return this.rulesets.ruleSet();
	}

	/**
	 * What the rules say of a protocol that is not stored; bad text fails as an import would. A text
	 * that names another municipality is not refused here: its note becomes the WARNING an import
	 * would store, and the rules report MUNICIPALITY_MISMATCH.
	 */
	public ProtocolCheck check(String municipality, String text) {
		String name = municipality == null ? "" : Names.canonical(municipality);
		Protocol protocol = PrintedMunicipality.compared(this.parser.parse(text), name);
		RuleSet rules = this.rulesets.ruleSet();
		List<Finding> found = this.runner.evaluate(rules, name, protocol, this.settings.find(name, protocol.bodyName()))
			.findingsWithErrors(rules, ComplianceEngine.meetingKey(name, protocol));
		Map<Integer, Integer> pages = new HashMap<>();
		protocol.paragraphs().forEach(p -> {
			if (p.page() != null) {
				pages.putIfAbsent(p.number(), p.page());
			}
		});
		found = found.stream().map(f -> f.paragraph() == null ? f : f.onPage(pages.get(f.paragraph()))).toList();
		LocalDate posted = protocol.notice() == null ? null : protocol.notice().postedOn();
		return new ProtocolCheck(protocol, found, posted == null ? null : RuleFunctions.appealDeadline(posted));
	}

	/** The result of checking a protocol without storing it. */
	public record ProtocolCheck(Protocol protocol, List<Finding> findings, LocalDate appealDeadline) {
	}

}
