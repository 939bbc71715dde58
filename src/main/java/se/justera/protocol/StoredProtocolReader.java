package se.justera.protocol;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.jdbc.RecordRowMapper;
import se.justera.meeting.AttendanceRole;
import se.justera.paragraph.BallotChoice;
import se.justera.paragraph.ParagraphKind;

/**
 * Reads stored meetings back into {@link Protocol}s, a batch at a time, with the parts the
 * compliance rules read: header, attendance, checkers, notice, paragraphs with their decisions,
 * recusals, proposals, votes, reservations, budget tables, each paragraph's page, and the reading
 * notes, so that the rules see the same unknown facts as at import; motions without their claims.
 * Sections, documents, delegated decisions, messages and other tables are left empty.
 */
@Component
public class StoredProtocolReader {

	/** A stored protocol with the municipality it belongs to. */
	public record StoredProtocol(long meetingId, String municipality, Protocol protocol) {
	}

	private final JdbcClient jdbc;

	StoredProtocolReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All meeting ids, oldest first, for a full re-evaluation. */
	public List<Long> allMeetingIds() {
		return this.jdbc.sql("select id from meeting order by id").query(Long.class).list();
	}

	public List<Long> meetingIdsOf(String municipality) {
		return this.jdbc.sql("""
				select m.id from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
				where lower(mu.name) = lower(?) order by m.id""").params(municipality).query(Long.class).list();
	}

