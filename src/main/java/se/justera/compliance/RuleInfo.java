package se.justera.compliance;

/** One rule as the rules folder declares it: line is where its {@code rule "..."} stands in the file (0: unknown). */
public record RuleInfo(String ruleId, String name, Severity severity, String legalBasis, String file, int line) {
}
