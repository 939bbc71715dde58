package se.justera.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.justera.graphql.Where;

/** Stored findings: replaced per meeting on every evaluation, read by meeting, paragraph, row. */
@Repository
class FindingRepository {

	private static final String COLUMNS = """
			f.id, f.meeting_id, f.rule_id, f.severity, f.paragraph, f.budget_report, f.budget_line, f.subject,
			f.message_sv, f.message_en, f.legal_basis, f.evidence""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	FindingRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void replace(long meetingId, List<Finding> findings, String rulesetVersion) {
		this.jdbc.sql("delete from finding where meeting_id = ?").params(meetingId).update();
		List<Object[]> rows = new ArrayList<>(findings.size());
		for (Finding f : findings) {
			rows.add(new Object[] { f.id(), meetingId, f.ruleId(), f.severity().name(), f.paragraph(), f.budgetReport(),
					f.budgetLine(), f.subject(), f.messageSv(), f.messageEn(), f.legalBasis(), json(f.evidence()),
					rulesetVersion });
		}
		// one round trip for all of a meeting's findings
		this.batch.batchUpdate("""
				insert into finding (id, meeting_id, rule_id, severity, paragraph, budget_report, budget_line, subject,
				                     message_sv, message_en, legal_basis, evidence, ruleset_version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), ?)""", rows);
	}

	List<Finding> findByMeetingIds(Long[] meetingIds) {
		return this.jdbc.sql("select " + COLUMNS + " from finding f where f.meeting_id = any(?)"
				+ " order by f.meeting_id, f.paragraph nulls first, f.rule_id, f.subject")
			.params((Object) meetingIds)
			.query(FINDING)
			.list();
	}

	/** Findings of a page of findings, newest meetings first; keyset on (date, meeting, id). */
	List<FindingRow> findPage(FindingFilter filter, FindingCursor after, int limit) {
		Where where = where(filter);
		if (after != null) {
			where.add("(m.meeting_date, m.id, f.id) < (?, ?, ?)", after.date(), after.meetingId(), after.id());
		}
		return this.jdbc.sql("select " + COLUMNS + ", m.meeting_date" + FROM + where.sql()
				+ " order by m.meeting_date desc, m.id desc, f.id desc limit ?")
			.params(where.params(limit))
			.query((rs, n) -> new FindingRow(FINDING.mapRow(rs, n), rs.getObject("meeting_date", java.time.LocalDate.class)))
			.list();
	}

	int count(FindingFilter filter) {
		Where where = where(filter);
		return this.jdbc.sql("select count(*)" + FROM + where.sql()).params(where.params()).query(Integer.class).single();
	}

	private static final String FROM = " from finding f join meeting m on m.id = f.meeting_id"
			+ " join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id";

	/**
	 * Findings per severity over whole meetings, and over the paragraphs (by id) and budget tables
	 * (by id, counted by their paragraph) of the others.
	 */
	Map<Severity, Integer> countBySeverity(Collection<Long> meetingIds, Collection<Long> paragraphIds,
			Collection<Long> reportIds) {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity s : Severity.values()) {
			counts.put(s, 0);
		}
		this.jdbc.sql("""
				select f.severity, count(*) from finding f
				where f.meeting_id = any(:meetings)
				   or (f.meeting_id, f.paragraph) in (
				       select p.meeting_id, p.number from paragraph p
				       where p.id = any(:paragraphs)
				          or p.id in (select r.paragraph_id from budget_report r where r.id = any(:reports)))
				group by f.severity""")
			.param("meetings", meetingIds.toArray(Long[]::new))
			.param("paragraphs", paragraphIds.toArray(Long[]::new))
			.param("reports", reportIds.toArray(Long[]::new))
			.query((rs, n) -> counts.put(Severity.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return counts;
	}

	/** A finding with the id of the entity it was looked up for (a paragraph, motion, table, row). */
	record Keyed(long key, Finding finding) {
	}

	List<Keyed> findByParagraphIds(Long[] ids) {
		return keyed("""
				select p.id as key, %s from paragraph p
				join finding f on f.meeting_id = p.meeting_id and f.paragraph = p.number
				where p.id = any(?)""", ids);
	}

	List<Keyed> findByMotionIds(Long[] ids) {
		return keyed("""
				select m.id as key, %s from motion m join paragraph p on p.id = m.paragraph_id
				join finding f on f.meeting_id = p.meeting_id and f.paragraph = p.number
				where m.id = any(?)""", ids);
	}

	List<Keyed> findByBudgetReportIds(Long[] ids) {
		return keyed("""
				select r.id as key, %s from budget_report r join paragraph p on p.id = r.paragraph_id
				join finding f on f.meeting_id = p.meeting_id and f.paragraph = p.number and f.budget_report = r.position
				where r.id = any(?)""", ids);
	}

	List<Keyed> findByBudgetLineIds(Long[] ids) {
		return keyed("""
				select l.id as key, %s from budget_line l join budget_report r on r.id = l.report_id
				join paragraph p on p.id = r.paragraph_id
				join finding f on f.meeting_id = p.meeting_id and f.paragraph = p.number and f.budget_report = r.position
				                and f.budget_line = l.position
				where l.id = any(?)""", ids);
	}

	private List<Keyed> keyed(String sql, Long[] ids) {
		return this.jdbc.sql(sql.formatted(COLUMNS) + " order by key, f.rule_id, f.subject")
			.params((Object) ids)
			.query((rs, n) -> new Keyed(rs.getLong("key"), FINDING.mapRow(rs, n)))
			.list();
	}

	record FindingRow(Finding finding, java.time.LocalDate meetingDate) {
	}

	private static Where where(FindingFilter filter) {
		return new Where().addIf(filter.municipality(), "lower(mu.name) = lower(?)")
			.addIf(filter.body(), "lower(b.name) = lower(?)")
			.addIf(filter.from(), "m.meeting_date >= ?")
			.addIf(filter.to(), "m.meeting_date <= ?")
			.addIf(filter.ruleId(), "f.rule_id = ?")
			.addIf(filter.severity() == null ? null : filter.severity().name(), "f.severity = ?");
	}

	private static final RowMapper<Finding> FINDING = (rs, n) -> new Finding(rs.getString("id"), rs.getLong("meeting_id"),
			rs.getString("rule_id"), Severity.valueOf(rs.getString("severity")), integer(rs, "paragraph"),
			integer(rs, "budget_report"), integer(rs, "budget_line"), rs.getString("subject"), rs.getString("message_sv"),
			rs.getString("message_en"), rs.getString("legal_basis"), evidence(rs.getString("evidence")));

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static String json(Map<String, Object> evidence) {
		return JSON.writeValueAsString(evidence);
	}

	private static Map<String, Object> evidence(String json) {
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

}
