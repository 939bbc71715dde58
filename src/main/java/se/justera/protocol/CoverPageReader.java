package se.justera.protocol;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Signature;

/**
 * Reads the cover page: its labelled fields (the vocabulary's cover labels, a label and its value
 * on one line, in two columns, or the value on the lines below) into the meeting's place and time,
 * the people present, the checkers and the checking, the secretary, the signatures and the range of
 * paragraphs.
 */
final class CoverPageReader {

	/** "§ 57 justerades omedelbart" under the checking: paragraphs checked at the meeting. */
	private static final Pattern CHECKED_AT_ONCE = Pattern
		.compile("(?iu)[,;]?\\s*§§?\\s*(\\d+(?:\\s*(?:,|och|[-–])\\s*§?\\s*\\d+)*)\\s+(?:har\\s+)?justera(?:s|des|ts)\\s+omedelbart\\.?");

	private static final Pattern HOURS_BELOW = Pattern.compile("(?iu)^(kl\\.?|klockan)\\s*\\d.*|^\\d{1,2}[.:]\\d{2}\\s*[-–].*");

	/**
	 * What the cover says; a fact it does not state is null (unknown), a list it does not state is empty.
	 *
	 * @param checkedAtOnce paragraphs the cover says were checked at the meeting
	 */
	record Cover(LocalDate meetingDate, LocalTime startsAt, LocalTime endsAt, String place, List<Attendee> attendees,
			List<String> checkers, LocalDate checkingDate, LocalTime checkingTime, String checkingPlace, String secretary,
			List<Signature> signatures, Integer firstParagraph, Integer lastParagraph, Set<Integer> checkedAtOnce) {

		/** This cover with people read elsewhere (a list after the notice, an appended attendance list) added. */
		Cover withAttendees(List<Attendee> more) {
			List<Attendee> all = new ArrayList<>(this.attendees);
			all.addAll(more);
			return new Cover(this.meetingDate, this.startsAt, this.endsAt, this.place, List.copyOf(all), this.checkers,
					this.checkingDate, this.checkingTime, this.checkingPlace, this.secretary, this.signatures,
					this.firstParagraph, this.lastParagraph, this.checkedAtOnce);
		}

		boolean listsDeciding() {
			return this.attendees.stream().anyMatch(a -> a.role().decides());
		}

	}

	/** The facts of one cover as they are read, field by field. */
	private static final class Draft {

		LocalDate meetingDate;

		LocalTime startsAt;

		LocalTime endsAt;

		String place;

		final List<Attendee> attendees = new ArrayList<>();

		final List<String> checkers = new ArrayList<>();

		LocalDate checkingDate;

		LocalTime checkingTime;

		String checkingPlace;

		String secretary;

		ParagraphRange range;

		final Set<Integer> checkedAtOnce = new HashSet<>();

	}

	private record Field(String label, int line, List<String> values) {
	}

	private final Vocabulary vocabulary;

	private final PageFurniture furniture;

	CoverPageReader(Vocabulary vocabulary, PageFurniture furniture) {
		this.vocabulary = vocabulary;
		this.furniture = furniture;
	}

	private Vocabulary.CoverField kind(String label) {
		return this.vocabulary.labels().get(label);
	}

