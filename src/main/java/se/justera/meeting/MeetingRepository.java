package se.justera.meeting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.justera.graphql.Where;
import se.justera.jdbc.RecordRowMapper;

/** Meetings and their header parts; hand-written SQL for keyset pages and batch loading. */
@Repository
public class MeetingRepository {

	private static final String MEETING_COLUMNS = """
			m.id, m.body_id, m.meeting_date as date, m.starts_at, m.ends_at, m.place, m.secretary, m.checking_date,
			m.checking_time, m.checking_place, m.first_paragraph, m.last_paragraph, m.imported_at""";

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Meeting> findById(long id) {
		return this.jdbc.sql("select " + MEETING_COLUMNS + " from meeting m where m.id = ?")
			.params(id)
			.query(RecordRowMapper.of(Meeting.class))
			.optional();
	}

	/** A meeting read with what its selected fields need, in one statement ({@link MeetingParts}). */
	record WithParts(Meeting meeting, String[] parts) {
	}

	Optional<WithParts> findById(long id, MeetingParts.Plan plan, boolean withWithdrawn) {
		int count = plan.sql().size();
		RowMapper<Meeting> meetings = RecordRowMapper.of(Meeting.class);
		return this.jdbc.sql("select " + MEETING_COLUMNS + plan.columns() + " from meeting m where m.id = ?"
				+ (withWithdrawn ? "" : " and m.withdrawn_at is null"))
			.params(id)
			.query((rs, n) -> {
				String[] parts = new String[count];
				for (int i = 0; i < count; i++) {
					parts[i] = rs.getString("part_" + i);
				}
				return new WithParts(meetings.mapRow(rs, n), parts);
			})
			.optional();
	}

	/** The meetings of these ids, the withdrawn ones too only when asked (node(id:), as meeting(id:)). */
	List<Meeting> findByIds(Long[] ids, boolean withWithdrawn) {
		return this.jdbc.sql("select " + MEETING_COLUMNS + " from meeting m where m.id = any(?)"
				+ (withWithdrawn ? "" : " and m.withdrawn_at is null"))
			.params((Object) ids)
			.query(RecordRowMapper.of(Meeting.class))
			.list();
	}

	public List<Meeting> findByIds(Long[] ids) {
		return this.jdbc.sql("select " + MEETING_COLUMNS + " from meeting m where m.id = any(?)")
			.params((Object) ids)
			.query(RecordRowMapper.of(Meeting.class))
			.list();
	}

	/**
	 * A page of meetings read with the parts of the plan (the compliance summary), and the total
	 * matching the filter when asked for (counted once in the same statement, null otherwise).
	 */
	record Page(List<WithParts> rows, Integer total) {
	}

	/** In the given order by date, then id; {@code limit} rows after the cursor. */
	Page findPage(MeetingFilter filter, MeetingOrder order, MeetingCursor after, int limit, boolean total,
			MeetingParts.Plan plan) {
		RowMapper<Meeting> meetings = RecordRowMapper.of(Meeting.class);
		Rows<WithParts> rows = page(filter, order, after, limit, total, plan, MEETING_COLUMNS,
				(rs, n, parts) -> new WithParts(meetings.mapRow(rs, n), parts));
		return new Page(rows.rows(), rows.total());
	}

	/** A meeting's key (what its cursor is made of) and the plan's columns. */
	record KeyWithParts(MeetingCursor key, String[] parts) {
	}

	/**
	 * The same page with each meeting's key instead of the whole meeting: for a page whose meetings'
	 * JSON is one of the plan's columns, which needs no more of the row (reading and mapping the
	 * thirteen columns of 21 meetings was a sixth of a deep page's CPU, JFR).
	 */
	Rows<KeyWithParts> findKeyPage(MeetingFilter filter, MeetingOrder order, MeetingCursor after, int limit,
			boolean total, MeetingParts.Plan plan) {
		return page(filter, order, after, limit, total, plan, "m.id, m.meeting_date",
				(rs, n, parts) -> new KeyWithParts(new MeetingCursor(rs.getObject(2, LocalDate.class), rs.getLong(1)),
						parts));
	}

	/** A page's rows and, when asked for, the number of all that match. */
	record Rows<R>(List<R> rows, Integer total) {
	}

	@FunctionalInterface
	private interface PageRow<R> {

		R map(ResultSet rs, int rowNumber, String[] parts) throws SQLException;

	}

	private <R> Rows<R> page(MeetingFilter filter, MeetingOrder order, MeetingCursor after, int limit, boolean total,
			MeetingParts.Plan plan, String columns, PageRow<R> row) {
		Where where = where(filter);
		List<Object> params = new ArrayList<>();
		String totalColumn = "";
		if (total) {
			totalColumn = ", (select count(*)" + from(filter) + where.sql() + ") as total_count";
			params.addAll(where.params());
		}
		if (after != null) {
			where.add(order.after("m.meeting_date", "m.id"), after.date(), after.id());
		}
		params.addAll(where.params());
		int count = plan.sql().size();
		Integer[] counted = { null };
		List<R> rows = this.jdbc.sql("select " + columns + totalColumn + plan.columns() + from(filter) + where.sql()
				+ " order by " + order.orderBy("m.meeting_date", "m.id") + Where.limit(limit))
			.params(params)
			.query((rs, n) -> {
				if (total) {
					counted[0] = rs.getInt("total_count");
				}
				String[] parts = new String[count];
				for (int i = 0; i < count; i++) {
					parts[i] = rs.getString("part_" + i);
				}
				return row.map(rs, n, parts);
			})
			.list();
		if (total && counted[0] == null) {
			// no row to carry it: nothing matches, or the cursor is past the end
			counted[0] = after == null ? 0 : count(filter);
		}
		return new Rows<>(rows, counted[0]);
	}

