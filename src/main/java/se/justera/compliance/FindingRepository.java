package se.justera.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
import se.justera.meeting.MeetingOrder;

/** Stored findings: replaced per meeting on every evaluation, read by meeting, paragraph, row. */
@Repository
class FindingRepository {

	private static final String COLUMNS = """
			f.id, f.meeting_id, f.rule_id, f.severity, f.paragraph, f.budget_report, f.budget_line, f.subject,
			f.message_sv, f.message_en, f.legal_basis, f.evidence, f.status, f.assignee, f.present, f.first_seen_at""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	FindingRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	private record Stored(String evidence, FindingStatus status, boolean present) {
	}

	/**
	 * Stores what the rules found in a meeting now. A finding seen before keeps its id and review
	 * history; one no longer found is marked absent, not deleted; a dismissed finding whose figures
	 * changed, or a resolved one whose cause returned, is reopened by the system.
	 */
	void record(long meetingId, List<Finding> findings, String rulesetVersion) {
		Map<String, Stored> stored = new HashMap<>();
		this.jdbc.sql("select id, evidence::text as evidence, status, present from finding where meeting_id = ? for update")
			.params(meetingId)
			.query((rs, n) -> stored.put(rs.getString("id"), new Stored(rs.getString("evidence"),
					FindingStatus.valueOf(rs.getString("status")), rs.getBoolean("present"))))
			.list();
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Finding f : findings) {
			String evidence = json(f.evidence());
			seen.add(f.id());
			Stored old = stored.get(f.id());
			if (old == null) {
				inserts.add(new Object[] { f.id(), meetingId, f.ruleId(), f.severity().name(), f.paragraph(),
						f.budgetReport(), f.budgetLine(), f.subject(), f.messageSv(), f.messageEn(), f.legalBasis(),
						evidence, rulesetVersion });
				continue;
			}
			String reopen = null;
			if (old.status() == FindingStatus.DISMISSED && !old.evidence().equals(evidence)) {
				reopen = "The figures changed since the dismissal: were " + old.evidence() + ", are " + evidence;
			}
			else if (old.status() == FindingStatus.RESOLVED && !old.present()) {
				reopen = "The cause is back after the finding was resolved";
			}
			updates.add(new Object[] { f.severity().name(), f.messageSv(), f.messageEn(), f.legalBasis(), evidence,
					rulesetVersion, reopen == null ? old.status().name() : FindingStatus.OPEN.name(), f.id() });
			if (reopen != null) {
				insertReview(f.id(), "REOPEN", "system", null, null, reopen, evidence);
			}
		}
		this.batch.batchUpdate("""
				insert into finding (id, meeting_id, rule_id, severity, paragraph, budget_report, budget_line, subject,
				                     message_sv, message_en, legal_basis, evidence, ruleset_version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), ?)""", inserts);
		this.batch.batchUpdate("""
				update finding set severity = ?, message_sv = ?, message_en = ?, legal_basis = ?, evidence = cast(? as json),
				       ruleset_version = ?, status = ?, present = true, last_seen_at = now()
				where id = ?""", updates);
		List<String> gone = stored.entrySet()
			.stream()
			.filter(e -> e.getValue().present() && !seen.contains(e.getKey()))
			.map(Map.Entry::getKey)
			.toList();
		if (!gone.isEmpty()) {
			this.jdbc.sql("update finding set present = false where id = any(?)")
				.params((Object) gone.toArray(String[]::new))
				.update();
		}
	}

	/** What a staging ruleset found in these meetings, replacing what it found in them before. */
	void stage(long rulesetId, Map<Long, List<Finding>> byMeeting) {
		this.jdbc.sql("delete from finding_stage where ruleset_id = ? and meeting_id = any(?)")
			.params(rulesetId, byMeeting.keySet().toArray(Long[]::new))
			.update();
		List<Object[]> rows = new ArrayList<>();
		byMeeting.forEach((meetingId, found) -> found.forEach(f -> rows.add(new Object[] { rulesetId, meetingId, f.id(),
				f.ruleId(), f.severity().name(), f.paragraph(), f.budgetReport(), f.budgetLine(), f.subject(),
				f.messageSv(), f.messageEn(), f.legalBasis(), json(f.evidence()) })));
		this.batch.batchUpdate("""
				insert into finding_stage (ruleset_id, meeting_id, id, rule_id, severity, paragraph, budget_report, budget_line,
				                           subject, message_sv, message_en, legal_basis, evidence)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json)) on conflict do nothing""", rows);
	}

	/**
	 * The switch: a staged ruleset's findings replace the stored ones, as {@link #record} would
	 * have done meeting by meeting, in set-based statements (one transaction, under the switch
	 * lock): ids and review history kept, absent findings marked so, dismissed findings whose figures
	 * changed and resolved ones whose cause returned reopened by the system. Returns the meetings staged.
	 */
	int applyStage(long rulesetId, String version) {
		String reopen = "(f.status = 'DISMISSED' and f.evidence::text <> s.evidence::text) or (f.status = 'RESOLVED' and not f.present)";
		this.jdbc.sql("""
				insert into finding_review (finding_id, action, actor, comment, evidence)
				select f.id, 'REOPEN', 'system',
				       case when f.status = 'DISMISSED'
				            then 'The figures changed since the dismissal: were ' || f.evidence::text || ', are ' || s.evidence::text
				            else 'The cause is back after the finding was resolved' end,
				       s.evidence
				from finding f join finding_stage s on s.ruleset_id = ? and s.id = f.id
				where %s order by f.id""".formatted(reopen)).params(rulesetId).update();
		this.jdbc.sql("""
				update finding f set severity = s.severity, message_sv = s.message_sv, message_en = s.message_en,
				       legal_basis = s.legal_basis, evidence = s.evidence, ruleset_version = ?,
				       status = case when %s then 'OPEN' else f.status end, present = true, last_seen_at = now()
				from finding_stage s where s.ruleset_id = ? and s.id = f.id""".formatted(reopen))
			.params(version, rulesetId)
			.update();
		this.jdbc.sql("""
				insert into finding (id, meeting_id, rule_id, severity, paragraph, budget_report, budget_line, subject,
				                     message_sv, message_en, legal_basis, evidence, ruleset_version)
				select s.id, s.meeting_id, s.rule_id, s.severity, s.paragraph, s.budget_report, s.budget_line, s.subject,
				       s.message_sv, s.message_en, s.legal_basis, s.evidence, ?
				from finding_stage s where s.ruleset_id = ? order by s.id on conflict (id) do nothing""")
			.params(version, rulesetId)
			.update();
		this.jdbc.sql("""
				update finding f set present = false
				where f.present and f.meeting_id in (select meeting_id from reevaluation where target = ? and state = 'DONE')
				  and not exists (select 1 from finding_stage s where s.ruleset_id = ? and s.id = f.id)""")
			.params(rulesetId, rulesetId)
			.update();
		int meetings = this.jdbc.sql("select count(*) from reevaluation where target = ? and state = 'DONE'")
			.params(rulesetId)
			.query(Integer.class)
			.single();
		this.jdbc.sql("delete from finding_stage where ruleset_id = ?").params(rulesetId).update();
		this.jdbc.sql("delete from reevaluation where target = ?").params(rulesetId).update();
		return meetings;
	}

	void insertReview(String findingId, String action, String actor, String justification, String assignee,
			String comment, String evidence) {
		this.jdbc.sql("""
				insert into finding_review (finding_id, action, actor, justification, assignee, comment, evidence)
				values (?, ?, ?, ?, ?, ?, cast(? as json))""")
			.params(findingId, action, actor, justification, assignee, comment, evidence)
			.update();
	}

	/** The findings of these ids; those of withdrawn meetings only when asked (node(id:)). */
	List<Finding> findByIds(String[] ids, boolean withWithdrawn) {
		return this.jdbc.sql("select " + COLUMNS + " from finding f where f.id = any(?)" + (withWithdrawn ? ""
				: " and not exists (select 1 from meeting w where w.id = f.meeting_id and w.withdrawn_at is not null)"))
			.params((Object) ids)
			.query(FINDING)
			.list();
	}

	java.util.Optional<Finding> findById(String id) {
		return this.jdbc.sql("select " + COLUMNS + " from finding f where f.id = ?").params(id).query(FINDING).optional();
	}

	/** Findings per review status over the filter (present ones unless includeGone). */
	Map<FindingStatus, Integer> countByStatus(FindingFilter filter) {
		Map<FindingStatus, Integer> counts = new EnumMap<>(FindingStatus.class);
		for (FindingStatus s : FindingStatus.values()) {
			counts.put(s, 0);
		}
		Where where = where(filter);
		this.jdbc.sql("select f.status, count(*)" + from(filter, List.of()) + where.sql() + " group by f.status")
			.params(where.params())
			.query((rs, n) -> counts.put(FindingStatus.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return counts;
	}

	List<Finding> findByMeetingIds(Long[] meetingIds) {
		return this.jdbc.sql("select " + COLUMNS + " from finding f where f.meeting_id = any(?) and f.present"
				+ " order by f.meeting_id, f.paragraph nulls first, f.rule_id, f.subject")
			.params((Object) meetingIds)
			.query(FINDING)
			.list();
	}

	/** The columns of a finding without its texts and figures (messages, legal basis, evidence). */
	private static final String SHORT_COLUMNS = """
			f.id, f.meeting_id, f.rule_id, f.severity, f.paragraph, f.budget_report, f.budget_line, f.subject,
			null as message_sv, null as message_en, null as legal_basis, null as evidence, f.status, f.assignee, f.present,
			f.first_seen_at""";

	/** A page of findings and, when asked for, the total matching the filter, counted in the same statement. */
	record Page(List<FindingRow> rows, Integer total) {
	}

	/**
	 * A page of findings in the order of their meetings' dates; keyset on (date, meeting, id).
	 * {@code texts}: whether the messages, legal basis and evidence are read (else they are null).
	 */
	Page findPage(FindingFilter filter, MeetingOrder order, FindingCursor after, int limit, boolean total,
			boolean texts) {
		Rows<FindingRow> rows = page(filter, order, after, limit, total, (texts ? COLUMNS : SHORT_COLUMNS) + ", f.meeting_date",
				(rs, n) -> new FindingRow(FINDING.mapRow(rs, n), rs.getObject("meeting_date", LocalDate.class)));
		return new Page(rows.rows(), rows.total());
	}

	/** A finding's key (what its cursor is made of) and its JSON. */
	record KeyWithJson(FindingCursor key, String json) {
	}

	/**
	 * The same page with each finding's key and {@code json}, an expression over the finding {@code f},
	 * instead of the finding: for a page answered as SQL, which needs no more of the row.
	 */
	Rows<KeyWithJson> findKeyPage(FindingFilter filter, MeetingOrder order, FindingCursor after, int limit,
			boolean total, String json) {
		return page(filter, order, after, limit, total, "f.id, f.meeting_id, f.meeting_date, " + json + "::text",
				(rs, n) -> new KeyWithJson(new FindingCursor(rs.getObject(3, LocalDate.class), rs.getLong(2), rs.getString(1)),
						rs.getString(4)));
	}

	/** A page's rows and, when asked for, the number of all that match. */
	record Rows<R>(List<R> rows, Integer total) {
	}

	private <R> Rows<R> page(FindingFilter filter, MeetingOrder order, FindingCursor after, int limit, boolean total,
			String columns, RowMapper<R> row) {
		Where where = where(filter);
		List<Object> params = new ArrayList<>();
		String totalColumn = "";
		if (total) {
			totalColumn = ", (select count(*)" + from(filter, List.of()) + where.sql() + ") as total_count";
			params.addAll(where.params());
		}
		if (after != null) {
			where.add(order.after("f.meeting_date", "f.meeting_id", "f.id"), after.date(), after.meetingId(), after.id());
		}
		params.addAll(where.params());
		Integer[] counted = { null };
		List<R> rows = this.jdbc.sql("select " + columns + totalColumn + from(filter, List.of()) + where.sql() + " order by "
				+ order.orderBy("f.meeting_date", "f.meeting_id", "f.id") + Where.limit(limit))
			.params(params)
			.query((rs, n) -> {
				if (total) {
					counted[0] = rs.getInt("total_count");
				}
				return row.mapRow(rs, n);
			})
			.list();
		if (total && counted[0] == null) {
			// no row to carry it: nothing matches, or the cursor is past the end
			counted[0] = after == null ? 0 : count(filter);
		}
		return new Rows<>(rows, counted[0]);
	}

	int count(FindingFilter filter) {
		Where where = where(filter);
		return this.jdbc.sql("select count(*)" + from(filter, List.of()) + where.sql()).params(where.params()).query(Integer.class).single();
	}

	/**
	 * The findings, with their meetings' bodies and municipalities only when the filter or a
	 * grouping names them: the date is the finding's own (changelog 012).
	 */
	private static String from(FindingFilter filter, List<Grouping> groupBy) {
		String from = " from finding f";
		if (filter.municipality() != null || groupBy.contains(Grouping.MUNICIPALITY)) {
			return from + " join meeting m on m.id = f.meeting_id join body b on b.id = m.body_id"
					+ " join municipality mu on mu.id = b.municipality_id";
		}
		return filter.body() != null || filter.bodyKind() != null || groupBy.contains(Grouping.BODY)
				? from + " join meeting m on m.id = f.meeting_id join body b on b.id = m.body_id" : from;
	}

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
		if (paragraphIds.isEmpty() && reportIds.isEmpty()) {
			// the usual case, and a statement that is cheap to plan
			this.jdbc.sql("select severity, count(*) from finding where present and meeting_id = any(?) group by severity")
				.params((Object) meetingIds.toArray(Long[]::new))
				.query((rs, n) -> counts.put(Severity.valueOf(rs.getString(1)), rs.getInt(2)))
				.list();
			return counts;
		}
		// each part on its own index: whole meetings by meeting, the others' paragraphs by (meeting, §)
		this.jdbc.sql("""
				with scope as (
				    select p.meeting_id, p.number from paragraph p
				    where p.id = any(:paragraphs) and not p.meeting_id = any(:meetings)
				    union
				    select p.meeting_id, p.number from budget_report r join paragraph p on p.id = r.paragraph_id
				    where r.id = any(:reports) and not p.meeting_id = any(:meetings))
				select severity, count(*) from (
				    select f.severity from finding f where f.present and f.meeting_id = any(:meetings)
				    union all
				    select f.severity from scope s
				    join finding f on f.meeting_id = s.meeting_id and f.paragraph = s.number and f.present) x
				group by severity""")
			.param("meetings", meetingIds.toArray(Long[]::new))
			.param("paragraphs", paragraphIds.toArray(Long[]::new))
			.param("reports", reportIds.toArray(Long[]::new))
			.query((rs, n) -> counts.put(Severity.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return counts;
	}

	/** What findings can be counted by, and the column each is. */
	enum Grouping {

		RULE("f.rule_id"), SEVERITY("f.severity"), BODY("b.name"), MUNICIPALITY("mu.name"),
		YEAR("extract(year from f.meeting_date)::int");

		final String column;

		Grouping(String column) {
			this.column = column;
		}

	}

	record Group(String ruleId, Severity severity, String body, String municipality, Integer year, int count) {
	}

	/** Findings counted by the given groupings, largest groups first. */
	List<Group> countBy(List<Grouping> groupBy, FindingFilter filter) {
		Where where = where(filter);
		String select = String.join("", groupBy.stream().map(g -> g.column + " as " + g.name().toLowerCase() + ", ").toList());
		String columns = String.join(", ", groupBy.stream().map(g -> g.column).toList());
		String group = groupBy.isEmpty() ? "" : " group by " + columns + " order by count(*) desc, " + columns;
		return this.jdbc.sql("select " + select + "count(*) as count" + from(filter, groupBy) + where.sql() + group)
			.params(where.params())
			.query((rs, n) -> new Group(groupBy.contains(Grouping.RULE) ? rs.getString("rule") : null,
					groupBy.contains(Grouping.SEVERITY) ? Severity.valueOf(rs.getString("severity")) : null,
					groupBy.contains(Grouping.BODY) ? rs.getString("body") : null,
					groupBy.contains(Grouping.MUNICIPALITY) ? rs.getString("municipality") : null,
					groupBy.contains(Grouping.YEAR) ? (Integer) rs.getObject("year") : null, rs.getInt("count")))
			.list();
	}

	/** The page a stored meeting's paragraph begins on, for a finding about it. */
	record ParagraphPage(long meetingId, int number, int page) {
	}

	/** The known pages of these meetings' paragraphs with these numbers (pairs by position). */
	List<ParagraphPage> pagesOfParagraphs(Long[] meetingIds, Integer[] numbers) {
		return this.jdbc.sql("""
				select p.meeting_id, p.number, p.page from paragraph p
				join unnest(?, ?) as wanted (meeting_id, number) on wanted.meeting_id = p.meeting_id and wanted.number = p.number
				where p.page is not null""")
			.params(meetingIds, numbers)
			.query((rs, n) -> new ParagraphPage(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
			.list();
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
		return this.jdbc.sql(sql.formatted(COLUMNS) + " and f.present order by key, f.rule_id, f.subject")
			.params((Object) ids)
			.query((rs, n) -> new Keyed(rs.getLong("key"), FINDING.mapRow(rs, n)))
			.list();
	}

	/** A finding of a page, with its meeting's date for the cursor, and the JSON asked for (or null). */
	record FindingRow(Finding finding, LocalDate meetingDate) {
	}

	private static Where where(FindingFilter filter) {
		// withdrawn meetings (011) leave the findings' lists, without joining meeting: the few withdrawn ids are
		// read once per statement (index of 013) and compared in memory; an anti-join probed the index once per
		// finding, which made a year's count of QUORUM findings 2-6 times slower (EXPLAIN ANALYZE)
		Where where = new Where()
			.add("f.meeting_id <> all (array(select w.id from meeting w where w.withdrawn_at is not null))");
		if (!Boolean.TRUE.equals(filter.includeGone())) {
			where.add("f.present");
		}
		return where.addIf(filter.municipality(), "lower(mu.name) = lower(?)")
			.addIf(filter.body(), "lower(b.name) = lower(?)")
			.addIf(filter.bodyKind() == null ? null : filter.bodyKind().name(), "b.kind = ?")
			.addIf(filter.from(), "f.meeting_date >= ?")
			.addIf(filter.to(), "f.meeting_date <= ?")
			.addIf(filter.ruleId(), "f.rule_id = ?")
			.addIf(filter.severity() == null ? null : filter.severity().name(), "f.severity = ?")
			.addIf(filter.caseNumber() == null ? null : Where.startingWith(filter.caseNumber()), """
					exists (select 1 from paragraph xp where xp.meeting_id = f.meeting_id and xp.number = f.paragraph
					        and xp.case_number like ? escape '\\')""")
			.addIf(filter.status() == null ? null : filter.status().name(), "f.status = ?")
			.addIf(filter.assignee(), "f.assignee = ?")
			.addIf(filter.olderThanDays(), "f.first_seen_at < now() - make_interval(days => ?)");
	}

	private static final RowMapper<Finding> FINDING = (rs, n) -> new Finding(rs.getString("id"), rs.getLong("meeting_id"),
			rs.getString("rule_id"), Severity.valueOf(rs.getString("severity")), integer(rs, "paragraph"),
			integer(rs, "budget_report"), integer(rs, "budget_line"), rs.getString("subject"), rs.getString("message_sv"),
			rs.getString("message_en"), rs.getString("legal_basis"), evidence(rs.getString("evidence")),
			FindingStatus.valueOf(rs.getString("status")), rs.getString("assignee"), rs.getBoolean("present"),
			rs.getObject("first_seen_at", java.time.OffsetDateTime.class), null);

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static String json(Map<String, Object> evidence) {
		return JSON.writeValueAsString(evidence);
	}

	private static Map<String, Object> evidence(String json) {
		if (json == null) {
			return null; // not read (SHORT_COLUMNS)
		}
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

}
