package se.justera.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Notice;
import se.justera.text.Names;

/**
 * Reads the text of a protocol (minutes as extracted from the published PDF) into a
 * {@link Protocol}. It knows the conventions of Swedish municipal minutes rather than one file's
 * layout: see {@code ../shared/docs/domain.md} and the test protocols.
 *
 * <p>
 * This class finds the regions and hands each to its reader: the lines ({@link ProtocolLines}),
 * the cover page ({@link CoverPageReader}) with the running header ({@link RunningHeader}), the
 * notice block ({@link NoticeReader}), the agenda ({@link AgendaReader}), an appended attendance
 * list ({@link AttendanceListReader}), and the paragraphs ({@link ParagraphSequence},
 * {@link ParagraphParser}). Page headers and footers repeated mid-text are dropped
 * ({@link PageFurniture}).
 *
 * <p>
 * The text is read in its canonical form ({@link Names#canonicalText}: NFC, no format characters
 * such as zero-width spaces or soft hyphens), every space separator counts as a space, and the
 * names of the body and of people are kept in canonical form ({@link Names#canonical}), so that
 * "Anna\u00A0Ek" in one list and "Anna Ek" in another are one person.
 */
public class ProtocolParser {

	/** The largest § number or vote count read; larger ones are refused, not overflowed. */
	static final int LARGEST_NUMBER = ParagraphNumbers.LARGEST;

	private final int maxCharacters;

	private final Vocabulary vocabulary;

	private final Pattern noticeStart;

	private final Pattern agendaStart;

	private final ProtocolLines lines;

	private final RunningHeader runningHeader;

	private final CoverPageReader cover;

	private final PageFurniture furniture;

	public ProtocolParser(int maxCharacters) {
		this(maxCharacters, Vocabulary.standard());
	}

