package se.justera.compliance;

import java.time.LocalDate;

import se.justera.municipality.BodyKind;

/** Which findings to list; null fields do not narrow. Absent findings only with includeGone. */
record FindingFilter(String municipality, String body, BodyKind bodyKind, LocalDate from, LocalDate to, String ruleId, Severity severity,
		String caseNumber, FindingStatus status, String assignee, Integer olderThanDays, Boolean includeGone) {

	static final FindingFilter NONE = new FindingFilter(null, null, null, null, null, null, null, null, null, null, null, null);

}
