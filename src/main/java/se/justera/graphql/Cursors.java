package se.justera.graphql;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.function.Function;

/** Opaque keyset cursors: a kind and the key's parts, base64url-encoded. */
public final class Cursors {

	private Cursors() {
	}

	public static String encode(String kind, Object... parts) {
		StringBuilder text = new StringBuilder(kind);
		for (Object part : parts) {
			text.append('|').append(part);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The key's parts, or a clear error when the cursor is not one of this kind with this many parts. */
	public static String[] decode(String kind, int parts, String cursor) {
		try {
			String[] split = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
			if (split.length == parts + 1 && split[0].equals(kind)) {
				String[] result = new String[parts];
				System.arraycopy(split, 1, result, 0, parts);
				return result;
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: reported below
		}
		throw notA(kind, cursor);
	}

	/**
	 * The key, read from its parts by {@code parse} (which throws on a part that is not a date or a
	 * number, say): an edited cursor gets the same clear error as a foreign one.
	 */
	public static <K> K decode(String kind, int parts, String cursor, Function<String[], K> parse) {
		String[] key = decode(kind, parts, cursor);
		try {
			return parse.apply(key);
		}
		catch (RuntimeException ex) {
			throw notA(kind, cursor);
		}
	}

	/**
	 * A date part of a key: ISO, within years 1 to 9999 (what the Date scalar takes; PostgreSQL
	 * refuses some later ones), else an IllegalArgumentException, so the cursor is refused.
	 */
	public static LocalDate date(String part) {
		LocalDate date = isoDigits(part)
				? LocalDate.of(number(part, 0, 4), number(part, 5, 7), number(part, 8, 10)) // throws on 2019-02-30
				: LocalDate.parse(part);
		if (date.getYear() < 1 || date.getYear() > 9999) {
			throw new IllegalArgumentException("year out of range: " + part);
		}
		return date;
	}

	/**
	 * yyyy-mm-dd, as every cursor made here writes its dates: read without a formatter, which took
	 * 1.5 % of a deep page's CPU (JFR); anything else is left to {@link LocalDate#parse}.
	 */
	private static boolean isoDigits(String part) {
		if (part.length() != 10 || part.charAt(4) != '-' || part.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			char c = part.charAt(i);
			if (i != 4 && i != 7 && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	private static int number(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + (text.charAt(i) - '0');
		}
		return value;
	}

	private static InvalidArgumentException notA(String kind, String cursor) {
		return InvalidArgumentException.keyed("cursor.invalid", cursor, kind);
	}

}
