package se.justera.protocol;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * § numbers and counts as written, bounded, and the paragraphs a note names ("§§ 168, 171, 172",
 * "§§ 6-13", "från § 170", "§§ 1-5, 9", "t.o.m. § 4").
 */
final class ParagraphNumbers {

	/** The largest § number or vote count read; larger ones are refused, not overflowed. */
	static final int LARGEST = 99_999;

	private static final Pattern FROM = Pattern.compile("(?:från(?:\\s+och\\s+med)?|fr\\.\\s?o\\.\\s?m\\.?)\\s*§+\\s*(\\d+)");

	private static final Pattern TO = Pattern.compile("(?:till(?:\\s+och\\s+med)?|t\\.\\s?o\\.\\s?m\\.?)\\s*§+\\s*(\\d+)");

	private static final Pattern PART = Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+)?)?");

	private ParagraphNumbers() {
	}

	/**
	 * A § number or count as written: at most {@link #LARGEST}, else the text is refused with its
	 * line rather than overflowing an int (or expanding §§ 1-2000000000 attendance).
	 */
	static int number(String digits, int line) {
		String significant = digits.replaceFirst("^0+(?=\\d)", "");
		if (significant.length() > 5 || Integer.parseInt(significant) > LARGEST) {
			throw new InvalidProtocolException("The number " + (digits.length() > 20 ? digits.substring(0, 20) + "…" : digits)
					+ " is out of range: § numbers and vote counts are at most " + LARGEST, line);
		}
		return Integer.parseInt(significant);
	}

	/**
	 * The paragraphs a note names, within the meeting's own paragraphs ({@code first} to
	 * {@code last}): a range beyond them ("§§ 1-2000000000") names no more than the meeting has.
	 */
	static List<Integer> expand(String spec, int first, int last) {
		String s = spec.toLowerCase(Locale.ROOT).replace('–', '-');
		Set<Integer> numbers = new LinkedHashSet<>();
		Matcher from = FROM.matcher(s);
		Matcher to = TO.matcher(s);
		boolean hasFrom = from.find();
		boolean hasTo = to.find();
		if (hasFrom || hasTo) {
			int a = hasFrom ? unbounded(from.group(1)) : first;
			int b = hasTo ? unbounded(to.group(1)) : last;
			for (int n = Math.max(a, first); n <= Math.min(b, last); n++) {
				numbers.add(n);
			}
			return List.copyOf(numbers);
		}
		Matcher part = PART.matcher(s);
		while (part.find()) {
			int a = unbounded(part.group(1));
			boolean open = part.group(0).contains("-");
			int b = part.group(2) != null ? unbounded(part.group(2)) : open ? last : a;
			for (int n = Math.max(a, first); n <= Math.min(b, last); n++) {
				numbers.add(n);
			}
		}
		return numbers.stream().sorted(Comparator.naturalOrder()).toList();
	}

	/** Digits as a number, any number of them: too many reads as the largest int, outside every meeting. */
	private static int unbounded(String digits) {
		return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
	}

}
