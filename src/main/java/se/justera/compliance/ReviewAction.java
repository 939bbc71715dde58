package se.justera.compliance;

/** What a compliance officer (or, for REOPEN, the system) does with a finding. */
public enum ReviewAction {

	ACKNOWLEDGE(FindingStatus.ACKNOWLEDGED),
	/** Needs a justification. */
	DISMISS(FindingStatus.DISMISSED),
	RESOLVE(FindingStatus.RESOLVED),
	REOPEN(FindingStatus.OPEN),
	/** Needs an assignee; the status stays. */
	ASSIGN(null),
	/** Needs a comment; the status stays. */
	COMMENT(null);

	private final FindingStatus status;

	ReviewAction(FindingStatus status) {
		this.status = status;
	}

	/** The status after this action, or null when it leaves the status as it was. */
	FindingStatus status() {
		return this.status;
	}

}
