package se.justera.compliance;

import java.util.List;

/**
 * A rule that did not run to its end on one meeting: it threw (in its condition or its action) or
 * did not finish within the time budget. Names the rule by id, name, file and the line its
 * declaration starts on, so that the officer who wrote it can find it.
 *
 * @param cause what went wrong, e.g. "ArithmeticException: / by zero"
 * @param timedOut whether it was stopped by the time budget rather than by an exception
 */
public record RuleFailure(String ruleId, String rule, String file, int line, String cause, boolean timedOut) {

	/** "QUORUM (rule "Quorum" in quorum.drl, line 12)". */
	public String describe() {
		return this.ruleId + " (rule \"" + this.rule + "\"" + (this.file.isEmpty() ? "" : " in " + this.file)
				+ (this.line > 0 ? ", line " + this.line : "") + ")";
	}

	static RuleFailure of(RuleSet rules, String ruleName, String cause, boolean timedOut) {
		RuleInfo info = rules.rule(ruleName).orElse(new RuleInfo(ruleName, ruleName, Severity.WARNING, "", "", 0, List.of()));
		return new RuleFailure(info.ruleId(), ruleName, info.file(), info.line(), cause, timedOut);
	}

}