	/** The cover in {@code lines} (page furniture already dropped). */
	Cover read(List<ProtocolLine> lines) {
		Draft head = new Draft();
		SignatureReader signatures = new SignatureReader(this.vocabulary);
		List<Field> fields = new ArrayList<>();
		boolean signing = false;
		for (ProtocolLine line : lines) {
			if (line.isBlank() || this.furniture.is(line.clean())) {
				continue;
			}
			String label = this.vocabulary.label(line.clean());
			if (label == null) {
				if (signing) {
					signatures.read(line);
				}
				else if (!fields.isEmpty()) {
					fields.get(fields.size() - 1).values.add(line.raw().strip());
				}
				continue;
			}
			if (kind(label) == Vocabulary.CoverField.SIGNATURES) {
				signing = true;
			}
			if (signing) {
				signatures.read(line);
				continue;
			}
			String rest = line.raw().strip();
			rest = ProtocolLine.clean(rest).substring(Math.min(label.length(), ProtocolLine.clean(rest).length()));
			rest = rest.replaceFirst("^[\\s:]+", "");
			List<String> values = new ArrayList<>();
			if (!rest.isBlank()) {
				values.add(rest);
			}
			fields.add(new Field(label, line.number(), values));
		}
		for (int f = 0; f < fields.size(); f++) {
			Field field = fields.get(f);
			Field next = f + 1 < fields.size() ? fields.get(f + 1) : null;
			// "Ledamöter" over "Tjänstgörande ersättare", then both columns' names line by line: each name says
			// by itself whether it serves for someone ("Anna Greve (S) för Lars Wik (S)")
			if (next != null && field.values.isEmpty() && kind(field.label) == Vocabulary.CoverField.DECIDING
					&& kind(next.label) == Vocabulary.CoverField.SERVING_SUBSTITUTES) {
				AttendeeReader.read(next.values, AttendanceRole.MEMBER, next.line, this.vocabulary, head.attendees);
				f++;
				continue;
			}
			readField(field, head);
		}
		List<Signature> signed = signatures.signatures();
		if (head.secretary == null) {
			signed.stream().filter(s -> s.role().equalsIgnoreCase("Sekreterare")).findFirst()
				.ifPresent(s -> head.secretary = s.name());
		}
		ParagraphRange range = head.range != null ? head.range : signatures.range();
		return new Cover(head.meetingDate, head.startsAt, head.endsAt, head.place, List.copyOf(head.attendees),
				List.copyOf(head.checkers), head.checkingDate, head.checkingTime, head.checkingPlace, head.secretary,
				signed, range == null ? null : range.first(), range == null ? null : range.last(),
				Set.copyOf(head.checkedAtOnce));
	}

	/**
	 * Where a list of deciding members starts between {@code from} and {@code to} (the cover said
	 * "Beslutande se sid 2"); -1 if there is none.
	 */
	int decidingListStart(List<ProtocolLine> lines, int from, int to) {
		for (int i = from; i < Math.min(to, lines.size()); i++) {
			String label = this.vocabulary.label(lines.get(i).clean());
			if (label != null && kind(label) == Vocabulary.CoverField.DECIDING) {
				return i;
			}
		}
		return -1;
	}

	/** Whether a line starts with a cover label. */
	boolean isLabelled(ProtocolLine line) {
		return this.vocabulary.label(line.clean()) != null;
	}

	private void readField(Field field, Draft head) {
		String joined = String.join(" ", field.values.stream().map(ProtocolLine::clean).toList())
			.replace('\t', ' ')
			.strip();
		switch (kind(field.label)) {
			case PLACE_AND_TIME -> readPlaceAndTime(firstLineWithDate(field, joined), field.line, head);
			case PLACE -> head.place = joined;
			case DATE_OR_TIME -> readPlaceAndTime(joined, field.line, head);
			case DECIDING -> AttendeeReader.read(field.values, AttendanceRole.MEMBER, field.line, this.vocabulary, head.attendees);
			case SERVING_SUBSTITUTES -> AttendeeReader.read(field.values, AttendanceRole.SERVING_SUBSTITUTE, field.line,
					this.vocabulary, head.attendees);
			case NON_SERVING_SUBSTITUTES -> AttendeeReader.read(field.values, AttendanceRole.NON_SERVING_SUBSTITUTE,
					field.line, this.vocabulary, head.attendees);
			case OTHERS -> AttendeeReader.read(field.values, AttendanceRole.OTHER_ATTENDEE, field.line, this.vocabulary,
					head.attendees);
			case CHECKERS -> CheckerNames.read(field.values).stream()
				.filter(n -> !head.checkers.contains(n))
				.forEach(head.checkers::add);
			case CHECKING -> readChecking(joined, field.line, head);
			case SECRETARY -> head.secretary = joined;
			case PARAGRAPHS -> {
				ParagraphRange range = ParagraphRange.find(joined, field.line);
				head.range = range != null ? range : head.range;
			}
			case SIGNATURES, SIGNATURE -> {
			}
		}
	}

