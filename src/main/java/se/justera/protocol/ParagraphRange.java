package se.justera.protocol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The paragraphs the minutes declare: "§§ 162-174", "§18–24", under the label Paragrafer also "88-104", or one "§ 57". */
record ParagraphRange(int first, int last) {

	private static final Pattern RANGE = Pattern.compile("(?:§{1,2}|^|^[A-ZÅÄÖ]{1,6}\\s)\\s*(\\d+)\\s*[-–]\\s*(\\d+)");

	private static final Pattern SINGLE = Pattern.compile("§\\s*(\\d+)");

	/** The range a value states, or null if it states none. */
	static ParagraphRange find(String value, int line) {
		Matcher range = RANGE.matcher(value);
		if (range.find()) {
			return new ParagraphRange(ParagraphNumbers.number(range.group(1), line),
					ParagraphNumbers.number(range.group(2), line));
		}
		Matcher single = SINGLE.matcher(value);
		if (single.find()) {
			int only = ParagraphNumbers.number(single.group(1), line);
			return new ParagraphRange(only, only);
		}
		return null;
	}

}