	int count(MeetingFilter filter) {
		Where where = where(filter);
		return this.jdbc.sql("select count(*)" + from(filter) + where.sql()).params(where.params()).query(Integer.class).single();
	}

	/**
	 * The meetings, joined to their bodies and municipalities only when the filter names them: a
	 * page of all meetings is an index scan on meeting alone.
	 */
	private static String from(MeetingFilter filter) {
		if (filter.municipality() != null) {
			return " from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id";
		}
		return filter.body() != null || filter.bodyKind() != null ? " from meeting m join body b on b.id = m.body_id"
				: " from meeting m";
	}

	private static Where where(MeetingFilter filter) {
		// withdrawn meetings (011, MeetingAdministration) leave the lists: the one condition added here
		Where where = new Where().add("m.withdrawn_at is null")
			.addIf(filter.municipality(), "lower(mu.name) = lower(?)")
			.addIf(filter.body(), "lower(b.name) = lower(?)")
			.addIf(filter.bodyKind() == null ? null : filter.bodyKind().name(), "b.kind = ?")
			.addIf(filter.from(), "m.meeting_date >= ?")
			.addIf(filter.to(), "m.meeting_date <= ?")
			.addIf(filter.party(),
					"exists (select 1 from attendance a where a.meeting_id = m.id and lower(a.party) = lower(?))")
			.addIf(filter.caseNumber() == null ? null : Where.startingWith(filter.caseNumber()),
					"exists (select 1 from paragraph p where p.meeting_id = m.id and p.case_number" + Where.LIKE + ")");
		// rule and severity narrow the same finding: a QUORUM violation, not any QUORUM and any violation
		Where finding = new Where().addIf(filter.ruleId(), "f.rule_id = ?")
			.addIf(filter.severity(), "f.severity = ?");
		if (!finding.andSql().isEmpty()) {
			where.add("exists (select 1 from finding f where f.meeting_id = m.id and f.present" + finding.andSql() + ")",
					finding.params().toArray());
		}
		if (filter.hasFindings() != null) {
			where.add((filter.hasFindings() ? "" : "not ")
					+ "exists (select 1 from finding f where f.meeting_id = m.id and f.present)");
		}
		if (filter.hasReadingNotes() != null) {
			where.add((filter.hasReadingNotes() ? "" : "not ")
					+ "exists (select 1 from reading_note n where n.meeting_id = m.id and n.level = 'WARNING')");
		}
		return where;
	}

	List<Attendance> findAttendance(Long[] meetingIds) {
		return findAttendance(meetingIds, "");
	}

	List<Attendance> findChairs(Long[] meetingIds) {
		return findAttendance(meetingIds, " and a.role = 'CHAIR'");
	}

	private List<Attendance> findAttendance(Long[] meetingIds, String condition) {
		return this.jdbc.sql("""
				select a.meeting_id, a.person_id, p.name, a.party, a.role, a.title, a.replaces_person_id,
				       r.name as replaces_name, a.paragraphs, a.paragraphs_note
				from attendance a
				join person p on p.id = a.person_id
				left join person r on r.id = a.replaces_person_id
				where a.meeting_id = any(?)""" + condition + " order by a.meeting_id, a.position").params((Object) meetingIds).query(ATTENDANCE).list();
	}

	List<MinutesChecker> findCheckers(Long[] meetingIds) {
		return this.jdbc.sql("""
				select c.meeting_id, p.id, p.name from minutes_checker c join person p on p.id = c.person_id
				where c.meeting_id = any(?) order by c.meeting_id, c.position""")
			.params((Object) meetingIds)
			.query((rs, n) -> new MinutesChecker(rs.getLong("meeting_id"), new Person(rs.getLong("id"), rs.getString("name"))))
			.list();
	}

	List<Signature> findSignatures(Long[] meetingIds) {
		return this.jdbc.sql("""
				select meeting_id, role, name from signature where meeting_id = any(?) order by meeting_id, position""")
			.params((Object) meetingIds)
			.query(RecordRowMapper.of(Signature.class))
			.list();
	}

	public List<Notice> findNotices(Long[] meetingIds) {
		return this.jdbc.sql("""
				select meeting_id, body_name, meeting_date, posted_on, removed_on, minutes_kept_at,
				       stated_appeal_deadline, signed_by, paragraphs
				from notice where meeting_id = any(?)""").params((Object) meetingIds).query(RecordRowMapper.of(Notice.class)).list();
	}

	private static final RowMapper<Attendance> ATTENDANCE = (rs, n) -> new Attendance(rs.getLong("meeting_id"),
			new Person(rs.getLong("person_id"), rs.getString("name")), rs.getString("party"),
			AttendanceRole.valueOf(rs.getString("role")), rs.getString("title"),
			rs.getObject("replaces_person_id") == null ? null
					: new Person(rs.getLong("replaces_person_id"), rs.getString("replaces_name")),
			integers(rs, "paragraphs"), rs.getString("paragraphs_note"));

	private static List<Integer> integers(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? null : List.of((Integer[]) array.getArray());
	}

}
