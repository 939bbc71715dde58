package se.justera.text;

/**
 * User-controlled strings for a log line or a line of command output: control characters escaped
 * so that a newline in a municipality's name, a user name or a file name cannot start a forged
 * line. {@code \n}, {@code \r} and {@code \t} are shown as those two characters, every other
 * control, format ({@code \p{Cf}}: bidi overrides that reorder what a reader sees) and line or
 * paragraph separator character as {@code \}{@code uXXXX}. A backslash is left as it is: it cannot
 * start a line, and file paths stay readable.
 */
public final class LogSafe {

	private LogSafe() {
	}

	public static String escape(Object value) {
		String text = String.valueOf(value);
		StringBuilder out = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int next = i + Character.charCount(c);
			String escaped = escaped(c);
			if (escaped != null && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escaped != null) {
				out.append(escaped);
			}
			else if (out != null) {
				out.append(text, i, next);
			}
			i = next;
		}
		return out == null ? text : out.toString();
	}

	private static String escaped(int c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			default -> switch (Character.getType(c)) {
				case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
					c > 0xFFFF ? String.format("\\u%04X\\u%04X", (int) Character.highSurrogate(c),
							(int) Character.lowSurrogate(c)) : String.format("\\u%04X", c);
				default -> null;
			};
		};
	}

}
