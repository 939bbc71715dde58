package se.justera.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * One rule as the rules folder declares it: where it stands (line is where its {@code rule "..."}
 * stands in the file; 0: unknown), and its legal basis under the act in force today and under every
 * act of the legal basis table, oldest first.
 */
public record RuleInfo(String ruleId, String name, Severity severity, String legalBasis, String file, int line,
		List<LegalBasis> legalBases) {

	/** The rule's basis under one act, with the day the act came into force. */
	public record LegalBasis(String act, String title, LocalDate inForceFrom, String basis, String source,
			boolean verified) {
	}

}
