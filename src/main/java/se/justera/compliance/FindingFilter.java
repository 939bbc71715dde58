package se.justera.compliance;

import java.time.LocalDate;

import se.justera.graphql.Inputs;
import se.justera.graphql.InvalidArgumentException;
import se.justera.municipality.BodyKind;

/** Which findings to list; null fields do not narrow. Absent findings only with includeGone. */
record FindingFilter(String municipality, String body, BodyKind bodyKind, LocalDate from, LocalDate to, String ruleId, Severity severity,
		String caseNumber, FindingStatus status, String assignee, Integer olderThanDays, Boolean includeGone) {

	static final FindingFilter NONE = new FindingFilter(null, null, null, null, null, null, null, null, null, null, null, null);

	/** A hundred years: older findings cannot exist, and PostgreSQL's timestamps end somewhere. */
	static final int LONGEST_AGE_DAYS = 36_500;

	/**
	 * The filter as given by a client: its names in canonical form, a name with a control character
	 * refused, the age within range.
	 */
	FindingFilter checked() {
		if (this.olderThanDays != null && (this.olderThanDays < 0 || this.olderThanDays > LONGEST_AGE_DAYS)) {
			throw InvalidArgumentException.keyed("filter.olderThanDays", LONGEST_AGE_DAYS, this.olderThanDays);
		}
		return new FindingFilter(Inputs.name("filter.municipality", this.municipality), Inputs.name("filter.body", this.body),
				this.bodyKind, this.from, this.to, this.ruleId, this.severity, Inputs.name("filter.caseNumber", this.caseNumber),
				this.status, Inputs.name("filter.assignee", this.assignee), this.olderThanDays, this.includeGone);
	}

}
