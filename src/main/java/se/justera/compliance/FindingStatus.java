package se.justera.compliance;

/** Where a finding stands in the compliance officer's review. */
public enum FindingStatus {

	/** Not yet judged, or reopened. */
	OPEN,
	/** Seen and accepted as a finding to follow up. */
	ACKNOWLEDGED,
	/** Judged not to be a breach, with a justification. */
	DISMISSED,
	/** Followed up and put right. */
	RESOLVED

}
