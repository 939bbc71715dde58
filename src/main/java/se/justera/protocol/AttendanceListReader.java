package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;

/**
 * The appended attendance and voting list (närvaro- och omröstningslista), where the cover only
 * says "Beslutande: enligt förteckning": a table with a row per seat, the member, a mark (X, or
 * the paragraphs) when present, and the substitute who served. Columns are found from the header
 * row, by tab or, in text aligned with spaces, by where each header starts on the line.
 */
final class AttendanceListReader {

	private static final Pattern TITLE = Pattern
		.compile("(?iu)^(bilaga\\s+\\d+.*|närvaro-?\\s*(och|&)\\s*(omröstnings|voterings)(lista|förteckning).*)$");

	/** Where the list begins (its "Bilaga" or title line), or -1 when the text has none. */
	static int start(List<ProtocolLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (isHeader(lines.get(i))) {
				int start = i;
				while (start > 0 && (lines.get(start - 1).isBlank() || TITLE.matcher(lines.get(start - 1).clean()).matches())) {
					start--;
				}
				while (start < i && lines.get(start).isBlank()) {
					start++;
				}
				return start;
			}
		}
		return -1;
	}

	private static boolean isHeader(ProtocolLine line) {
		String lower = line.clean().toLowerCase(Locale.ROOT);
		return lower.startsWith("ledamot") && (lower.contains("närvarande") || lower.contains("ersättare"));
	}

	/** The people of the list from {@code start} on: members present, and the substitutes who served for others. */
	static List<Attendee> read(List<ProtocolLine> lines, int start, Vocabulary vocabulary) {
		List<Attendee> attendees = new ArrayList<>();
		Columns columns = null;
		for (int i = start; i < lines.size(); i++) {
			ProtocolLine line = lines.get(i);
			if (isHeader(line)) {
				columns = Columns.of(line.source());
				continue;
			}
			if (columns == null || line.isBlank()) {
				continue;
			}
			String member = columns.cell(line.source(), 0);
			if (member.isEmpty() || member.toLowerCase(Locale.ROOT).startsWith("summa")
					|| !member.matches(".*\\([^()]{1,12}\\).*")) {
				continue;
			}
			String present = columns.cell(line.source(), columns.present);
			String substitute = columns.substitute < 0 ? "" : columns.cell(line.source(), columns.substitute);
			String spelled = member.replaceAll("(?iu),?\\s*(1:e|2:e|förste|andre)?\\s*vice\\s+ordf\\.?(örande)?", ", vice ordförande")
				.replaceAll("(?iu),\\s*ordf\\.?(örande)?$", ", ordförande");
			if (!present.isEmpty()) {
				Attendee seat = AttendeeReader.attendee(spelled + (present.contains("§") ? ", " + present : ""),
						AttendanceRole.MEMBER, vocabulary);
				if (seat != null) {
					attendees.add(seat);
				}
			}
			if (!substitute.isEmpty()) {
				Attendee served = AttendeeReader.attendee(substitute, AttendanceRole.SERVING_SUBSTITUTE, vocabulary);
				Attendee seat = AttendeeReader.attendee(spelled, AttendanceRole.MEMBER, vocabulary);
				if (served != null && seat != null) {
					attendees.add(new Attendee(served.name(), served.party(), AttendanceRole.SERVING_SUBSTITUTE, null,
							seat.name(), null, served.paragraphsNote()));
				}
			}
		}
		return attendees;
	}

	/** Where the member, presence and substitute columns are: by tab index, or by character offset. */
	private record Columns(boolean tabs, List<Integer> starts, int present, int substitute) {

		static Columns of(String header) {
			List<String> names = new ArrayList<>();
			List<Integer> starts = new ArrayList<>();
			boolean tabs = header.indexOf('\t') >= 0;
			if (tabs) {
				for (String cell : header.split("\t", -1)) {
					names.add(cell.strip().toLowerCase(Locale.ROOT));
				}
			}
			else {
				var words = Pattern.compile("\\S+(?: \\S+)*").matcher(header);
				while (words.find()) {
					names.add(words.group().toLowerCase(Locale.ROOT));
					starts.add(words.start());
				}
			}
			int present = -1;
			int substitute = -1;
			for (int c = 0; c < names.size(); c++) {
				if (names.get(c).startsWith("närvarande") && present < 0) {
					present = c;
				}
				else if ((names.get(c).contains("ersättare") || names.get(c).startsWith("tjänstgörande")) && substitute < 0) {
					substitute = c;
				}
			}
			return new Columns(tabs, starts, present < 0 ? 1 : present, substitute);
		}

		String cell(String line, int column) {
			if (this.tabs) {
				String[] cells = line.split("\t", -1);
				return column < cells.length ? ProtocolLine.clean(cells[column]) : "";
			}
			int from = this.starts.get(column);
			int to = column + 1 < this.starts.size() ? this.starts.get(column + 1) : line.length();
			// a cell may start a little before its header: take from the gap after the previous cell
			int begin = Math.min(from, line.length());
			while (begin > 0 && line.charAt(begin - 1) != ' ') {
				begin--;
			}
			return begin >= line.length() ? "" : ProtocolLine.clean(line.substring(begin, Math.min(Math.max(to, begin), line.length())));
		}

	}

}
