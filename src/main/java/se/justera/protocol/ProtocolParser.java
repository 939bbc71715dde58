package se.justera.protocol;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Notice;
import se.justera.protocol.Protocol.Signature;
import se.justera.text.Names;

/**
 * Reads the text of a protocol (minutes as extracted from the published PDF) into a
 * {@link Protocol}. It knows the conventions of Swedish municipal minutes rather than one file's
 * layout: see {@code ../shared/docs/domain.md} and the test protocols.
 *
 * <p>
 * The text is read in four regions: the header (first page), the notice block (ANSLAG/BEVIS),
 * the agenda (Ärendelista) and the paragraphs. Page headers and footers repeated mid-text are
 * dropped first. {@link ParagraphParser} reads each paragraph.
 *
 * <p>
 * The text is read in its canonical form ({@link Names#canonicalText}: NFC, no format characters
 * such as zero-width spaces or soft hyphens), every space separator counts as a space, and the
 * names of the body and of people are kept in canonical form ({@link Names#canonical}), so that
 * "Anna\u00A0Ek" in one list and "Anna Ek" in another are one person.
 */
public class ProtocolParser {

	private static final int CONTEXT_LINES_FOR_ERRORS = 40;

	/** The largest § number or vote count read; larger ones are refused, not overflowed. */
	static final int LARGEST_NUMBER = 99_999;

	/** How many missing § numbers an error about a truncated text lists. */
	private static final int MISSING_LISTED = 20;

	static final Pattern PARAGRAPH_START = Pattern.compile("^§\\s*(\\d+)(?:\\s+(.*))?$");



	/** Page headers and footers the PDF repeats on every page, matched cell by cell. */
	private static final Pattern FURNITURE = Pattern.compile("(?iu)^(" + "justerandes\\s+sign(atur)?\\.?"
			+ "|justerarnas\\s+sign(atur|aturer)?\\.?" + "|ordförandes\\s+sign(atur)?\\.?" + "|utdragsbestyrkande"
			+ "|sida(\\s+\\d+(\\s*(\\(|av)\\s*\\d+\\)?)?)?" + "|\\d+\\s*\\(\\d+\\)" + "|\\d+\\s+av\\s+\\d+"
			+ "|(samman)?träde(s)?protokoll" + "|protokoll" + "|sammanträdesdatum(\\s*:?\\s*\\d{4}-\\d{2}-\\d{2})?"
			+ "|[-_\\\\]{3,}" + "|([\\p{L}-]+\\s+){1,3}kommun"
			+ "|(sammanträdes)?(datum|dag)\\s*:?\\s*\\d{4}-\\d{2}-\\d{2}"
			+ "|(justerare|justerande)(s|ns)?\\s+sign(atur)?\\.?\\s*:?\\s*[._…]*|utdragsbestyrkande\\s*:?\\s*[._…]*"
			+ "|(justerare|justerande|ordförande)s?\\s*:\\s*[._…]{3,}"
			+ "|protokoll\\s*\\d+\\s*\\(\\d+\\)|blad\\s+\\d+(\\s*\\(\\d+\\))?" + ")$");

	/** "§§ 162-174", "§18–24", and under the label Paragrafer also "88-104". */
	private static final Pattern RANGE = Pattern.compile("(?:§{1,2}|^|^[A-ZÅÄÖ]{1,6}\\s)\\s*(\\d+)\\s*[-–]\\s*(\\d+)");

	private static final Pattern PARTY = Pattern.compile("^(.+?)\\s*\\(([^()]{1,12})\\)\\s*(.*)$");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern DNR = Pattern.compile("(?iu)\\bDnr\\.?\\s*:?\\s*(.+)$");

	private final int maxCharacters;

	private final Vocabulary vocabulary;

	private final Pattern noticeStart;

	private final Pattern agendaStart;

	public ProtocolParser(int maxCharacters) {
		this(maxCharacters, Vocabulary.standard());
	}

	ProtocolParser(int maxCharacters, Vocabulary vocabulary) {
		this.maxCharacters = maxCharacters;
		this.vocabulary = vocabulary;
		this.noticeStart = vocabulary.noticeStart();
		this.agendaStart = vocabulary.agendaStart();
	}

	/** This parser with the words of one municipality added (its overlay), where it has any. */
	public ProtocolParser forMunicipality(String municipality) {
		return new ProtocolParser(this.maxCharacters, Vocabulary.forMunicipality(municipality));
	}

	public Protocol parse(String text) {
		try {
			return read(text);
		}
		catch (NumberFormatException ex) {
			// a number of more digits than any paragraph, time or figure has: refuse it, never a server error
			throw new InvalidProtocolException("A number in the text is too large to be one (" + ex.getMessage() + ")", null);
		}
	}