	public List<StoredProtocol> read(List<Long> meetingIds) {
		Long[] ids = meetingIds.toArray(Long[]::new);
		Map<Long, Map<String, Object>> meetings = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.id, mu.name as municipality, b.name as body, m.meeting_date, m.starts_at, m.ends_at, m.place,
				       m.secretary, m.checking_date, m.checking_time, m.checking_place, m.first_paragraph, m.last_paragraph
				from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
				where m.id = any(?) order by m.id""").params((Object) ids).query().listOfRows()
			.forEach(row -> meetings.put(((Number) row.get("id")).longValue(), row));

		Map<Long, List<Protocol.Attendee>> attendees = group(this.jdbc.sql("""
				select a.meeting_id, p.name, a.party, a.role, a.title, r.name as replaces, a.paragraphs, a.paragraphs_note
				from attendance a join person p on p.id = a.person_id left join person r on r.id = a.replaces_person_id
				where a.meeting_id = any(?) order by a.meeting_id, a.position""").params((Object) ids)
			.query((rs, n) -> new Keyed<>(rs.getLong("meeting_id"), new Protocol.Attendee(rs.getString("name"),
					rs.getString("party"), AttendanceRole.valueOf(rs.getString("role")), rs.getString("title"),
					rs.getString("replaces"), integers(rs.getArray("paragraphs")), rs.getString("paragraphs_note"))))
			.list());
		Map<Long, List<String>> checkers = group(this.jdbc.sql("""
				select c.meeting_id, p.name from minutes_checker c join person p on p.id = c.person_id
				where c.meeting_id = any(?) order by c.meeting_id, c.position""").params((Object) ids)
			.query((rs, n) -> new Keyed<>(rs.getLong(1), rs.getString(2)))
			.list());
		Map<Long, Protocol.Notice> notices = new HashMap<>();
		this.jdbc.sql("""
				select meeting_id, body_name, meeting_date, posted_on, removed_on, minutes_kept_at, stated_appeal_deadline,
				       signed_by, paragraphs from notice where meeting_id = any(?)""").params((Object) ids)
			.query((rs, n) -> notices.put(rs.getLong("meeting_id"), new Protocol.Notice(rs.getString("body_name"),
					date(rs, "meeting_date"), date(rs, "posted_on"), date(rs, "removed_on"), rs.getString("minutes_kept_at"),
					date(rs, "stated_appeal_deadline"), rs.getString("signed_by"),
					List.of((Integer[]) rs.getArray("paragraphs").getArray()))))
			.list();
		Map<Long, List<Protocol.Paragraph>> paragraphs = paragraphs(ids);
		Map<Long, List<ReadingNote>> notes = group(this.jdbc.sql("""
				select meeting_id, line, page, level, fact, message from reading_note
				where meeting_id = any(?) order by meeting_id, position""").params((Object) ids)
			.query((rs, n) -> new Keyed<>(rs.getLong("meeting_id"), new ReadingNote((Integer) rs.getObject("line"),
					(Integer) rs.getObject("page"), ReadingNote.Level.valueOf(rs.getString("level")), rs.getString("fact"),
					rs.getString("message"))))
			.list());

		List<StoredProtocol> result = new ArrayList<>();
		meetings.forEach((id, m) -> result.add(new StoredProtocol(id, (String) m.get("municipality"),
				new Protocol((String) m.get("body"), ((java.sql.Date) m.get("meeting_date")).toLocalDate(),
						time(m.get("starts_at")), time(m.get("ends_at")), (String) m.get("place"),
						attendees.getOrDefault(id, List.of()), checkers.getOrDefault(id, List.of()),
						m.get("checking_date") == null ? null : ((java.sql.Date) m.get("checking_date")).toLocalDate(),
						time(m.get("checking_time")), (String) m.get("checking_place"), (String) m.get("secretary"),
						List.of(), (Integer) m.get("first_paragraph"), (Integer) m.get("last_paragraph"),
						notices.get(id), paragraphs.getOrDefault(id, List.of()), notes.getOrDefault(id, List.of())))));
		return result;
	}

	private record ParagraphRow(long id, long meetingId, int number, String caseNumber, String title, String heading,
			ParagraphKind kind, String decisionHeading, String decisionText, String description, Integer page,
			boolean immediatelyChecked) {
	}

	private Map<Long, List<Protocol.Paragraph>> paragraphs(Long[] meetingIds) {
		List<ParagraphRow> rows = this.jdbc.sql("""
				select id, meeting_id, number, case_number, title, heading, kind, decision_heading, decision_text, description,
				       page, immediately_checked
				from paragraph where meeting_id = any(?) order by meeting_id, position""").params((Object) meetingIds)
			.query(RecordRowMapper.of(ParagraphRow.class))
			.list();
		Long[] ids = rows.stream().map(ParagraphRow::id).toArray(Long[]::new);
		Map<Long, List<String>> points = group(this.jdbc
			.sql("select paragraph_id, text from decision_point where paragraph_id = any(?) order by paragraph_id, number")
			.params((Object) ids)
			.query((rs, n) -> new Keyed<>(rs.getLong(1), rs.getString(2)))
			.list());
		Map<Long, List<Protocol.Recusal>> recusals = group(this.jdbc.sql("""
				select r.paragraph_id, p.name, r.note from recusal r join person p on p.id = r.person_id
				where r.paragraph_id = any(?)""").params((Object) ids)
			.query((rs, n) -> new Keyed<>(rs.getLong(1), new Protocol.Recusal(rs.getString(2), rs.getString(3))))
			.list());
		Map<Long, List<Protocol.Proposal>> proposals = group(this.jdbc.sql("""
				select x.paragraph_id, p.name, x.party, x.text from proposal x join person p on p.id = x.person_id
				where x.paragraph_id = any(?) order by x.paragraph_id, x.position""").params((Object) ids)
			.query((rs, n) -> new Keyed<>(rs.getLong(1),
					new Protocol.Proposal(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list());
		Map<Long, List<Protocol.Reservation>> reservations = group(this.jdbc.sql("""
				select r.paragraph_id, p.name, r.party, r.text from reservation r join person p on p.id = r.person_id
				where r.paragraph_id = any(?)""").params((Object) ids)
			.query((rs, n) -> new Keyed<>(rs.getLong(1),
					new Protocol.Reservation(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list());
		Map<Long, List<Protocol.Vote>> votes = votes(ids);
		Map<Long, List<Protocol.BudgetReport>> budgets = budgets(ids);
		Map<Long, List<Protocol.BudgetNote>> notes = group(this.jdbc.sql("""
				select paragraph_id, unit, amount, text, action_plan_reported from budget_note
				where paragraph_id = any(?) order by paragraph_id, position""").params((Object) ids)
			.query((rs, n) -> new Keyed<>(rs.getLong(1), new Protocol.BudgetNote(rs.getString(2),
					(Long) rs.getObject(3), rs.getString(4), rs.getBoolean(5))))
			.list());
		// the motion without its claims: what the motion rules read (when it was raised, whether the delay was reported)
		Map<Long, Protocol.Motion> motions = new HashMap<>();
		this.jdbc.sql("""
				select paragraph_id, party, title, outcome, raised_on, delay_reported from motion
				where paragraph_id = any(?)""").params((Object) ids)
			.query((rs, n) -> motions.put(rs.getLong("paragraph_id"), new Protocol.Motion(rs.getString("party"),
					rs.getString("title"), List.of(),
					rs.getString("outcome") == null ? null : se.justera.motion.MotionOutcome.valueOf(rs.getString("outcome")),
					date(rs, "raised_on"), rs.getBoolean("delay_reported"))))
			.list();
		Map<Long, List<Protocol.Paragraph>> result = new HashMap<>();
		for (ParagraphRow p : rows) {
			result.computeIfAbsent(p.meetingId(), k -> new ArrayList<>())
				.add(new Protocol.Paragraph(p.number(), p.caseNumber(), p.title(), p.heading(), p.kind(),
						p.decisionHeading(), p.decisionText(), points.getOrDefault(p.id(), List.of()), p.description(),
						List.of(), List.of(), recusals.getOrDefault(p.id(), List.of()),
						proposals.getOrDefault(p.id(), List.of()), votes.getOrDefault(p.id(), List.of()),
						reservations.getOrDefault(p.id(), List.of()), motions.get(p.id()), budgets.getOrDefault(p.id(), List.of()),
						notes.getOrDefault(p.id(), List.of()), List.of(), List.of(), List.of(), p.page(),
						p.immediatelyChecked()));
		}
		return result;
	}

	private Map<Long, List<Protocol.Vote>> votes(Long[] paragraphIds) {
		record VoteRow(long id, long paragraphId, String proposition, Integer yes, Integer no, Integer abstain,
				String resultText) {
		}
		List<VoteRow> rows = this.jdbc.sql("""
				select id, paragraph_id, proposition, yes_count as yes, no_count as no, abstain_count as abstain, result_text
				from vote where paragraph_id = any(?) order by paragraph_id, position""").params((Object) paragraphIds)
			.query(RecordRowMapper.of(VoteRow.class))
			.list();
		Map<Long, List<Protocol.Ballot>> ballots = group(this.jdbc.sql("""
				select b.vote_id, p.name, b.party, b.choice from ballot b join person p on p.id = b.person_id
				where b.vote_id = any(?) order by b.vote_id, b.position""")
			.params((Object) rows.stream().map(VoteRow::id).toArray(Long[]::new))
			.query((rs, n) -> new Keyed<>(rs.getLong(1), new Protocol.Ballot(rs.getString(2), rs.getString(3),
					BallotChoice.valueOf(rs.getString(4)))))
			.list());
		Map<Long, List<Protocol.Vote>> result = new HashMap<>();
		for (VoteRow v : rows) {
			result.computeIfAbsent(v.paragraphId(), k -> new ArrayList<>())
				.add(new Protocol.Vote(v.proposition(), v.yes(), v.no(), v.abstain(), v.resultText(),
						ballots.getOrDefault(v.id(), List.of())));
		}
		return result;
	}

	private Map<Long, List<Protocol.BudgetReport>> budgets(Long[] paragraphIds) {
		record ReportRow(long id, long paragraphId, String title, String amountUnit, String period, String fullYear) {
		}
		record LineRow(long id, long reportId, int position, Long parentId, String label, BudgetLineLevel level,
				Emphasis emphasis, Long periodBudget, Long periodActual, Long periodDeviation, Long yearBudget,
				Long yearForecast, Long yearDeviation, Long priorYearPeriodActual, Long previousForecast,
				Long forecastChange, java.math.BigDecimal yearDeviationPercent) {
		}
		List<ReportRow> reports = this.jdbc.sql("""
				select id, paragraph_id, title, amount_unit, period, full_year from budget_report
				where paragraph_id = any(?) order by paragraph_id, position""").params((Object) paragraphIds)
			.query(RecordRowMapper.of(ReportRow.class))
			.list();
		Map<Long, List<LineRow>> lines = new HashMap<>();
		this.jdbc.sql("""
				select id, report_id, position, parent_id, label, level, emphasis, period_budget, period_actual,
				       period_deviation, year_budget, year_forecast, year_deviation, prior_year_period_actual,
				       previous_forecast, forecast_change, year_deviation_percent
				from budget_line where report_id = any(?) order by report_id, position""")
			.params((Object) reports.stream().map(ReportRow::id).toArray(Long[]::new))
			.query(RecordRowMapper.of(LineRow.class))
			.list()
			.forEach(l -> lines.computeIfAbsent(l.reportId(), k -> new ArrayList<>()).add(l));
		Map<Long, List<Protocol.BudgetReport>> result = new HashMap<>();
		for (ReportRow r : reports) {
			List<LineRow> rows = lines.getOrDefault(r.id(), List.of());
			Map<Long, Integer> positionOf = new HashMap<>();
			rows.forEach(l -> positionOf.put(l.id(), l.position()));
			List<Protocol.BudgetLine> parsed = rows.stream()
				.map(l -> new Protocol.BudgetLine(l.label(), l.level(), l.emphasis(),
						l.parentId() == null ? null : positionOf.get(l.parentId()), l.periodBudget(), l.periodActual(),
						l.periodDeviation(), l.yearBudget(), l.yearForecast(), l.yearDeviation(), l.priorYearPeriodActual(),
						l.previousForecast(), l.forecastChange(), l.yearDeviationPercent()))
				.toList();
			result.computeIfAbsent(r.paragraphId(), k -> new ArrayList<>())
				.add(new Protocol.BudgetReport(r.title(), r.amountUnit(), r.period(), r.fullYear(), parsed));
		}
		return result;
	}

	private record Keyed<T>(long key, T value) {
	}

	private static <T> Map<Long, List<T>> group(List<Keyed<T>> rows) {
		Map<Long, List<T>> grouped = new HashMap<>();
		rows.forEach(r -> grouped.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
		return grouped;
	}

	private static List<Integer> integers(Array array) throws SQLException {
		return array == null ? null : List.of((Integer[]) array.getArray());
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static LocalTime time(Object value) {
		return value == null ? null : ((java.sql.Time) value).toLocalTime();
	}

}
