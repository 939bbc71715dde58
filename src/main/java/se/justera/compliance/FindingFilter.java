package se.justera.compliance;

import java.time.LocalDate;

/** Which findings to list; null fields do not narrow. */
record FindingFilter(String municipality, String body, LocalDate from, LocalDate to, String ruleId, Severity severity) {

	static final FindingFilter NONE = new FindingFilter(null, null, null, null, null, null);

}
