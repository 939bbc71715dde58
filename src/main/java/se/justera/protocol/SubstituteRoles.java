package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;

/**
 * One person in two roles of one meeting: a substitute who does not serve (ej tjänstgörande
 * ersättare) but serves for a member during some paragraphs. The minutes write it either as two
 * entries ("Tjänstgörande ersättare: Rut Hägg (S) för Eva Lindblom (S), Sn 115" and "Övriga
 * ersättare: Rut Hägg (S), Sn 112–114, 116–120") or as one ("Ej tjänstgörande ersättare: Maria Gran
 * (M), tjänstgörande under § 91", the paragraph saying for whom: "varvid ersättaren Maria Gran (M)
 * tjänstgör i hans ställe"). Either way the reader keeps one attendee per role, each with the
 * paragraphs that role covers, so that a person is counted as deciding only where they decided.
 */
final class SubstituteRoles {

	/** "tjänstgörande under § 91", "tjänstgör §§ 12–14": the paragraphs of a note are those served in. */
	private static final Pattern SERVED = Pattern.compile("(?iu)^tjänstgör(ande)?(\\s+(under|i|för))?$");

	private static final Pattern SERVES = Pattern.compile("(?iu)\\b(tjänstgör|ersätter|går\\s+in)\\b");

	/** "i Eva Lindbloms ställe": the member named in the genitive. */
	private static final Pattern IN_PLACE_OF_NAMED = Pattern.compile("(?u)\\bi\\s+(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)+?)s?\\s+ställe\\b");

	private static final Pattern IN_PLACE_OF_SUBJECT = Pattern.compile("(?iu)\\bi\\s+(hans|hennes|dennes|deras)\\s+ställe\\b");

	private SubstituteRoles() {
	}

	/**
	 * Whether the cover lists the same person in the same role twice (one entry is kept): a person
	 * may be a serving and a non-serving substitute of one meeting, never two deciding seats.
	 */
	static boolean sameRole(Attendee listed, Attendee next) {
		return listed.name().equals(next.name())
				&& (listed.role() == next.role() || listed.role().decides() && next.role().decides());
	}

	/**
	 * The attendees with a non-serving substitute who served during some paragraphs split into their
	 * two roles, and a non-serving role that names no paragraphs limited to those the person did not
	 * serve in. {@code textByParagraph}: the text of every paragraph of the minutes, in order.
	 */
	static List<Attendee> split(List<Attendee> attendees, Map<Integer, String> textByParagraph) {
		List<Integer> all = new ArrayList<>(textByParagraph.keySet());
		List<Attendee> result = new ArrayList<>(attendees.size() + 1);
		for (Attendee a : attendees) {
			if (a.role() == AttendanceRole.NON_SERVING_SUBSTITUTE && a.paragraphs() != null && a.title() != null
					&& SERVED.matcher(a.title()).matches()) {
				String replaces = replaced(a.name(), a.paragraphs(), attendees, textByParagraph);
				result.add(new Attendee(a.name(), a.party(), AttendanceRole.SERVING_SUBSTITUTE, null, replaces,
						a.paragraphs(), a.paragraphsNote()));
				result.add(new Attendee(a.name(), a.party(), AttendanceRole.NON_SERVING_SUBSTITUTE, null, null,
						List.copyOf(without(all, a.paragraphs())), null));
			}
			else {
				result.add(a);
			}
		}
		for (int i = 0; i < result.size(); i++) {
			Attendee a = result.get(i);
			if (a.role() == AttendanceRole.NON_SERVING_SUBSTITUTE && a.paragraphs() == null) {
				TreeSet<Integer> served = new TreeSet<>();
				result.stream()
					.filter(s -> s.role() == AttendanceRole.SERVING_SUBSTITUTE && s.name().equals(a.name()))
					.forEach(s -> served.addAll(s.paragraphs() == null ? all : s.paragraphs()));
				if (!served.isEmpty()) {
					result.set(i, new Attendee(a.name(), a.party(), a.role(), a.title(), a.replaces(),
							List.copyOf(without(all, served)), a.paragraphsNote()));
				}
			}
		}
		return List.copyOf(result);
	}

	/**
	 * The member a substitute served for, from the sentence of a served paragraph that says so: "Rut
	 * Hägg (S) tjänstgör i Eva Lindbloms ställe", "Maria Gran (M) tjänstgör för Peter Lind (M)", or
	 * "Peter Lind (M) anmäler jäv och lämnar sammanträdet, varvid ersättaren Maria Gran (M) tjänstgör
	 * i hans ställe" (the member the sentence names first). Null when no sentence says.
	 */
	static String replaced(String substitute, List<Integer> served, List<Attendee> attendees,
			Map<Integer, String> textByParagraph) {
		List<String> members = attendees.stream()
			.filter(m -> m.role().decides() && m.role() != AttendanceRole.SERVING_SUBSTITUTE)
			.map(Attendee::name)
			.filter(n -> !n.equals(substitute))
			.toList();
		for (int number : served) {
			String text = textByParagraph.get(number);
			if (text == null) {
				continue;
			}
			for (String sentence : text.split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
				int at = sentence.indexOf(substitute);
				if (at < 0 || !SERVES.matcher(sentence.substring(at)).find()) {
					continue;
				}
				String after = sentence.substring(at + substitute.length());
				Matcher named = IN_PLACE_OF_NAMED.matcher(after);
				if (named.find()) {
					String genitive = named.group(1);
					for (String m : members) {
						if (genitive.equals(m) || (genitive + "s").equals(m) || genitive.equals(m + "s")) {
							return m;
						}
					}
				}
				String member = firstNamed(after, members);
				if (member != null && Pattern.compile("(?iu)\\b(för|ersätter)\\s+" + Pattern.quote(member))
					.matcher(after)
					.find()) {
					return member;
				}
				if (IN_PLACE_OF_SUBJECT.matcher(after).find()) {
					String subject = firstNamed(sentence.substring(0, at), members);
					if (subject != null) {
						return subject;
					}
				}
			}
		}
		return null;
	}

	private static String firstNamed(String text, List<String> names) {
		String first = null;
		int firstAt = Integer.MAX_VALUE;
		for (String name : names) {
			int at = text.indexOf(name);
			if (at >= 0 && at < firstAt) {
				first = name;
				firstAt = at;
			}
		}
		return first;
	}

	private static TreeSet<Integer> without(List<Integer> all, java.util.Collection<Integer> served) {
		TreeSet<Integer> rest = new TreeSet<>(all);
		rest.removeAll(served);
		return rest;
	}

}
