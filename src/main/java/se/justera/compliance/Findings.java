package se.justera.compliance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The rules' report book, a Drools global named {@code findings}. A rule's consequence says only
 * what is particular to this finding; its id and severity come from the rule's metadata
 * ({@code @ruleId}, {@code @severity}) and its legal basis from the legal basis table, under the act
 * in force on the meeting date.
 *
 * <p>
 * A rule that judges a fact the reader may have read only in part names it in {@code @reads} (e.g.
 * {@code @reads("budgetTable")}: the budget rules judge the tables that were read). When a WARNING
 * reading note names such a fact, each finding of the rule says so in its evidence:
 * {@code uncertain = "budgetTable (line 212)"}, the finding resting on a fact the reader was unsure
 * of. Rules that need a whole fact (attendance, the checking date, the notice) do not judge it at
 * all when it is unknown; they report that they could not check it.
 */
public class Findings {

	/** A finding's id: the first 12 bytes of a SHA-256, in lower-case hex (see {@link #add}). */
	private static final Pattern ID = Pattern.compile("[0-9a-f]{24}");

	private final String meetingKey;

	/** Per rule id, its legal basis under the act in force on the meeting date. */
	private final Map<String, String> legalBasis;

	/** Fact to where the WARNING notes about it are, e.g. budgetTable to "line 212". */
	private final Map<String, String> uncertain;

	private final Map<String, Finding> found = new LinkedHashMap<>();

	public Findings(String meetingKey, Map<String, String> legalBasis) {
		this(meetingKey, legalBasis, Map.of());
	}

	public Findings(String meetingKey, Map<String, String> legalBasis, Map<String, String> uncertain) {
		this.meetingKey = meetingKey;
		this.legalBasis = Map.copyOf(legalBasis);
		this.uncertain = Map.copyOf(uncertain);
	}

	/** A finding about a paragraph (null: the whole meeting). Evidence: name, value, name, value... */
	public void report(RuleContext rule, Integer paragraph, String subject, String messageSv, String messageEn,
			Object... evidence) {
		add(rule, paragraph, null, null, subject, messageSv, messageEn, evidence);
	}

	/** A finding about one budget row: the paragraph, the table's and the row's positions in it. */
	public void reportBudgetRow(RuleContext rule, int paragraph, int report, int line, String subject,
			String messageSv, String messageEn, Object... evidence) {
		add(rule, paragraph, report, line, subject, messageSv, messageEn, evidence);
	}

	private void add(RuleContext rule, Integer paragraph, Integer report, Integer line, String subject,
			String messageSv, String messageEn, Object[] evidence) {
		Map<String, Object> meta = rule.getRule().getMetaData();
		String ruleId = String.valueOf(meta.getOrDefault("ruleId", rule.getRule().getName()));
		Severity severity = Severity.valueOf(String.valueOf(meta.getOrDefault("severity", "WARNING")));
		String legalBasis = this.legalBasis.get(ruleId);
		if (legalBasis == null) {
			// the compiler checks the table against the rules, so this is a rule set built some other way
			throw new IllegalStateException("The legal basis table has no entry for " + ruleId);
		}
		Map<String, Object> figures = new LinkedHashMap<>();
		for (int i = 0; i + 1 < evidence.length; i += 2) {
			figures.put(String.valueOf(evidence[i]), evidence[i + 1] == null ? null : String.valueOf(evidence[i + 1]));
		}
		String uncertainFacts = uncertainFacts(meta.get("reads"));
		if (uncertainFacts != null) {
			figures.put("uncertain", uncertainFacts);
		}
		String id = id(ruleId, paragraph, report, line, subject);
		this.found.putIfAbsent(id, Finding.found(id, ruleId, severity, paragraph, report, line, subject, messageSv,
				messageEn, legalBasis, figures));
	}

	/** The facts of a rule's {@code @reads} that a WARNING note marks, with where: "budgetTable (line 212)". */
	private String uncertainFacts(Object reads) {
		if (reads == null || this.uncertain.isEmpty()) {
			return null;
		}
		List<String> facts = new ArrayList<>();
		for (String fact : String.valueOf(reads).split(",")) {
			String where = this.uncertain.get(fact.strip());
			if (where != null) {
				facts.add(fact.strip() + " (" + where + ")");
			}
		}
		return facts.isEmpty() ? null : String.join("; ", facts);
	}

	/** The rule id of the finding that says a check did not run on this meeting. */
	public static final String RULE_ERROR = "RULE_ERROR";

	/**
	 * Says that a rule did not run on this meeting, so that its silence is not read as a clean bill:
	 * INFO, about the failing rule (its id is the subject), with the law that check would have applied
	 * (its basis under the act in force on the meeting date).
	 */
	void ruleError(RuleFailure failure, String legalBasis) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("rule", failure.rule());
		figures.put("file", failure.file());
		figures.put("line", String.valueOf(failure.line()));
		figures.put("cause", failure.cause());
		String id = id(RULE_ERROR, null, null, null, failure.ruleId());
		this.found.putIfAbsent(id, Finding.found(id, RULE_ERROR, Severity.INFO, null, null, null, failure.ruleId(),
				"Kontrollen " + failure.describe() + " kunde inte köras på detta protokoll: " + failure.cause()
						+ ". Dess avvikelser saknas tills regeln rättas.",
				"The check " + failure.describe() + " did not run on these minutes: " + failure.cause()
						+ ". Its findings are missing until the rule is fixed.",
				legalBasis, figures));
	}

	private String id(String ruleId, Integer paragraph, Integer report, Integer line, String subject) {
		String key = this.meetingKey + "|" + ruleId + "|" + paragraph + "|" + report + "|" + line + "|" + subject;
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether a client's value has the form of a finding's id; any other cannot name one. */
	static boolean isId(String value) {
		return value != null && ID.matcher(value).matches();
	}

	public List<Finding> all() {
		return new ArrayList<>(this.found.values());
	}

}
