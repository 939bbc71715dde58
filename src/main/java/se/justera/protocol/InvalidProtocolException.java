package se.justera.protocol;

/**
 * The text is not a protocol Justera can store. The message says what is wrong and, where it
 * applies, the line (1-based) where it was found.
 */
public class InvalidProtocolException extends RuntimeException {

	private final Integer line;

	public InvalidProtocolException(String message, Integer line) {
		super(line == null ? message : message + " (line " + line + ")");
		this.line = line;
	}

	/** The 1-based line the problem was found at, or null when it concerns the whole text. */
	public Integer getLine() {
		return this.line;
	}

}
