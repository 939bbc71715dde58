package se.justera.protocol;

/** Minutes of the same body and date are stored already, with other content. */
public class ProtocolConflictException extends RuntimeException {

	public ProtocolConflictException(String message) {
		super(message);
	}

}
