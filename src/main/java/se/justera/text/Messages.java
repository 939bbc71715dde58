package se.justera.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The API's own messages by key, in Swedish and English, from {@code i18n/Justera.properties}
 * (English) and {@code i18n/Justera_sv.properties} (Swedish), beside graphql-java's bundles. A
 * number among the arguments is written as the language writes it ({@link Language#number}); pass
 * an id or a year as text so that it is not grouped.
 */
public final class Messages {

	private static final String BUNDLE = "i18n/Justera";

	// no fallback to the machine's locale: English is the base bundle, Swedish its _sv
	private static final ResourceBundle.Control EXACT = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Messages() {
	}

	/** The message of this key in this language ("sv" or "en"). */
	public static String text(String key, String language, Object... arguments) {
		Locale locale = Language.SWEDISH.equals(language) ? new Locale("sv") : Locale.ROOT;
		String pattern = ResourceBundle.getBundle(BUNDLE, locale, EXACT).getString(key);
		Object[] written = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			written[i] = arguments[i] instanceof Number number ? Language.number(number, language)
					: String.valueOf(arguments[i]);
		}
		return new MessageFormat(pattern, Locale.ROOT).format(written);
	}

}