	private Protocol read(String text) {
		List<ProtocolLine> all = readLines(text);
		int noticeStart = indexOf(all, 0, l -> this.noticeStart.matcher(l.clean()).matches());
		int agendaStart = indexOf(all, 0, l -> this.agendaStart.matcher(l.clean()).matches());
		String printedName = guessBodyName(all);
		Set<String> printedNames = printedName == null ? Set.of() : Set.of(printedName);
		Map<Integer, String[]> agenda = new LinkedHashMap<>();
		int paragraphStart = findParagraphStart(all, agendaStart, noticeStart, agenda, printedNames);
		int headerEnd = minPositive(noticeStart, agendaStart, paragraphStart, all.size());
		List<ProtocolLine> rawHeader = all.subList(0, headerEnd);
		List<ProtocolLine> header = dropFurniture(rawHeader, Set.of(printedName == null ? "" : printedName));
		Header head = readHeader(header);
		int noticeEnd = minAfter(noticeStart, agendaStart, paragraphStart, all.size());
		int otherPage = attendanceAfterNotice(all, noticeStart, noticeEnd, head);
		if (otherPage >= 0) {
			// "Beslutande se sid 2": the list is on the page after the notice, before the paragraphs
			head.attendees.addAll(readHeader(dropFurniture(all.subList(otherPage, noticeEnd),
					Set.of(printedName == null ? "" : printedName))).attendees);
			noticeEnd = otherPage;
		}
		Notice notice = noticeStart < 0 ? null : NoticeReader.read(all.subList(noticeStart, noticeEnd), head.meetingDate, printedName);
		String bodyName = notice != null && notice.bodyName() != null ? notice.bodyName() : printedName;
		if (bodyName == null) {
			throw new InvalidProtocolException("No header: could not find the name of the body (organ) at the top"
					+ " or after 'Instans' in the notice", 1);
		}
		Set<String> bodyNames = new HashSet<>();
		bodyNames.add(bodyName);
		if (printedName != null) {
			bodyNames.add(printedName);
		}
		LocalDate meetingDate = head.meetingDate != null ? head.meetingDate
				: notice != null && notice.meetingDate() != null ? notice.meetingDate() : runningHeaderDate(all);
		if (meetingDate == null) {
			throw new InvalidProtocolException(
					"No header: no meeting date found; expected 'Plats och tid' with the date of the meeting"
							+ " before the first paragraph",
					header.isEmpty() ? 1 : header.get(header.size() - 1).number());
		}
		if (paragraphStart < 0) {
			throw new InvalidProtocolException(
					"No paragraphs: expected lines such as '§ 12' that begin each paragraph", all.size() == 0 ? 1
							: all.get(all.size() - 1).number());
		}
		int appendix = AttendanceListReader.start(all);
		int paragraphEnd = noticeStart > paragraphStart ? noticeStart : all.size();
		if (appendix > paragraphStart && appendix < paragraphEnd) {
			paragraphEnd = appendix; // the attendance list is the minutes' appendix, not the last paragraph's text
		}
		if (appendix >= 0 && head.attendees.stream().noneMatch(a -> a.role().decides())) {
			head.attendees.addAll(AttendanceListReader.read(all, appendix));
			// what the list's page says besides the table ("Ej tjänstgörande ersättare: ...")
			List<ProtocolLine> labelled = all.subList(appendix, all.size())
				.stream()
				.filter(l -> labelOf(l.clean()) != null)
				.toList();
			head.attendees.addAll(readHeader(labelled).attendees);
		}
		List<ProtocolLine> body = dropFurniture(all.subList(paragraphStart, paragraphEnd), bodyNames);
		List<List<ProtocolLine>> chunks = splitParagraphs(body);
		List<String> names = head.attendees.stream().map(Attendee::name).toList();
		ParagraphParser paragraphParser = new ParagraphParser(names, head.attendees);
		List<Protocol.Paragraph> paragraphs = new ArrayList<>();
		for (List<ProtocolLine> chunk : chunks) {
			Matcher m = PARAGRAPH_START.matcher(chunk.get(0).clean());
			m.matches();
			int number = number(m.group(1), chunk.get(0).number());
			String[] agendaItem = agenda.get(number);
			Protocol.Paragraph paragraph = paragraphParser.parse(number, m.group(2), chunk, agendaItem);
			paragraphs.add(head.checkedAtOnce.contains(number) && !paragraph.immediatelyChecked() ? checkedAtOnce(paragraph)
					: paragraph);
		}
		// an extract holds only some paragraphs; a text that ends on its page footer is cut off only if its
		// agenda lists paragraphs it lacks: one the declared range names is missing from the minutes (a finding)
		if (!isExtract(all)) {
			checkComplete(paragraphs, endsOnFooter(all) ? null : head.lastParagraph, agenda,
					body.get(body.size() - 1).number());
		}
		int first = head.firstParagraph != null ? head.firstParagraph
				: paragraphs.stream().mapToInt(Protocol.Paragraph::number).min().getAsInt();
		int last = head.lastParagraph != null ? head.lastParagraph
				: paragraphs.stream().mapToInt(Protocol.Paragraph::number).max().getAsInt();
		List<Attendee> attendees = head.attendees.stream()
			.map(a -> a.paragraphsNote() == null ? a
					: new Attendee(a.name(), a.party(), a.role(), a.title(), a.replaces(),
							ParagraphSpec.expand(a.paragraphsNote(), first, last), a.paragraphsNote()))
			.toList();
		Map<Integer, String> texts = new LinkedHashMap<>();
		for (int c = 0; c < chunks.size(); c++) {
			texts.put(paragraphs.get(c).number(),
					String.join(" ", chunks.get(c).stream().map(ProtocolLine::text).toList()));
		}
		attendees = AttendanceChanges.apply(SubstituteRoles.split(attendees, texts), texts);
		paragraphs = VoteCounts.conclude(paragraphs, attendees);
		return new Protocol(bodyName, meetingDate, head.startsAt, head.endsAt, head.place, attendees, head.checkers,
				head.checkingDate, head.checkingTime, head.checkingPlace, head.secretary, head.signatures,
				head.firstParagraph, head.lastParagraph, notice, paragraphs,
				notes(attendees, head, notice, header.isEmpty() ? all.get(0) : header.get(0), paragraphParser.notes(),
						printedMunicipality(all), isExtract(all)));
	}