	ProtocolParser(int maxCharacters, Vocabulary vocabulary) {
		this.maxCharacters = maxCharacters;
		this.vocabulary = vocabulary;
		this.noticeStart = vocabulary.noticeStart();
		this.agendaStart = vocabulary.agendaStart();
		this.lines = new ProtocolLines(maxCharacters, vocabulary);
		this.furniture = new PageFurniture(vocabulary);
		this.cover = new CoverPageReader(vocabulary, this.furniture);
		this.runningHeader = new RunningHeader(vocabulary, this.furniture);
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
		List<ProtocolLine> all = this.lines.read(text);
		int noticeStart = ParagraphSequence.indexOf(all, 0, l -> this.noticeStart.matcher(l.clean()).matches());
		int agendaStart = ParagraphSequence.indexOf(all, 0, l -> this.agendaStart.matcher(l.clean()).matches());
		String printedName = this.runningHeader.bodyName(all);
		Set<String> printedNames = Set.of(printedName == null ? "" : printedName);
		AgendaReader.Agenda agenda = agendaStart >= 0 ? AgendaReader.read(all, agendaStart, this.furniture, printedNames)
				: new AgendaReader.Agenda(Map.of(), ParagraphSequence.start(all, noticeStart));
		int paragraphStart = agenda.paragraphStart();
		int headerEnd = minPositive(noticeStart, agendaStart, paragraphStart, all.size());
		List<ProtocolLine> header = this.furniture.drop(all.subList(0, headerEnd), printedNames);
		CoverPageReader.Cover head = this.cover.read(header);
		int noticeEnd = minAfter(noticeStart, agendaStart, paragraphStart, all.size());
		int otherPage = noticeStart < 0 || head.listsDeciding() ? -1
				: this.cover.decidingListStart(all, noticeStart + 1, noticeEnd);
		if (otherPage >= 0) {
			// "Beslutande se sid 2": the list is on the page after the notice, before the paragraphs
			head = head.withAttendees(this.cover.read(this.furniture.drop(all.subList(otherPage, noticeEnd), printedNames)).attendees());
			noticeEnd = otherPage;
		}
		Notice notice = noticeStart < 0 ? null : NoticeReader.read(all.subList(noticeStart, noticeEnd), head.meetingDate(), printedName);
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
		LocalDate meetingDate = head.meetingDate() != null ? head.meetingDate()
				: notice != null && notice.meetingDate() != null ? notice.meetingDate() : RunningHeader.meetingDate(all);
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
		if (appendix >= 0 && !head.listsDeciding()) {
			head = head.withAttendees(AttendanceListReader.read(all, appendix, this.vocabulary));
			// what the list's page says besides the table ("Ej tjänstgörande ersättare: ...")
			List<ProtocolLine> labelled = all.subList(appendix, all.size()).stream().filter(this.cover::isLabelled).toList();
			head = head.withAttendees(this.cover.read(labelled).attendees());
		}
		List<ProtocolLine> body = this.furniture.drop(all.subList(paragraphStart, paragraphEnd), bodyNames);
		List<List<ProtocolLine>> chunks = ParagraphSequence.split(body);
		ParagraphParser paragraphParser = new ParagraphParser(head.attendees().stream().map(Attendee::name).toList(),
				head.attendees(), this.vocabulary);
		List<Protocol.Paragraph> paragraphs = new ArrayList<>();
		for (List<ProtocolLine> chunk : chunks) {
			Matcher m = ParagraphSequence.START.matcher(chunk.get(0).clean());
			m.matches();
			int number = ParagraphNumbers.number(m.group(1), chunk.get(0).number());
			Protocol.Paragraph paragraph = paragraphParser.parse(number, m.group(2), chunk, agenda.items().get(number));
			paragraphs.add(head.checkedAtOnce().contains(number) && !paragraph.immediatelyChecked()
					? checkedAtOnce(paragraph) : paragraph);
		}
		boolean extract = ProtocolExtract.is(all);
		// an extract holds only some paragraphs; a text that ends on its page footer is cut off only if its
		// agenda lists paragraphs it lacks: one the declared range names is missing from the minutes (a finding)
		if (!extract) {
			ParagraphSequence.checkComplete(paragraphs.stream().map(Protocol.Paragraph::number).toList(),
					this.furniture.endsOnFooter(all) ? null : head.lastParagraph(), agenda.items().keySet(),
					body.get(body.size() - 1).number());
		}
		int first = head.firstParagraph() != null ? head.firstParagraph()
				: paragraphs.stream().mapToInt(Protocol.Paragraph::number).min().getAsInt();
		int last = head.lastParagraph() != null ? head.lastParagraph()
				: paragraphs.stream().mapToInt(Protocol.Paragraph::number).max().getAsInt();
		List<Attendee> attendees = head.attendees().stream()
			.map(a -> a.paragraphsNote() == null ? a
					: new Attendee(a.name(), a.party(), a.role(), a.title(), a.replaces(),
							ParagraphNumbers.expand(a.paragraphsNote(), first, last), a.paragraphsNote()))
			.toList();
		Map<Integer, String> texts = new LinkedHashMap<>();
		for (int c = 0; c < chunks.size(); c++) {
			texts.put(paragraphs.get(c).number(), String.join(" ", chunks.get(c).stream().map(ProtocolLine::text).toList()));
		}
		attendees = AttendanceChanges.apply(SubstituteRoles.split(attendees, texts), texts);
		paragraphs = VoteCounts.conclude(paragraphs, attendees);
		return new Protocol(bodyName, meetingDate, head.startsAt(), head.endsAt(), head.place(), attendees, head.checkers(),
				head.checkingDate(), head.checkingTime(), head.checkingPlace(), head.secretary(), head.signatures(),
				head.firstParagraph(), head.lastParagraph(), notice, paragraphs,
				MissingFacts.notes(attendees, head, notice, header.isEmpty() ? all.get(0) : header.get(0),
						paragraphParser.notes(), RunningHeader.printedMunicipality(all), extract));
	}

	private static Protocol.Paragraph checkedAtOnce(Protocol.Paragraph p) {
		return new Protocol.Paragraph(p.number(), p.caseNumber(), p.title(), p.heading(), p.kind(), p.decisionHeading(),
				p.decisionText(), p.decisionPoints(), p.description(), p.sections(), p.supportingDocuments(), p.recusals(),
				p.proposals(), p.votes(), p.reservations(), p.motion(), p.budgetReports(), p.budgetNotes(),
				p.delegatedDecisions(), p.messages(), p.tables(), p.page(), true);
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

}
