package se.justera.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Ballot;
import se.justera.protocol.Protocol.BudgetReport;
import se.justera.protocol.Protocol.DataTable;

/**
 * Reads one paragraph (§) by handing its parts to their readers: the title and case number
 * ({@link ParagraphTitleReader}), the headed parts ({@link ParagraphHeadings}), the decision
 * ({@link DecisionReader}), the sections ({@link SectionReader}), the tables
 * ({@link ParagraphTableReader}), the votes ({@link VoteReader}), proposals, recusals and
 * reservations ({@link StatementReader}), a motion ({@link MotionReader}), budget notes
 * ({@link BudgetNoteReader}), delegated decisions and messages ({@link ItemListReader}). One parser
 * reads the paragraphs of one protocol and collects what it could not read.
 */
final class ParagraphParser {

	/** "Paragrafen justeras omedelbart", "Justeras omedelbart" over its signatures: checked at the meeting (KL 5 kap. 70 §). */
	private static final Pattern IMMEDIATELY_CHECKED = Pattern.compile("(?iu)\\bjustera(?:s|des)\\s+omedelbart\\b");

	private final ParagraphHeadings headings;

	private final ParagraphTitleReader titles;

	private final DecisionReader decisions;

	private final SectionReader sections;

	private final StatementReader statements;

	private final VoteReader votes;

	private final ParagraphTableReader tables;

	private final BudgetNoteReader budgetNotes;

	private final ItemListReader itemLists;

	/** What this parser could not read, over all the paragraphs it was given. */
	private final List<ReadingNote> notes = new ArrayList<>();

	ParagraphParser(List<String> attendeeNames, List<Attendee> attendees) {
		this(attendeeNames, attendees, Vocabulary.standard());
	}

	ParagraphParser(List<String> attendeeNames, List<Attendee> attendees, Vocabulary vocabulary) {
		Map<String, String> partyOf = new LinkedHashMap<>();
		attendees.forEach(a -> partyOf.put(a.name(), a.party()));
		this.headings = new ParagraphHeadings(vocabulary);
		this.titles = new ParagraphTitleReader(this.headings);
		this.decisions = new DecisionReader(this.headings);
		this.sections = new SectionReader(this.headings);
		this.statements = new StatementReader(attendeeNames, partyOf);
		this.votes = new VoteReader(partyOf, attendees.stream().filter(a -> a.role().decides()).toList());
		this.tables = new ParagraphTableReader(this.votes);
		this.budgetNotes = new BudgetNoteReader(this.headings);
		this.itemLists = new ItemListReader(this.headings, vocabulary);
	}

	List<ReadingNote> notes() {
		return List.copyOf(this.notes);
	}

	/**
	 * Paragraph {@code number}, whose lines are {@code chunk} ("§ N" line first, {@code startRest}
	 * after its number); {@code agendaItem} is what the agenda says of it, or null.
	 */
	Protocol.Paragraph parse(int number, String startRest, List<ProtocolLine> chunk, AgendaReader.Item agendaItem) {
		ParagraphTitleReader.Title title = this.titles.read(number, startRest, chunk, agendaItem);
		List<ProtocolLine> lines = title.body();
		List<ParagraphHeadings.Part> parts = this.headings.split(lines);
		DecisionReader.Decision decision = this.decisions.read(title.title(), lines, parts);
		SectionReader.Sections read = this.sections.read(parts, decision.part());
		List<String> sentences = Prose.sentences(lines, this.headings);
		ParagraphTableReader.Tables tables = this.tables.read(lines);
		this.notes.addAll(tables.notes());
		List<Ballot> tableBallots = tables.ballots();
		List<BudgetReport> budgetReports = tables.budgets();
		List<DataTable> dataTables = tables.tables();
		return new Protocol.Paragraph(number, title.caseNumber(), title.title(), title.heading(), decision.kind(),
				decision.heading(), decision.text(), decision.points(), read.description(), read.sections(),
				read.documents(), this.statements.recusals(sentences), this.statements.proposals(sentences),
				this.votes.read(number, lines, sentences, tableBallots), this.statements.reservations(sentences),
				MotionReader.read(title.title(), title.heading(), lines, decision.text()), budgetReports,
				this.budgetNotes.read(lines, budgetReports),
				this.itemLists.reportsDelegatedDecisions(title.title())
						? this.itemLists.delegatedDecisions(parts, decision.part()) : List.of(),
				this.itemLists.reportsMessages(title.title()) ? this.itemLists.messages(parts, decision.part()) : List.of(),
				dataTables, chunk.get(0).page(),
				IMMEDIATELY_CHECKED.matcher(String.join(" ", chunk.stream().map(ProtocolLine::text).toList())).find());
	}

}
