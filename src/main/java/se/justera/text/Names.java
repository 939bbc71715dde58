package se.justera.text;

import java.text.Normalizer;

/**
 * The canonical form of names (municipalities, bodies, people, and name-like keys such as budget
 * labels and case numbers), so that spellings that look the same are the same: "Jönköping" typed
 * with a combining diaeresis, with a non-breaking space or with a zero-width space inside is one
 * municipality, not four. Depends on nothing, so that every package may use it.
 */
public final class Names {

	private Names() {
	}

	/**
	 * A name in canonical form: format characters ({@code \p{Cf}}: zero-width space, soft hyphen,
	 * byte order mark, bidi marks...) removed, every space separator ({@code \p{Z}}: no-break, thin,
	 * ideographic...) and control character (tab, newline...) turned into one ordinary space, runs of
	 * spaces collapsed, stripped, then Unicode NFC. Null stays null. Idempotent.
	 */
	public static String canonical(String name) {
		if (name == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(name.length());
		boolean space = false;
		for (int i = 0; i < name.length();) {
			int c = name.codePointAt(i);
			i += Character.charCount(c);
			if (Character.getType(c) == Character.FORMAT) {
				continue;
			}
			if (Character.isSpaceChar(c) || Character.isISOControl(c) || Character.isWhitespace(c)) {
				space = true;
				continue;
			}
			if (space && !out.isEmpty()) {
				out.append(' ');
			}
			space = false;
			out.appendCodePoint(c);
		}
		return nfc(out.toString());
	}

	/**
	 * A whole text (a protocol) in the form names are read from: format characters removed, then
	 * NFC. Lines, tabs and spaces stay as they are, so line numbers and table cells do not move.
	 */
	public static String canonicalText(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int next = i + Character.charCount(c);
			if (Character.getType(c) == Character.FORMAT) {
				if (out == null) {
					out = new StringBuilder(text.length()).append(text, 0, i);
				}
			}
			else if (out != null) {
				out.append(text, i, next);
			}
			i = next;
		}
		return nfc(out == null ? text : out.toString());
	}

	/** The index of the first control character ({@code \p{Cc}}: newline, tab, NUL...), or -1. */
	public static int controlCharacterAt(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isISOControl(value.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static String nfc(String text) {
		// the quick check first: most names and texts are NFC already
		return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