	/**
	 * Where a list of deciding members starts between the notice and the paragraphs (the cover said
	 * "Beslutande se sid 2"), when the cover itself lists none; -1 if there is none.
	 */
	private int attendanceAfterNotice(List<ProtocolLine> all, int noticeStart, int noticeEnd, Header head) {
		if (noticeStart < 0 || head.attendees.stream().anyMatch(a -> a.role().decides())) {
			return -1;
		}
		for (int i = noticeStart + 1; i < Math.min(noticeEnd, all.size()); i++) {
			String label = labelOf(all.get(i).clean());
			if (label != null && this.vocabulary.labels().get(label) == Vocabulary.CoverField.DECIDING) {
				return i;
			}
		}
		return -1;
	}

	private static Protocol.Paragraph checkedAtOnce(Protocol.Paragraph p) {
		return new Protocol.Paragraph(p.number(), p.caseNumber(), p.title(), p.heading(), p.kind(), p.decisionHeading(),
				p.decisionText(), p.decisionPoints(), p.description(), p.sections(), p.supportingDocuments(), p.recusals(),
				p.proposals(), p.votes(), p.reservations(), p.motion(), p.budgetReports(), p.budgetNotes(),
				p.delegatedDecisions(), p.messages(), p.tables(), p.page(), true);
	}

	private static final Pattern RUNNING_DATE = Pattern
		.compile("(?iu)(?:^|\\t|\\s)(?:sammanträdesdatum|sammanträdesdag|datum)\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})\\b");

	/** The meeting date a running page header prints ("Sammanträdesdatum 2024-05-14"), when the cover gives none. */
	private static LocalDate runningHeaderDate(List<ProtocolLine> lines) {
		for (ProtocolLine line : lines) {
			Matcher date = RUNNING_DATE.matcher(line.clean());
			if (date.find()) {
				return SwedishDates.findDate(date.group(1), line.number(), null).value();
			}
		}
		return null;
	}

	/** An extract's title ("Utdrag ur protokoll", "Protokollsutdrag" alone) or its certification. */
	private static final Pattern EXTRACT = Pattern.compile("(?iu)^(utdrag\\s+ur\\s+(sammanträdes)?protokoll(et)?\\b.*"
			+ "|protokollsutdrag|(protokollsutdraget|utdraget)\\s+(överensstämmer|bestyrks)\\b.*)$");

