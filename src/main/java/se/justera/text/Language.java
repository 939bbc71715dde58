package se.justera.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;

/**
 * The two languages of messages, findings and errors alike: Swedish unless the client's
 * Accept-Language prefers English; and numbers written as each language writes them (Swedish
 * 8&nbsp;556 and 4,68 with no-break spaces, English 8,556 and 4.68).
 */
public final class Language {

	public static final String SWEDISH = "sv";

	public static final String ENGLISH = "en";

	/** Where a request's language is kept in the GraphQL context (set from Accept-Language for every request). */
	public static final String CONTEXT_KEY = "justera.language";

	/** A no-break space: between a number's groups, and between a number and its unit in Swedish. */
	public static final char NO_BREAK_SPACE = '\u00a0';

	private Language() {
	}

	/** "en" when the client prefers English to Swedish, else "sv". */
	public static String preferred(List<Locale> preferred) {
		for (Locale locale : preferred) {
			if (locale.getLanguage().equals(SWEDISH) || locale.getLanguage().equals(ENGLISH)) {
				return locale.getLanguage();
			}
		}
		return SWEDISH;
	}

	/**
	 * The language of an Accept-Language header, as {@link #preferred}: none or malformed is Swedish.
	 * For a servlet request, whose own locales fall back to the server's when the header is absent.
	 */
	public static String ofAcceptLanguage(String header) {
		if (header == null) {
			return SWEDISH;
		}
		try {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.ACCEPT_LANGUAGE, header);
			return preferred(headers.getAcceptLanguageAsLocales());
		}
		catch (IllegalArgumentException ex) {
			return SWEDISH;
		}
	}

	/** A number as the language writes it: grouped thousands, its decimal mark, a plain minus sign. */
	public static String number(Number value, String language) {
		if (value == null) {
			return "?";
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		if (ENGLISH.equals(language)) {
			symbols.setGroupingSeparator(',');
			symbols.setDecimalSeparator('.');
		}
		else {
			symbols.setGroupingSeparator(NO_BREAK_SPACE);
			symbols.setDecimalSeparator(',');
		}
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
		return format.format(value instanceof BigDecimal big ? big : value);
	}

	/** A number with its unit ("8 556 tkr", "4,68 %"): in Swedish a no-break space keeps them on one line. */
	public static String withUnit(Number value, String unit, String language) {
		return number(value, language) + (ENGLISH.equals(language) ? " " : String.valueOf(NO_BREAK_SPACE)) + unit;
	}

}
