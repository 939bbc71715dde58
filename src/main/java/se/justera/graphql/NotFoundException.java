package se.justera.graphql;

import se.justera.text.Language;
import se.justera.text.Messages;

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

	/** The message of this key in i18n/Justera(_sv).properties, in both languages ({@link Messages}). */
	public static NotFoundException keyed(String key, Object... arguments) {
		return new NotFoundException(Messages.text(key, Language.ENGLISH, arguments), Messages.text(key, Language.SWEDISH, arguments));
	}

	/** The message in this language ("sv" or "en"): English where no Swedish one was written. */
	public String message(String language) {
		return "sv".equals(language) && this.swedish != null ? this.swedish : getMessage();
	}

}