	/** "Plats och tid" may run on with notes such as "Ajournering kl 19.40-19.55": keep the first line. */
	private static String firstLineWithDate(Field field, String joined) {
		if (field.values.isEmpty()) {
			return joined;
		}
		String first = ProtocolLine.clean(field.values.get(0)).replace('\t', ' ').strip();
		if (SwedishDates.findDate(first, field.line, null) == null) {
			return joined;
		}
		// "... tisdagen den 13 maj 2003" / "kl. 14.00–16.45": the hours on the line below the date
		if (SwedishDates.findTimes(first, field.line) == null && field.values.size() > 1) {
			String second = ProtocolLine.clean(field.values.get(1)).replace('\t', ' ').strip();
			if (HOURS_BELOW.matcher(second).matches()) {
				return first + " " + second;
			}
		}
		return first;
	}

	private static void readPlaceAndTime(String value, int line, Draft head) {
		WhenAndWhere read = whenAndWhere(value, line, null);
		if (read.date() != null) {
			head.meetingDate = read.date();
		}
		if (read.times() != null) {
			head.startsAt = read.times()[0];
			head.endsAt = read.times()[1];
		}
		if (!read.place().isEmpty() && head.place == null) {
			head.place = read.place();
		}
	}

	private static void readChecking(String value, int line, Draft head) {
		String rest = value;
		Matcher atOnce = CHECKED_AT_ONCE.matcher(rest);
		if (atOnce.find()) {
			head.checkedAtOnce.addAll(ParagraphNumbers.expand(atOnce.group(1), 1, ParagraphNumbers.LARGEST));
			rest = rest.substring(0, atOnce.start()) + " " + rest.substring(atOnce.end());
		}
		WhenAndWhere read = whenAndWhere(rest, line, head.meetingDate);
		if (read.date() != null) {
			head.checkingDate = read.date();
		}
		if (read.times() != null) {
			head.checkingTime = read.times()[0];
		}
		head.checkingPlace = read.place().isEmpty() ? null : read.place();
	}

	/**
	 * A date, the hours and the place left once they are cut out ("Kommunhuset, tisdagen den 14 maj
	 * 2024 kl. 13.00-15.30"); date and times null when not found.
	 */
	private record WhenAndWhere(LocalDate date, LocalTime[] times, String place) {
	}

	private static WhenAndWhere whenAndWhere(String value, int line, LocalDate reference) {
		String rest = value;
		SwedishDates.Found<LocalDate> date = SwedishDates.findDate(rest, line, reference);
		if (date != null) {
			rest = without(rest, date);
		}
		SwedishDates.Found<LocalTime[]> times = SwedishDates.findTimes(rest, line);
		if (times != null) {
			rest = without(rest, times);
		}
		return new WhenAndWhere(date == null ? null : date.value(), times == null ? null : times.value(), tidy(rest));
	}

	/** The value with what was found in it cut out (a space in its place). */
	private static String without(String value, SwedishDates.Found<?> found) {
		return value.substring(0, found.start()) + " " + value.substring(found.end());
	}

	/** What is left of a value once dates and times are cut out: no dangling commas or weekday words. */
	private static String tidy(String rest) {
		return rest.replaceAll("(?iu)\\b(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(en)?\\b", " ")
			.replaceAll("\\s+", " ")
			.replaceAll("(\\s*,\\s*)+", ", ")
			.replaceAll("^[\\s,;:–-]+|[\\s,;:–-]+$", "")
			.strip();
	}

}
