package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;
import se.justera.text.Names;

/**
 * Reads the people of an attendance list as the cover prints them: "Micael Mathsson (S), §§ 168,
 * 171, 172", "Karin Berg (C), ersättare för Lars Ek (C)", "Maria Ronsten, förvaltningschef, § 171",
 * one a line or several on one line, and skips what only says the list is elsewhere.
 */
final class AttendeeReader {

	private static final Pattern PARTY = Pattern.compile("^(.+?)\\s*\\(([^()]{1,12})\\)\\s*(.*)$");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern ELSEWHERE = Pattern
		.compile("(?iu)^(enligt\\b.*(förteckning|lista|bilaga)|se\\s+(bilaga|sid(an)?|sida)\\b|bilaga\\s+\\d)");

	/** "Ronny Bäck (S) §§ 12–17, Lisa Holm (M), Tord Fager (SD)": where the next person of a list on one line begins. */
	private static final Pattern NEXT_PERSON = Pattern
		.compile(",\\s+(?=\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)+\\s*\\([^()]{1,12}\\))");

	/** "Rut Hägg (S) för Eva Lindblom (S), Sn 115": paragraphs numbered with the body's abbreviation. */
	private static final Pattern ABBREVIATED_PARAGRAPHS = Pattern.compile(
			",\\s*(?:[A-ZÅÄÖ][a-zåäö]|[A-ZÅÄÖ]{2,5})\\s+(\\d{1,5}(?:\\s*[-–]\\s*\\d{1,5})?(?:\\s*,\\s*\\d{1,5}(?:\\s*[-–]\\s*\\d{1,5})?)*)\\s*$");

	private static final Pattern PARAGRAPHS_NOTE = Pattern
		.compile("(?iu)(?:,\\s*|\\s)(?=(?:fr(?:ån(?:\\s+och\\s+med)?|\\.\\s?o\\.\\s?m\\.?)|t\\.\\s?o\\.\\s?m\\.?)?\\s*§)");

	private static final Pattern SUBSTITUTE = Pattern
		.compile("(?iu)(?:(?:(?:tjänstgörande\\s+)?(?:ersättare|ers\\.)\\s+|tjänstgör\\s+)?för|ersätter)\\s+(.+)");

	private AttendeeReader() {
	}

	/**
	 * Adds the people of a labelled list's values to {@code into}, in the role of the label unless a
	 * person's own words say otherwise; a person already there in the same role is not added again.
	 */
	static void read(List<String> lines, AttendanceRole role, int line, Vocabulary vocabulary, List<Attendee> into) {
		List<String> values = new ArrayList<>();
		lines.forEach(v -> values.addAll(List.of(NEXT_PERSON.split(v))));
		for (int i = 0; i < values.size(); i++) {
			String value = ProtocolLine.clean(values.get(i)).replace('\t', ' ').strip();
			if (value.isEmpty() || value.matches("(?iu)(ordinarie\\s+)?ledam(ot|öter)|ersättare")
					|| ELSEWHERE.matcher(value).find()) {
				continue; // "Enligt förteckning, bilaga 1", "se sid 2": the list is elsewhere, not a person
			}
			Attendee attendee = attendee(value, role, vocabulary);
			if (attendee != null && attendee.paragraphsNote() != null) {
				// every § number of the note is expanded into the paragraphs attended: bound them here
				Matcher digits = DIGITS.matcher(attendee.paragraphsNote());
				while (digits.find()) {
					ParagraphNumbers.number(digits.group(), line);
				}
			}
			if (attendee != null && into.stream().noneMatch(a -> SubstituteRoles.sameRole(a, attendee))) {
				into.add(attendee);
			}
		}
	}

	/** One person as written, or null when the value is not a name; the role as the vocabulary's words say. */
	static Attendee attendee(String value, AttendanceRole defaultRole, Vocabulary vocabulary) {
		// "Mikael Ström – samhällsbyggnadschef": a spaced dash sets the title off, as a comma does
		String rest = value.replaceFirst("^([^(,–—]+?)\\s+[–—-]\\s+", "$1, ");
		String spec = null;
		rest = ABBREVIATED_PARAGRAPHS.matcher(rest).replaceFirst(", §§ $1");
		// "ordförande under § 31" says who chaired a paragraph, not when the person attended
		rest = rest.replaceAll("(?iu),?\\s*ordförande\\s+(under|för|i)\\s+§+\\s*[\\d\\s,–-]+", "");
		Matcher specStart = PARAGRAPHS_NOTE.matcher(rest);
		if (specStart.find()) {
			spec = rest.substring(specStart.end()).strip();
			rest = rest.substring(0, specStart.start());
		}
		String name;
		String party = null;
		String attributes;
		Matcher p = PARTY.matcher(rest);
		int comma = rest.indexOf(',');
		if (p.matches() && (comma < 0 || comma > p.end(1))) {
			name = p.group(1).strip();
			party = p.group(2).strip();
			attributes = p.group(3);
		}
		else {
			name = comma < 0 ? rest.strip() : rest.substring(0, comma).strip();
			attributes = comma < 0 ? "" : rest.substring(comma);
		}
		if (name.isEmpty() || name.split("\\s+").length > 6 || !Character.isUpperCase(name.codePointAt(0))) {
			return null;
		}
		AttendanceRole role = defaultRole;
		String title = null;
		String replaces = null;
		for (String attribute : attributes.split(",")) {
			String a = attribute.strip();
			if (a.isEmpty()) {
				continue;
			}
			Matcher substitute = SUBSTITUTE.matcher(a);
			boolean substitutes = substitute.matches();
			AttendanceRole named = substitutes ? AttendanceRole.SERVING_SUBSTITUTE : vocabulary.role(a);
			if (named == null) {
				title = title == null ? a : title + ", " + a;
			}
			else if (substitutes) {
				role = named;
				replaces = stripParty(substitute.group(1).strip());
			}
			else {
				// "ledamot" among the others present (an official who is also a member elsewhere) leaves them there
				role = named == AttendanceRole.MEMBER && defaultRole == AttendanceRole.OTHER_ATTENDEE ? defaultRole : named;
			}
		}
		return new Attendee(Names.canonical(name), party, role, title, Names.canonical(replaces), null, spec);
	}

	/** "Ulla Berggren (C)" without its party. */
	static String stripParty(String name) {
		return name.replaceAll("\\s*\\([^()]*\\)\\s*$", "").strip();
	}

}
