package se.justera.compliance;

/** One rule as the rules folder declares it. */
public record RuleInfo(String ruleId, String name, Severity severity, String legalBasis, String file) {
}
