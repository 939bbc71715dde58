package se.justera.graphql;

/**
 * What a query or mutation names does not exist. The message is English; where a Swedish one is
 * given, a Swedish-speaking client gets it (Accept-Language).
 */
public class NotFoundException extends RuntimeException {

	private final String swedish;

	public NotFoundException(String message) {
		this(message, null);
	}

	public NotFoundException(String message, String swedish) {
		super(message);
		this.swedish = swedish;
	}

	/** The message in this language ("sv" or "en"): English where no Swedish one was written. */
	public String message(String language) {
		return "sv".equals(language) && this.swedish != null ? this.swedish : getMessage();
	}

}
