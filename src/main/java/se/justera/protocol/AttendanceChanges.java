package se.justera.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.protocol.Protocol.Attendee;

/**
 * Who came and went during the meeting, from the sentences of its paragraphs, applied to the
 * paragraphs each deciding member took part in: "X lämnar sammanträdet (kl. 15.00) efter § 7"
 * (not after 7), "X deltar från (och med) § 5" (not before 5), "X deltar inte i beslutet" and
 * "X lämnar lokalen under ärendets behandling" (not in that paragraph). Several names may share one
 * sentence ("A (S), B (M) och C (SD) lämnar sammanträdet efter § 22").
 */
final class AttendanceChanges {

	private static final Pattern LEAVES_AFTER = Pattern
		.compile("(?iu)\\blämnar\\s+sammanträdet\\b[^§]{0,40}?\\befter\\s+§\\s*(\\d{1,5})");

	private static final Pattern JOINS_FROM = Pattern
		.compile("(?iu)\\b(?:deltar|tjänstgör|närvarar|ansluter)\\b[^.§]*?\\bfrån\\s+(?:och\\s+med\\s+)?§\\s*(\\d{1,5})");

	private static final Pattern NOT_IN_THIS = Pattern
		.compile("(?iu)\\b(deltar\\s+inte\\s+i\\s+(beslutet|handläggningen)|lämnar\\s+lokalen\\s+under\\s+ärendets\\s+behandling)\\b");

	private AttendanceChanges() {
	}

	/** The attendees with the paragraphs each took part in, after every change the paragraphs' text records. */
	static List<Attendee> apply(List<Attendee> attendees, Map<Integer, String> textByParagraph) {
		List<Integer> all = new ArrayList<>(textByParagraph.keySet());
		Map<String, TreeSet<Integer>> present = new LinkedHashMap<>();
		for (Attendee a : attendees) {
			if (a.role().decides()) {
				// one person may hold two roles (SubstituteRoles): a change removes paragraphs from each
				present.computeIfAbsent(a.name(), n -> new TreeSet<>()).addAll(a.paragraphs() == null ? all : a.paragraphs());
			}
		}
		boolean changed = false;
		for (Map.Entry<Integer, String> paragraph : textByParagraph.entrySet()) {
			// a sentence ends before a capital: "kl. 15.10" does not end one
			for (String sentence : paragraph.getValue().split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
				List<String> named = named(sentence, present.keySet());
				if (named.isEmpty()) {
					continue;
				}
				Matcher leaves = LEAVES_AFTER.matcher(sentence);
				Matcher joins = JOINS_FROM.matcher(sentence);
				if (leaves.find()) {
					int last = Integer.parseInt(leaves.group(1));
					named.forEach(n -> present.get(n).removeIf(p -> p > last));
					changed = true;
				}
				else if (joins.find()) {
					int first = Integer.parseInt(joins.group(1));
					// the one who joins is the sentence's subject: the first name in it
					present.get(named.get(0)).removeIf(p -> p < first);
					changed = true;
				}
				else if (NOT_IN_THIS.matcher(sentence).find()) {
					int number = paragraph.getKey();
					named.forEach(n -> present.get(n).remove(number));
					changed = true;
				}
			}
		}
		if (!changed) {
			return attendees;
		}
		List<Attendee> result = new ArrayList<>(attendees.size());
		for (Attendee a : attendees) {
			TreeSet<Integer> listed = new TreeSet<>(a.paragraphs() == null ? all : a.paragraphs());
			TreeSet<Integer> took = a.role().decides() ? new TreeSet<>(listed) : null;
			if (took != null) {
				took.retainAll(present.get(a.name()));
			}
			result.add(took == null || took.equals(listed) ? a
					: new Attendee(a.name(), a.party(), a.role(), a.title(), a.replaces(), List.copyOf(took),
							a.paragraphsNote()));
		}
		return result;
	}

	/** The attendees a sentence names before its verb ("A (S) och B (M) lämnar ..."), in the order named. */
	private static List<String> named(String sentence, Iterable<String> names) {
		int verb = firstVerb(sentence);
		String subject = verb < 0 ? sentence : sentence.substring(0, verb);
		List<int[]> found = new ArrayList<>();
		List<String> result = new ArrayList<>();
		for (String name : names) {
			int at = subject.indexOf(name);
			if (at >= 0) {
				found.add(new int[] { at, result.size() });
				result.add(name);
			}
		}
		found.sort((a, b) -> a[0] - b[0]);
		List<String> ordered = new ArrayList<>();
		found.forEach(f -> ordered.add(result.get(f[1])));
		return ordered;
	}

	private static int firstVerb(String sentence) {
		Matcher verb = Pattern.compile("(?iu)\\b(lämnar|deltar|tjänstgör|närvarar|ansluter)\\b").matcher(sentence);
		return verb.find() ? verb.start() : -1;
	}

}
