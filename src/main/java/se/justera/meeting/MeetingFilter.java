package se.justera.meeting;

import java.time.LocalDate;

import se.justera.graphql.Inputs;
import se.justera.municipality.BodyKind;

/**
 * Which meetings to list; null fields do not narrow, the others all apply. The severity is a
 * finding's severity by name (the schema's enum {@code Severity} admits no other), so that meetings
 * do not depend on the compliance package, which depends on them.
 */
public record MeetingFilter(String municipality, String body, BodyKind bodyKind, LocalDate from, LocalDate to,
		String party, String caseNumber, String ruleId, String severity, Boolean hasFindings, Boolean hasReadingNotes) {

	static final MeetingFilter NONE = new MeetingFilter(null, null, null, null, null, null, null, null, null, null, null);

	/** The filter as given by a client: its names in canonical form, a name with a control character refused. */
	MeetingFilter checked() {
		return new MeetingFilter(Inputs.name("filter.municipality", this.municipality), Inputs.name("filter.body", this.body),
				this.bodyKind, this.from, this.to, Inputs.name("filter.party", this.party),
				Inputs.name("filter.caseNumber", this.caseNumber), this.ruleId, this.severity, this.hasFindings,
				this.hasReadingNotes);
	}

}
