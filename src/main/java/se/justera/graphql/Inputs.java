package se.justera.graphql;

import se.justera.text.Language;
import se.justera.text.LogSafe;
import se.justera.text.Names;

/**
 * Checks of GraphQL arguments before they are matched or stored; a bad one is refused as
 * BAD_USER_INPUT saying which argument and what was wrong with it.
 */
public final class Inputs {

	/** Longer than any municipality, body or person name; keeps names within what an index can hold. */
	public static final int LONGEST_NAME = 200;

	private static final int LONGEST_QUOTED = 40;

	private Inputs() {
	}

	/**
	 * A name (municipality, body, person) or name-like key (party, budget label, case number) in
	 * canonical form ({@link Names#canonical}); null stays null. A name is one line of text: one
	 * with a control character (newline, tab, NUL...) is refused rather than silently repaired.
	 */
	public static String name(String argument, String value) {
		if (value == null) {
			return null;
		}
		int at = Names.controlCharacterAt(value);
		if (at >= 0) {
			throw new InvalidArgumentException(String.format(
					"%s contains the control character U+%04X at position %d; a name is a single line of text", argument,
					(int) value.charAt(at), at + 1),
					String.format("%s innehåller styrtecknet U+%04X på position %d; ett namn är en enda rad text", argument,
							(int) value.charAt(at), at + 1));
		}
		String name = Names.canonical(value);
		if (name.length() > LONGEST_NAME) {
			throw new InvalidArgumentException(argument + " is " + name.length() + " characters long; a name has at most "
					+ LONGEST_NAME, argument + " är " + name.length() + " tecken långt; ett namn har högst " + LONGEST_NAME);
		}
		return name;
	}

	/** The id of a stored row: a whole number from 1 to 9223372036854775807 (the database's bigint). */
	public static long id(String argument, String value) {
		if (value != null && value.matches("[0-9]{1,19}")) {
			try {
				long id = Long.parseLong(value);
				if (id > 0) {
					return id;
				}
			}
			catch (NumberFormatException ex) {
				// beyond the long range: refused below
			}
		}
		throw new InvalidArgumentException(
				argument + ": " + quoted(value) + " is not an id; expected a whole number from 1 to "
						+ Language.number(Long.MAX_VALUE, Language.ENGLISH),
				argument + ": " + quoted(value, "tecken") + " är inget id; ett heltal från 1 till "
						+ Language.number(Long.MAX_VALUE, Language.SWEDISH) + " väntas");
	}

	/** A value for an error message: quoted, control characters escaped, cut after a few words. */
	public static String quoted(String value) {
		return quoted(value, "characters");
	}

	/** {@link #quoted(String)} with the word for characters in the message's language. */
	public static String quoted(String value, String characters) {
		if (value == null) {
			return "null";
		}
		String shown = value.length() > LONGEST_QUOTED ? value.substring(0, LONGEST_QUOTED) + "…" : value;
		return "'" + LogSafe.escape(shown) + "' (" + value.length() + " " + characters + ")";
	}

}