	/** Whether the last line with text is page furniture (a footer such as "Justerandes sign"). */
	private static boolean endsOnFooter(List<ProtocolLine> lines) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			ProtocolLine line = lines.get(i);
			if (!line.isBlank()) {
				return line.cells().stream().map(c -> c.replaceAll(":$", "").strip()).filter(c -> !c.isEmpty())
					.allMatch(c -> FURNITURE.matcher(c).matches());
			}
		}
		return false;
	}

	/** An extract (protokollsutdrag) holds some paragraphs of the minutes: the rest is not missing. */
	private static boolean isExtract(List<ProtocolLine> lines) {
		return lines.stream().anyMatch(l -> l.cells().stream().anyMatch(c -> EXTRACT.matcher(c.strip()).matches()));
	}

	/** What the rules will need and the text did not give: each an unknown fact, never an empty one. */
	private static List<ReadingNote> notes(List<Attendee> attendees, Header head, Notice notice, ProtocolLine cover,
			List<ReadingNote> fromParagraphs, ReadingNote municipality, boolean extract) {
		List<ReadingNote> notes = new ArrayList<>();
		if (municipality != null) {
			notes.add(municipality);
		}
		if (extract) {
			notes.add(ReadingNote.info(cover.number(), cover.page(), ReadingNote.PARAGRAPHS,
					"The text is an extract (protokollsutdrag): it holds only some of the minutes' paragraphs, so the"
							+ " paragraphs it leaves out are not missing from the minutes"));
		}
		if (attendees.stream().noneMatch(a -> a.role().decides())) {
			notes.add(ReadingNote.warning(cover.number(), cover.page(), ReadingNote.ATTENDANCE,
					"No list of deciding members was found (expected a label such as 'Beslutande' or 'Närvarande"
							+ " ledamöter' with names, or an appended attendance list): who took part is unknown, so quorum,"
							+ " votes and reservations cannot be checked"));
		}
		if (head.checkingDate == null) {
			notes.add(ReadingNote.warning(cover.number(), cover.page(), ReadingNote.CHECKING_DATE,
					"No date of checking was found (expected 'Justeringens plats och tid' or 'Justeringsdatum' with a"
							+ " date): whether the minutes were checked in time cannot be checked"));
		}
		if (notice == null) {
			notes.add(ReadingNote.info(null, null, ReadingNote.NOTICE,
					"No notice of checked minutes (anslag/bevis) was found in the text: its dates cannot be checked"));
		}
		notes.addAll(fromParagraphs);
		return List.copyOf(notes);
	}

	private static final Pattern MUNICIPALITY = Pattern.compile("(?iu)^([\\p{L}][\\p{L} -]{1,40}?)\\s+(kommun|stad)$");

	/** The municipality the text prints in its page header ("FALU KOMMUN"), for the check against the one given. */
	private static ReadingNote printedMunicipality(List<ProtocolLine> lines) {
		for (ProtocolLine line : lines.subList(0, Math.min(lines.size(), 8))) {
			for (String cell : line.cells()) {
				Matcher printed = MUNICIPALITY.matcher(cell.strip());
				if (printed.matches()) {
					return PrintedMunicipality.note(line.number(), line.page(), cell.strip());
				}
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- input checks

	private List<ProtocolLine> readLines(String given) {
		if (given != null && given.length() > this.maxCharacters) {
			throw new InvalidProtocolException("The protocol is " + given.length() + " characters long; the limit is "
					+ this.maxCharacters + " (justera.import.max-characters)", null);
		}
		String text = Names.canonicalText(given);
		if (text == null || text.isBlank()) {
			throw new InvalidProtocolException("The protocol is empty", null);
		}
		String[] raw = text.split("\\r\\n|\\r|\\n", -1);
		List<ProtocolLine> lines = new ArrayList<>(raw.length);
		Pages pages = new Pages();
		for (int i = 0; i < raw.length; i++) {
			checkCharacters(raw[i], i + 1);
			lines.add(ProtocolLine.of(i + 1, pages.of(raw[i]), raw[i]));
		}
		lines = new LayoutNormalizer(this.vocabulary).normalize(lines);
		for (ProtocolLine line : lines) {
			Matcher iso = SwedishDates.ISO.matcher(line.raw());
			while (iso.find()) {
				SwedishDates.date(iso.group(), Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)), line.number());
			}
		}
		return lines;
	}

	private static void checkCharacters(String line, int number) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\uFFFD') {
				throw new InvalidProtocolException(
						"The text is not valid UTF-8 text: undecodable byte (U+FFFD) at column " + (i + 1), number);
			}
			if (Character.isISOControl(c) && c != '\t' && c != '\f') {
				throw new InvalidProtocolException(String.format(
						"The text looks binary: control character U+%04X at column %d; expected plain text", (int) c,
						i + 1), number);
			}
		}
	}

	// ---------------------------------------------------------------- regions

	private static int indexOf(List<ProtocolLine> lines, int from, java.util.function.Predicate<ProtocolLine> test) {
		for (int i = Math.max(0, from); i < lines.size(); i++) {
			if (test.test(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The paragraphs begin at the first "§ N" line whose number the agenda already listed, or,
	 * without an agenda, at the first "§ N" line after the header and notice.
	 */
	private static int findParagraphStart(List<ProtocolLine> lines, int agendaStart, int noticeStart,
			Map<Integer, String[]> agenda, Set<String> bodyNames) {
		if (agendaStart >= 0) {
			for (int i = agendaStart + 1; i < lines.size(); i++) {
				Matcher m = PARAGRAPH_START.matcher(lines.get(i).clean());
				if (!m.matches()) {
					continue;
				}
				int number = number(m.group(1), lines.get(i).number());
				if (agenda.containsKey(number)) {
					return i;
				}
				agenda.put(number, agendaItem(lines, i, m.group(2), bodyNames));
			}
			return -1;
		}
		int from = noticeStart >= 0 ? noticeStart : 0;
		int start = indexOf(lines, from, l -> PARAGRAPH_START.matcher(l.clean()).matches());
		if (start < 0 && noticeStart > 0) {
			start = indexOf(lines, 0, l -> PARAGRAPH_START.matcher(l.clean()).matches());
		}
		return start;
	}

	/** [case number, title] of an agenda entry; the title may stand on the following line. */
	private static String[] agendaItem(List<ProtocolLine> lines, int index, String rest, Set<String> bodyNames) {
		String caseNumber = null;
		List<String> title = new ArrayList<>();
		List<String> cells = new ArrayList<>(List.of(rest == null ? new String[0] : rest.split("\t")));
		for (int i = index + 1; i < lines.size() && cells.stream().allMatch(c -> c.isBlank() || isCaseNumber(c)); i++) {
			ProtocolLine line = lines.get(i);
			if (PARAGRAPH_START.matcher(line.clean()).matches()) {
				break;
			}
			if (!line.isBlank() && !dropFurniture(List.of(line), bodyNames).isEmpty()) {
				cells.addAll(line.cells());
			}
		}
		for (String cell : cells) {
			String c = ProtocolLine.clean(cell).replaceAll("\\.{2,}\\s*\\d*\\s*$", "").strip();
			Matcher dnr = DNR.matcher(c);
			if (dnr.find()) {
				caseNumber = dnr.group(1).replaceAll("\\.{2,}.*$", "").strip();
				c = c.substring(0, dnr.start()).replaceAll("[,\\s]+$", "").strip();
			}
			else if (caseNumber == null && c.matches("[A-ZÅÄÖ]{1,6}\\s+\\d{4}/\\d{1,5}")) {
				caseNumber = c; // a column of case numbers without "Dnr"
				continue;
			}
			if (!c.isEmpty() && !c.matches("\\d{1,3}")) {
				title.add(c);
			}
		}
		return new String[] { caseNumber, title.isEmpty() ? null : String.join(" ", title) };
	}

	private static boolean isCaseNumber(String cell) {
		return DNR.matcher(cell.strip()).lookingAt();
	}

	private static int minPositive(int... values) {
		int min = Integer.MAX_VALUE;
		for (int v : values) {
			if (v >= 0 && v < min) {
				min = v;
			}
		}
		return min;
	}

	private static int minAfter(int start, int... values) {
		int min = Integer.MAX_VALUE;
		for (int v : values) {
			if (v > start && v < min) {
				min = v;
			}
		}
		return min;
	}

	/**
	 * Drops page headers and footers that the PDF repeated on every page: lines whose every cell is
	 * page furniture, the body's name, or a date right under such a line.
	 */
	static List<ProtocolLine> dropFurniture(List<ProtocolLine> lines, Set<String> bodyNames) {
		Set<String> names = new HashSet<>();
		bodyNames.stream().filter(n -> n != null).forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
		List<ProtocolLine> kept = new ArrayList<>(lines.size());
		boolean afterFurniture = false;
		for (ProtocolLine line : lines) {
			if (line.isBlank()) {
				kept.add(line);
				continue;
			}
			boolean furniture = true;
			for (String cell : line.cells()) {
				String c = cell.replaceAll(":$", "").strip();
				boolean isDate = SwedishDates.ISO.matcher(c).matches();
				if (!c.isEmpty() && !FURNITURE.matcher(c).matches() && !names.contains(c.toLowerCase(Locale.ROOT))
						&& !(isDate && (afterFurniture || line.isTableLine()))) {
					furniture = false;
					break;
				}
			}
			afterFurniture = furniture;
			if (furniture) {
				continue;
			}
			kept.add(withoutGluedHeader(line, names));
		}
		return kept;
	}

	/** "**Kommunstyrelsen****Resultat drift ...**": a page header glued to the next heading. */
	private static ProtocolLine withoutGluedHeader(ProtocolLine line, Set<String> names) {
		Matcher glued = Pattern.compile("^\\*\\*([^*]+)\\*\\*(?=\\S)").matcher(line.raw());
		if (glued.find() && names.contains(glued.group(1).strip().toLowerCase(Locale.ROOT))) {
			return line.withRaw(line.raw().substring(glued.end()));
		}
		return line;
	}

	/** The body's name as the first page prints it: the first cell that is not page furniture. */
	private String guessBodyName(List<ProtocolLine> header) {
		for (ProtocolLine line : header) {
			if (labelOf(line.clean()) != null) {
				return null;
			}
			for (String cell : line.cells()) {
				String c = cell.replaceAll(":$", "").strip();
				if (!c.isEmpty() && !FURNITURE.matcher(c).matches() && !SwedishDates.ISO.matcher(c).matches()) {
					return Names.canonical(c);
				}
			}
		}
		return null;
	}

	private static List<List<ProtocolLine>> splitParagraphs(List<ProtocolLine> body) {
		List<List<ProtocolLine>> chunks = new ArrayList<>();
		Map<Integer, Integer> seenAt = new HashMap<>();
		for (ProtocolLine line : body) {
			Matcher m = PARAGRAPH_START.matcher(line.clean());
			if (m.matches()) {
				int number = number(m.group(1), line.number());
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

	/** A protocol that stops before the paragraphs it declares was cut off: refuse it. */
	private static void checkComplete(List<Protocol.Paragraph> paragraphs, Integer declaredLast,
			Map<Integer, String[]> agenda, int lastLine) {
		int lastParsed = paragraphs.stream().mapToInt(Protocol.Paragraph::number).max().getAsInt();
		int declared = declaredLast != null ? declaredLast : lastParsed;
		for (int n : agenda.keySet()) {
			declared = Math.max(declared, n);
		}
		if (lastParsed < declared) {
			Set<Integer> parsed = new TreeSet<>();
			paragraphs.forEach(p -> parsed.add(p.number()));
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

	// ---------------------------------------------------------------- header

	private static final class Header {

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

		final List<Signature> signatures = new ArrayList<>();

		/** Roles signed on a dotted line whose printed name follows on the next line. */
		final List<String> pendingSignatures = new ArrayList<>();

		Integer firstParagraph;

		Integer lastParagraph;

		/** Paragraphs the cover says were checked at the meeting. */
		final Set<Integer> checkedAtOnce = new HashSet<>();

	}

	private record Field(String label, int line, List<String> values) {
	}

	private String labelOf(String clean) {
		return this.vocabulary.label(clean);
	}

	private Header readHeader(List<ProtocolLine> lines) {
		Header head = new Header();
		List<Field> fields = new ArrayList<>();
		boolean signing = false;
		for (ProtocolLine line : lines) {
			if (line.isBlank() || FURNITURE.matcher(line.clean()).matches()) {
				continue;
			}
			String label = labelOf(line.clean());
			if (label == null) {
				if (signing) {
					readSignatures(line, head);
				}
				else if (!fields.isEmpty()) {
					fields.get(fields.size() - 1).values.add(line.raw().strip());
				}
				continue;
			}
			if (this.vocabulary.labels().get(label) == Vocabulary.CoverField.SIGNATURES) {
				signing = true;
			}
			if (signing) {
				readSignatures(line, head);
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
			if (next != null && field.values.isEmpty() && this.vocabulary.labels().get(field.label) == Vocabulary.CoverField.DECIDING
					&& this.vocabulary.labels().get(next.label) == Vocabulary.CoverField.SERVING_SUBSTITUTES) {
				readAttendees(next, AttendanceRole.MEMBER, head);
				f++;
				continue;
			}
			readField(field, head);
		}
		if (head.secretary == null) {
			head.signatures.stream().filter(s -> s.role().equalsIgnoreCase("Sekreterare")).findFirst()
				.ifPresent(s -> head.secretary = s.name());
		}
		return head;
	}

	/**
	 * "Sekreterare\tAnna Ek\tParagrafer\t§§ 1-15", or a dotted line to sign on with the printed
	 * name on the line below it.
	 */
	private void readSignatures(ProtocolLine line, Header head) {
		List<String> cells = new ArrayList<>();
		for (String raw : line.raw().split("\t")) {
			String cell = isSignatureLine(raw.strip()) ? raw.strip() : ProtocolLine.clean(raw);
			// "Sekreterare ____ §18–24", "Justerare .... Gustav Ehn §1–5": the range of the minutes beside a signature
			Matcher range = SIGNED_RANGE.matcher(cell);
			if (labelOf(cell) == null && range.find()) {
				readRange(range.group(), line.number(), head);
				cell = cell.substring(0, range.start()).strip();
			}
			if (!cell.isEmpty()) {
				cells.add(cell);
			}
		}
		boolean labelled = false;
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			String label = labelOf(cell);
			if (label == null) {
				continue;
			}
			labelled = true;
			String role = cell.substring(0, label.length());
			List<String> values = new ArrayList<>();
			String inCell = cell.substring(label.length()).replaceFirst("^[\\s:]+", "");
			if (!inCell.isEmpty()) {
				values.add(inCell);
			}
			while (values.isEmpty() && i + 1 < cells.size() && labelOf(cells.get(i + 1)) == null) {
				values.add(cells.get(++i));
				while (i + 1 < cells.size() && labelOf(cells.get(i + 1)) == null && isSignatureLine(cells.get(i + 1))) {
					values.add(cells.get(++i));
				}
			}
			if (this.vocabulary.labels().get(label) == Vocabulary.CoverField.PARAGRAPHS) {
				values.forEach(v -> readRange(v, line.number(), head));
				continue;
			}
			if (this.vocabulary.labels().get(label) == Vocabulary.CoverField.SIGNATURES) {
				continue;
			}
			for (String value : values) {
				// "Sekreterare ____ §18–24", "Justerare .... Gustav Ehn §1–5": the range of the minutes beside a signature
				Matcher range = SIGNED_RANGE.matcher(value);
				if (range.find()) {
					readRange(range.group(), line.number(), head);
					value = value.substring(0, range.start()).strip();
					if (value.isEmpty()) {
						continue;
					}
				}
				if (isSignatureLine(value)) {
					head.pendingSignatures.add(role);
				}
				else {
					head.signatures.add(new Signature(role, value));
				}
			}
		}
		if (!labelled) {
			for (String cell : cells) {
				Matcher range = SIGNED_RANGE.matcher(cell);
				if (range.find()) {
					readRange(range.group(), line.number(), head);
					cell = cell.substring(0, range.start()).strip();
				}
				if (!head.pendingSignatures.isEmpty() && !isSignatureLine(cell)) {
					head.signatures.add(new Signature(head.pendingSignatures.remove(0), cell));
				}
			}
		}
	}

	private static final Pattern SIGNED_RANGE = Pattern.compile("(?:^|\\s)§{1,2}\\s*\\d+\\s*[-–]\\s*\\d+\\s*$");

	static boolean isSignatureLine(String cell) {
		return cell.matches("[._…\\s-]{3,}");
	}

	private static void readRange(String value, int line, Header head) {
		Matcher range = RANGE.matcher(value);
		if (range.find()) {
			head.firstParagraph = number(range.group(1), line);
			head.lastParagraph = number(range.group(2), line);
		}
		else {
			Matcher single = Pattern.compile("§\\s*(\\d+)").matcher(value);
			if (single.find()) {
				head.firstParagraph = number(single.group(1), line);
				head.lastParagraph = head.firstParagraph;
			}
		}
	}

	private void readField(Field field, Header head) {
		String joined = String.join(" ", field.values.stream().map(ProtocolLine::clean).toList())
			.replace('\t', ' ')
			.strip();
		switch (this.vocabulary.labels().get(field.label)) {
			case PLACE_AND_TIME -> readPlaceAndTime(firstLineWithDate(field, joined), field.line, head);
			case PLACE -> head.place = joined;
			case DATE_OR_TIME -> readPlaceAndTime(joined, field.line, head);
			case DECIDING -> readAttendees(field, AttendanceRole.MEMBER, head);
			case SERVING_SUBSTITUTES -> readAttendees(field, AttendanceRole.SERVING_SUBSTITUTE, head);
			case NON_SERVING_SUBSTITUTES -> readAttendees(field, AttendanceRole.NON_SERVING_SUBSTITUTE, head);
			case OTHERS -> readAttendees(field, AttendanceRole.OTHER_ATTENDEE, head);
			case CHECKERS -> CheckerNames.read(field.values).stream()
				.filter(n -> !head.checkers.contains(n))
				.forEach(head.checkers::add);
			case CHECKING -> readChecking(joined, field.line, head);
			case SECRETARY -> head.secretary = joined;
			case PARAGRAPHS -> readRange(joined, field.line, head);
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
			if (second.matches("(?iu)^(kl\\.?|klockan)\\s*\\d.*|^\\d{1,2}[.:]\\d{2}\\s*[-–].*")) {
				return first + " " + second;
			}
		}
		return first;
	}

	private static void readPlaceAndTime(String value, int line, Header head) {
		String rest = value;
		SwedishDates.Found<LocalDate> date = SwedishDates.findDate(rest, line, null);
		if (date != null) {
			head.meetingDate = date.value();
			rest = rest.substring(0, date.start()) + " " + rest.substring(date.end());
		}
		SwedishDates.Found<LocalTime[]> times = SwedishDates.findTimes(rest, line);
		if (times != null) {
			head.startsAt = times.value()[0];
			head.endsAt = times.value()[1];
			rest = rest.substring(0, times.start()) + " " + rest.substring(times.end());
		}
		String place = tidy(rest);
		if (!place.isEmpty() && head.place == null) {
			head.place = place;
		}
	}

	/** "§ 57 justerades omedelbart" under the checking: paragraphs checked at the meeting. */
	private static final Pattern CHECKED_AT_ONCE = Pattern
		.compile("(?iu)[,;]?\\s*§§?\\s*(\\d+(?:\\s*(?:,|och|[-–])\\s*§?\\s*\\d+)*)\\s+(?:har\\s+)?justera(?:s|des|ts)\\s+omedelbart\\.?");

	private static void readChecking(String value, int line, Header head) {
		String rest = value;
		Matcher atOnce = CHECKED_AT_ONCE.matcher(rest);
		if (atOnce.find()) {
			head.checkedAtOnce.addAll(ParagraphSpec.expand(atOnce.group(1), 1, LARGEST_NUMBER));
			rest = rest.substring(0, atOnce.start()) + " " + rest.substring(atOnce.end());
		}
		SwedishDates.Found<LocalDate> date = SwedishDates.findDate(rest, line, head.meetingDate);
		if (date != null) {
			head.checkingDate = date.value();
			rest = rest.substring(0, date.start()) + " " + rest.substring(date.end());
		}
		SwedishDates.Found<LocalTime[]> times = SwedishDates.findTimes(rest, line);
		if (times != null) {
			head.checkingTime = times.value()[0];
			rest = rest.substring(0, times.start()) + " " + rest.substring(times.end());
		}
		String place = tidy(rest);
		head.checkingPlace = place.isEmpty() ? null : place;
	}

	/** What is left of a value once dates and times are cut out: no dangling commas or weekday words. */
	private static String tidy(String rest) {
		return rest.replaceAll("(?iu)\\b(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(en)?\\b", " ")
			.replaceAll("\\s+", " ")
			.replaceAll("(\\s*,\\s*)+", ", ")
			.replaceAll("^[\\s,;:–-]+|[\\s,;:–-]+$", "")
			.strip();
	}

	private static final Pattern ELSEWHERE = Pattern
		.compile("(?iu)^(enligt\\b.*(förteckning|lista|bilaga)|se\\s+(bilaga|sid(an)?|sida)\\b|bilaga\\s+\\d)");

	/** "Ronny Bäck (S) §§ 12–17, Lisa Holm (M), Tord Fager (SD)": where the next person of a list on one line begins. */
	private static final Pattern NEXT_PERSON = Pattern
		.compile(",\\s+(?=\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)+\\s*\\([^()]{1,12}\\))");

	private static void readAttendees(Field field, AttendanceRole role, Header head) {
		List<String> values = new ArrayList<>();
		field.values.forEach(v -> values.addAll(List.of(NEXT_PERSON.split(v))));
		for (int i = 0; i < values.size(); i++) {
			String value = ProtocolLine.clean(values.get(i)).replace('\t', ' ').strip();
			if (value.isEmpty() || value.matches("(?iu)(ordinarie\\s+)?ledam(ot|öter)|ersättare")
					|| ELSEWHERE.matcher(value).find()) {
				continue; // "Enligt förteckning, bilaga 1", "se sid 2": the list is elsewhere, not a person
			}
			Attendee attendee = attendee(value, role);
			if (attendee != null && attendee.paragraphsNote() != null) {
				// every § number of the note is expanded into the paragraphs attended: bound them here
				Matcher digits = DIGITS.matcher(attendee.paragraphsNote());
				while (digits.find()) {
					number(digits.group(), field.line);
				}
			}
			if (attendee != null && head.attendees.stream().noneMatch(a -> SubstituteRoles.sameRole(a, attendee))) {
				head.attendees.add(attendee);
			}
		}
	}

	/**
	 * "Micael Mathsson (S), §§ 168, 171, 172", "Karin Berg (C), ersättare för Lars Ek (C)",
	 * "Maria Ronsten, förvaltningschef, § 171".
	 */
	static Attendee attendee(String value, AttendanceRole defaultRole) {
		// "Mikael Ström – samhällsbyggnadschef": a spaced dash sets the title off, as a comma does
		String rest = value.replaceFirst("^([^(,–—]+?)\\s+[–—-]\\s+", "$1, ");
		String spec = null;
		// "Rut Hägg (S) för Eva Lindblom (S), Sn 115": paragraphs numbered with the body's abbreviation
		rest = rest.replaceFirst(",\\s*(?:[A-ZÅÄÖ][a-zåäö]|[A-ZÅÄÖ]{2,5})\\s+(\\d{1,5}(?:\\s*[-–]\\s*\\d{1,5})?(?:\\s*,\\s*\\d{1,5}(?:\\s*[-–]\\s*\\d{1,5})?)*)\\s*$",
				", §§ $1");
		// "ordförande under § 31" says who chaired a paragraph, not when the person attended
		rest = rest.replaceAll("(?iu),?\\s*ordförande\\s+(under|för|i)\\s+§+\\s*[\\d\\s,–-]+", "");
		Matcher specStart = Pattern.compile("(?iu)(?:,\\s*|\\s)(?=(?:fr(?:ån(?:\\s+och\\s+med)?|\\.\\s?o\\.\\s?m\\.?)|t\\.\\s?o\\.\\s?m\\.?)?\\s*§)")
			.matcher(rest);
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
			String lower = a.toLowerCase(Locale.ROOT);
			if (a.isEmpty()) {
				continue;
			}
			Matcher substitute = Pattern.compile("(?iu)(?:(?:(?:tjänstgörande\\s+)?(?:ersättare|ers\\.)\\s+|tjänstgör\\s+)?för|ersätter)\\s+(.+)")
				.matcher(a);
			if (substitute.matches()) {
				role = AttendanceRole.SERVING_SUBSTITUTE;
				replaces = stripParty(substitute.group(1).strip());
			}
			else if (lower.contains("vice ordförande")) {
				role = AttendanceRole.VICE_CHAIR;
			}
			else if (lower.equals("ordförande")) {
				role = AttendanceRole.CHAIR;
			}
			else if (lower.equals("tjänstgörande ersättare")) {
				role = AttendanceRole.SERVING_SUBSTITUTE;
			}
			else if (lower.equals("ledamot")) {
				role = defaultRole == AttendanceRole.OTHER_ATTENDEE ? defaultRole : AttendanceRole.MEMBER;
			}
			else {
				title = title == null ? a : title + ", " + a;
			}
		}
		return new Attendee(Names.canonical(name), party, role, title, Names.canonical(replaces), null, spec);
	}

	/**
	 * A § number or count as written: at most {@link #LARGEST_NUMBER}, else the text is refused
	 * with its line rather than overflowing an int (or expanding §§ 1-2000000000 attendance).
	 */
	static int number(String digits, int line) {
		String significant = digits.replaceFirst("^0+(?=\\d)", "");
		if (significant.length() > 5 || Integer.parseInt(significant) > LARGEST_NUMBER) {
			throw new InvalidProtocolException("The number " + (digits.length() > 20 ? digits.substring(0, 20) + "…" : digits)
					+ " is out of range: § numbers and vote counts are at most " + LARGEST_NUMBER, line);
		}
		return Integer.parseInt(significant);
	}

	static String stripParty(String name) {
		return name.replaceAll("\\s*\\([^()]*\\)\\s*$", "").strip();
	}

	// ---------------------------------------------------------------- per-paragraph attendance

	/** "§§ 168, 171, 172", "§§ 6-13", "från § 170", "§§ 1-5, 9", "t.o.m. § 4". */
	static final class ParagraphSpec {

		private ParagraphSpec() {
		}

		/**
		 * The paragraphs a note names, within the meeting's own paragraphs ({@code first} to
		 * {@code last}): a range beyond them ("§§ 1-2000000000") names no more than the meeting has.
		 */
		static List<Integer> expand(String spec, int first, int last) {
			String s = spec.toLowerCase(Locale.ROOT).replace('–', '-');
			Set<Integer> numbers = new LinkedHashSet<>();
			Matcher from = Pattern.compile("(?:från(?:\\s+och\\s+med)?|fr\\.\\s?o\\.\\s?m\\.?)\\s*§+\\s*(\\d+)").matcher(s);
			Matcher to = Pattern.compile("(?:till(?:\\s+och\\s+med)?|t\\.\\s?o\\.\\s?m\\.?)\\s*§+\\s*(\\d+)").matcher(s);
			boolean hasFrom = from.find();
			boolean hasTo = to.find();
			if (hasFrom || hasTo) {
				int a = hasFrom ? number(from.group(1)) : first;
				int b = hasTo ? number(to.group(1)) : last;
				for (int n = Math.max(a, first); n <= Math.min(b, last); n++) {
					numbers.add(n);
				}
				return List.copyOf(numbers);
			}
			Matcher part = Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+)?)?").matcher(s);
			while (part.find()) {
				int a = number(part.group(1));
				boolean open = part.group(0).contains("-");
				int b = part.group(2) != null ? number(part.group(2)) : open ? last : a;
				for (int n = Math.max(a, first); n <= Math.min(b, last); n++) {
					numbers.add(n);
				}
			}
			return numbers.stream().sorted(Comparator.naturalOrder()).toList();
		}

		/** Digits as a number, any number of them: too many reads as the largest int, outside every meeting. */
		private static int number(String digits) {
			return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
		}

	}

	/**
	 * The page a line is on: a form feed starts the next page; without form feeds, a printed page
	 * number ("Sida 3 (6)", "3 av 6", "Blad 3 (6)", "3 (6)") in a running header says where page 3
	 * begins. A text with neither is one page.
	 */
	private static final class Pages {

		private static final Pattern PRINTED = Pattern.compile(
				"(?iu)(?:^|\\s)(?:sida|blad|protokoll)?\\s*(\\d{1,4})\\s*(?:\\((\\d{1,4})\\)|av\\s+(\\d{1,4}))\\s*$");

		private int page = 1;

		private boolean formFeeds;

		int of(String line) {
			int feeds = (int) line.chars().filter(c -> c == '\f').count();
			if (feeds > 0) {
				this.formFeeds = true;
				int before = this.page;
				this.page += feeds;
				// the line's text is on the page of its first character
				return line.startsWith("\f") ? this.page : before;
			}
			if (!this.formFeeds) {
				Matcher printed = PRINTED.matcher(line.strip());
				if (printed.find()) {
					int n = Integer.parseInt(printed.group(1));
					int of = Integer.parseInt(printed.group(2) != null ? printed.group(2) : printed.group(3));
					if (n >= 1 && n <= of && n >= this.page) {
						this.page = n;
					}
				}
			}
			return this.page;
		}

	}

}
