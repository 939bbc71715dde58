package se.justera.protocol;

/**
 * The text names another municipality than the one it is imported for, and the import did not
 * confirm it: nothing is stored, so that minutes do not land under the wrong municipality.
 */
public class MunicipalityMismatchException extends RuntimeException {

	private final String printed;

	private final String given;

	private final Integer line;

	MunicipalityMismatchException(PrintedMunicipality printed, String given) {
		super("The text names the municipality '" + printed.name() + "', not '" + given
				+ "': check that the minutes belong there, or import them with confirmMunicipality: true"
				+ (printed.line() == null ? "" : " (line " + printed.line() + ")"));
		this.printed = printed.name();
		this.given = given;
		this.line = printed.line();
	}

	/** The municipality the text names. */
	public String getPrinted() {
		return this.printed;
	}

	/** The municipality the import was for. */
	public String getGiven() {
		return this.given;
	}

	/** The line of the text that names it, or null. */
	public Integer getLine() {
		return this.line;
	}

}
