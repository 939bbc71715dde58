package se.justera.compliance;

/** How serious a finding is. */
public enum Severity {

	/** The minutes show a breach of the law or of the municipality's own rules. */
	VIOLATION,
	/** Doubtful: the minutes may be right, but someone should look. */
	WARNING,
	/** Not a breach; a check could not be made or something is worth knowing. */
	INFO

}
