package se.justera.paragraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.justera.jdbc.RecordRowMapper;
import se.justera.meeting.Person;
import se.justera.paragraph.ParagraphParts.Ballot;
import se.justera.paragraph.ParagraphParts.DecisionPoint;
import se.justera.paragraph.ParagraphParts.DelegatedDecision;
import se.justera.paragraph.ParagraphParts.Message;
import se.justera.paragraph.ParagraphParts.Proposal;
import se.justera.paragraph.ParagraphParts.Recusal;
import se.justera.paragraph.ParagraphParts.Reservation;
import se.justera.paragraph.ParagraphParts.Section;
import se.justera.paragraph.ParagraphParts.SupportingDocument;
import se.justera.paragraph.ParagraphParts.Table;
import se.justera.paragraph.ParagraphParts.TableRow;
import se.justera.paragraph.ParagraphParts.Vote;

/** Paragraphs and their parts, each loaded for many parents in one statement. */
@Repository
public class ParagraphRepository {

	private static final String COLUMNS = """
			id, meeting_id, number, case_number, title, heading, kind, decision_heading, decision_text, description, page,
			immediately_checked""";

	private final JdbcClient jdbc;

	ParagraphRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Paragraph> findByMeetingIds(Long[] meetingIds) {
		return this.jdbc.sql("select " + COLUMNS + " from paragraph where meeting_id = any(?) order by meeting_id, position")
			.params((Object) meetingIds)
			.query(RecordRowMapper.of(Paragraph.class))
			.list();
	}

	/** A paragraph's key by its number in its meeting. */
	record Number(long meetingId, int number) {
	}

	Map<Number, Paragraph> findByNumbers(Set<Number> numbers) {
		Long[] meetings = numbers.stream().map(Number::meetingId).toArray(Long[]::new);
		Integer[] wanted = numbers.stream().map(Number::number).toArray(Integer[]::new);
		Map<Number, Paragraph> found = new HashMap<>();
		this.jdbc.sql("select " + COLUMNS + " from paragraph where (meeting_id, number) in"
				+ " (select * from unnest(cast(? as bigint[]), cast(? as int[])))")
			.params(meetings, wanted)
			.query(RecordRowMapper.of(Paragraph.class))
			.list()
			.forEach(p -> found.putIfAbsent(new Number(p.meetingId(), p.number()), p));
		return found;
	}

	/** The paragraphs of these ids; those of withdrawn meetings only when asked (node(id:)). */
	List<Paragraph> findByIds(Long[] ids, boolean withWithdrawn) {
		return this.jdbc.sql("select " + COLUMNS + " from paragraph where id = any(?)" + (withWithdrawn ? ""
				: " and not exists (select 1 from meeting w where w.id = paragraph.meeting_id and w.withdrawn_at is not null)"))
			.params((Object) ids)
			.query(RecordRowMapper.of(Paragraph.class))
			.list();
	}

	public List<Paragraph> findByIds(Long[] ids) {
		return this.jdbc.sql("select " + COLUMNS + " from paragraph where id = any(?)")
			.params((Object) ids)
			.query(RecordRowMapper.of(Paragraph.class))
			.list();
	}

	List<DecisionPoint> findDecisionPoints(Long[] paragraphIds) {
		return byParagraph("select paragraph_id, number, text from decision_point", "number", paragraphIds,
				DecisionPoint.class);
	}

	List<Section> findSections(Long[] paragraphIds) {
		return byParagraph("select paragraph_id, heading, text from paragraph_section", "position", paragraphIds,
				Section.class);
	}

	List<SupportingDocument> findSupportingDocuments(Long[] paragraphIds) {
		return byParagraph("select paragraph_id, title from supporting_document", "position", paragraphIds,
				SupportingDocument.class);
	}

	List<Recusal> findRecusals(Long[] paragraphIds) {
		return this.jdbc.sql("""
				select r.paragraph_id, p.id, p.name, r.note from recusal r join person p on p.id = r.person_id
				where r.paragraph_id = any(?) order by r.paragraph_id, p.name""")
			.params((Object) paragraphIds)
			.query((rs, n) -> new Recusal(rs.getLong("paragraph_id"), person(rs.getLong("id"), rs.getString("name")),
					rs.getString("note")))
			.list();
	}

	List<Proposal> findProposals(Long[] paragraphIds) {
		return this.jdbc.sql("""
				select x.paragraph_id, p.id, p.name, x.party, x.text from proposal x join person p on p.id = x.person_id
				where x.paragraph_id = any(?) order by x.paragraph_id, x.position""")
			.params((Object) paragraphIds)
			.query((rs, n) -> new Proposal(rs.getLong("paragraph_id"), person(rs.getLong("id"), rs.getString("name")),
					rs.getString("party"), rs.getString("text")))
			.list();
	}

	List<Vote> findVotes(Long[] paragraphIds) {
		return byParagraph("""
				select id, paragraph_id, proposition, yes_count as yes, no_count as no, abstain_count as abstain,
				       result_text from vote""", "position", paragraphIds, Vote.class);
	}

	List<Ballot> findBallots(Long[] voteIds) {
		return this.jdbc.sql("""
				select b.vote_id, p.id, p.name, b.party, b.choice from ballot b join person p on p.id = b.person_id
				where b.vote_id = any(?) order by b.vote_id, b.position""")
			.params((Object) voteIds)
			.query((rs, n) -> new Ballot(rs.getLong("vote_id"), person(rs.getLong("id"), rs.getString("name")),
					rs.getString("party"), BallotChoice.valueOf(rs.getString("choice"))))
			.list();
	}

	List<Reservation> findReservations(Long[] paragraphIds) {
		return this.jdbc.sql("""
				select r.paragraph_id, p.id, p.name, r.party, r.text from reservation r join person p on p.id = r.person_id
				where r.paragraph_id = any(?) order by r.paragraph_id, p.name""")
			.params((Object) paragraphIds)
			.query((rs, n) -> new Reservation(rs.getLong("paragraph_id"), person(rs.getLong("id"), rs.getString("name")),
					rs.getString("party"), rs.getString("text")))
			.list();
	}

	List<DelegatedDecision> findDelegatedDecisions(Long[] paragraphIds) {
		return byParagraph("select paragraph_id, delegate, text from delegated_decision", "position", paragraphIds,
				DelegatedDecision.class);
	}

	List<Message> findMessages(Long[] paragraphIds) {
		return byParagraph("select paragraph_id, text from message", "position", paragraphIds, Message.class);
	}

	List<Table> findTables(Long[] paragraphIds) {
		return byParagraph("select id, paragraph_id, title from data_table", "position", paragraphIds, Table.class);
	}

	List<TableRow> findTableRows(Long[] tableIds) {
		RowMapper<TableRow> mapper = (rs, n) -> new TableRow(rs.getLong("table_id"), rs.getBoolean("header"),
				List.of((String[]) rs.getArray("cells").getArray()));
		return this.jdbc.sql("select table_id, header, cells from data_table_row where table_id = any(?)"
				+ " order by table_id, position").params((Object) tableIds).query(mapper).list();
	}

	private <T extends Record> List<T> byParagraph(String select, String order, Long[] paragraphIds, Class<T> type) {
		return this.jdbc.sql(select + " where paragraph_id = any(?) order by paragraph_id, " + order)
			.params((Object) paragraphIds)
			.query(RecordRowMapper.of(type))
			.list();
	}

	private static Person person(long id, String name) {
		return new Person(id, name);
	}

}
