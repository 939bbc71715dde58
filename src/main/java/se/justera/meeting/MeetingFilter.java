package se.justera.meeting;

import java.time.LocalDate;

import se.justera.compliance.Severity;
import se.justera.municipality.BodyKind;

/** Which meetings to list; null fields do not narrow, the others all apply. */
public record MeetingFilter(String municipality, String body, BodyKind bodyKind, LocalDate from, LocalDate to,
		String party, String caseNumber, String ruleId, Severity severity, Boolean hasFindings) {

	static final MeetingFilter NONE = new MeetingFilter(null, null, null, null, null, null, null, null, null, null);

}
