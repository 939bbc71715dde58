package se.justera.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs as a sequence: where they begin, the lines of each (from its "§ N" line to the
 * next), and the refusals that protect the data: the same paragraph twice, a text cut off before
 * the paragraphs it declares.
 */
final class ParagraphSequence {

	/** A paragraph's first line once the layout is normalised: "§ 12", "§ 12\tTitle". */
	static final Pattern START = Pattern.compile("^§\\s*(\\d+)(?:\\s+(.*))?$");

	/** How many missing § numbers an error about a truncated text lists. */
	private static final int MISSING_LISTED = 20;

	private ParagraphSequence() {
	}

	/** Without an agenda: the first "§ N" line after the notice, else the first at all; -1 if none. */
	static int start(List<ProtocolLine> lines, int noticeStart) {
		Predicate<ProtocolLine> heading = l -> START.matcher(l.clean()).matches();
		int start = indexOf(lines, noticeStart >= 0 ? noticeStart : 0, heading);
		if (start < 0 && noticeStart > 0) {
			start = indexOf(lines, 0, heading);
		}
		return start;
	}

	static int indexOf(List<ProtocolLine> lines, int from, Predicate<ProtocolLine> test) {
		for (int i = Math.max(0, from); i < lines.size(); i++) {
			if (test.test(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/** The lines of each paragraph, its "§ N" line first; a number seen twice refuses the text. */
	static List<List<ProtocolLine>> split(List<ProtocolLine> body) {
		List<List<ProtocolLine>> chunks = new ArrayList<>();
		Map<Integer, Integer> seenAt = new HashMap<>();
		for (ProtocolLine line : body) {
			Matcher m = START.matcher(line.clean());
			if (m.matches()) {
				int number = ParagraphNumbers.number(m.group(1), line.number());
				Integer earlier = seenAt.putIfAbsent(number, line.number());
				if (earlier != null) {
					throw new InvalidProtocolException("§ " + number + " appears twice: first at line " + earlier
							+ ", again", line.number());
				}
				chunks.add(new ArrayList<>());
			}
			if (!chunks.isEmpty()) {
				chunks.get(chunks.size() - 1).add(line);
			}
		}
		return chunks;
	}

	/**
	 * A protocol that stops before the paragraphs it declares (the cover's range, the agenda) was cut
	 * off: refuse it, naming the first few missing.
	 */
	static void checkComplete(List<Integer> read, Integer declaredLast, Set<Integer> agenda, int lastLine) {
		int lastParsed = read.stream().mapToInt(Integer::intValue).max().getAsInt();
		int declared = declaredLast != null ? declaredLast : lastParsed;
		for (int n : agenda) {
			declared = Math.max(declared, n);
		}
		if (lastParsed < declared) {
			Set<Integer> parsed = new TreeSet<>(read);
			List<String> missing = new ArrayList<>();
			// a declared range can be any number: name the first few missing, never enumerate them all
			for (int n = lastParsed + 1; n <= declared && missing.size() < MISSING_LISTED; n++) {
				if (!parsed.contains(n)) {
					missing.add(String.valueOf(n));
				}
			}
			if (missing.size() == MISSING_LISTED && declared > lastParsed + MISSING_LISTED) {
				missing.add("… " + declared);
			}
			throw new InvalidProtocolException("The text ends in § " + lastParsed + " but the minutes declare "
					+ "paragraphs up to § " + declared + " (missing: §§ " + String.join(", ", missing)
					+ "); the file looks truncated", lastLine);
		}
	}

}
