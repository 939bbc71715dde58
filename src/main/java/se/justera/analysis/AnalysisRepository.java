package se.justera.analysis;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.justera.analysis.AnalysisFilters.BudgetGrouping;
import se.justera.analysis.AnalysisFilters.BudgetLineFilter;
import se.justera.analysis.AnalysisFilters.MotionFilter;
import se.justera.analysis.AnalysisFilters.ParagraphFilter;
import se.justera.budget.BudgetLine;
import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.compliance.Severity;
import se.justera.graphql.Where;
import se.justera.meeting.MeetingOrder;
import se.justera.motion.Motion;
import se.justera.motion.MotionOutcome;
import se.justera.paragraph.Paragraph;
import se.justera.paragraph.ParagraphKind;

/** SQL for the analysts' queries: keyset pages, full-text search, sums and counts in the database. */
@Repository
class AnalysisRepository {

	// withdrawn meetings (011, MeetingAdministration) leave the analyses: the one condition added here
	private static final String MEETING_JOINS = " join meeting m on m.id = p.meeting_id and m.withdrawn_at is null"
			+ " join body b on b.id = m.body_id"
			+ " join municipality mu on mu.id = b.municipality_id";

	/**
	 * Where the meeting is not joined (no filter on it): paragraphs of withdrawn meetings left out by
	 * an anti-join on the few withdrawn (index of 013), as the findings' lists do.
	 */
	private static final String NOT_WITHDRAWN = "not exists (select 1 from meeting w where w.id = p.meeting_id"
			+ " and w.withdrawn_at is not null)";

	/** A finding fd on paragraph p. */
	private static final String PARAGRAPH_FINDING = "fd.meeting_id = p.meeting_id and fd.paragraph = p.number";

	/** A finding fd on budget line l of report r in paragraph p. */
	private static final String LINE_FINDING = PARAGRAPH_FINDING + " and fd.budget_report = r.position and fd.budget_line = l.position";

	private static final String PARAGRAPH_COLUMNS = "p.id, p.meeting_id, p.number, p.case_number, p.title, p.heading,"
			+ " p.kind, p.decision_heading, p.decision_text, p.description, p.page, p.immediately_checked";

	/**
	 * Whether a budget row is a committee for the municipality: its configured units when it has
	 * any, else rows named …nämnd(en). The same rule as ComplianceSettings.isCommittee, in SQL.
	 */
	private static final String COMMITTEE = """
			(exists (select 1 from budget_unit u where u.municipality_id = mu.id and lower(u.label) = lower(l.label) and u.committee)
			 or (not exists (select 1 from budget_unit u where u.municipality_id = mu.id)
			     and lower(l.label) ~ 'nämnd(en)?$' and lower(l.label) not like 'summa%'))""";

	private final JdbcClient jdbc;

	AnalysisRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---------------------------------------------------------------- paragraphs

	/**
	 * A cursor's key, read and checked by the service: a row's date, rank or deviation percent (null
	 * for a row without one), then its id.
	 */
	record Key(Object value, long id) {
	}

	record ParagraphRow(Paragraph paragraph, LocalDate meetingDate, Float rank, String snippet) {
	}

	/**
	 * A page of paragraphs: without a search by their meetings' dates; with one, the matches by rank
	 * (best first) or, when {@code byDate} is given, by date.
	 */
	List<ParagraphRow> paragraphs(String search, ParagraphFilter filter, MeetingOrder byDate, Key after, int limit) {
		Where where = paragraphWhere(filter);
		if (search == null) {
			if (after != null) {
				where.add(byDate.after("m.meeting_date", "p.id"), after.value(), after.id());
			}
			return this.jdbc.sql("select " + PARAGRAPH_COLUMNS + ", m.meeting_date from paragraph p" + MEETING_JOINS
					+ where.sql() + " order by " + byDate.orderBy("m.meeting_date", "p.id") + Where.limit(limit))
				.params(where.params())
				.query((rs, n) -> new ParagraphRow(paragraph(rs), rs.getObject("meeting_date", LocalDate.class), null, null))
				.list();
		}
		where.add("p.search_vector @@ q");
		if (byDate == null && !needsMeeting(filter)) {
			where.add(NOT_WITHDRAWN);
		}
		if (after != null) {
			where.add(byDate == null ? "(ts_rank(p.search_vector, q), p.id) < (?::real, ?)"
					: byDate.after("m.meeting_date", "p.id"), after.value(), after.id());
		}
		String innerOrder = byDate == null ? "rank desc, p.id desc" : byDate.orderBy("m.meeting_date", "p.id");
		String outerOrder = byDate == null ? "top.rank desc, top.id desc" : byDate.orderBy("top.meeting_date", "top.id");
		// the search words first: q comes before the conditions in the SQL
		List<Object> params = new ArrayList<>();
		params.add(search);
		params.addAll(where.params());
		// rank and page on ids alone, then read and highlight only the page's rows: carrying whole
		// rows through the sort of every match tripled the cost of a common word
		String dateColumn = byDate != null ? ", m.meeting_date" : "";
		return this.jdbc.sql("select " + PARAGRAPH_COLUMNS + ", m.meeting_date, top.rank,"
				+ " ts_headline('swedish', p.title || ' – ' || coalesce(p.decision_text, '') || ' ' || coalesce(p.description, ''),"
				+ " top.q, 'StartSel=<b>, StopSel=</b>, MaxWords=30, MinWords=12, MaxFragments=2') as snippet"
				+ " from (select p.id, q, ts_rank(p.search_vector, q) as rank" + dateColumn + searchFrom(filter, byDate != null)
				+ where.sql() + " order by " + innerOrder + Where.limit(limit) + ") top"
				+ " join paragraph p on p.id = top.id join meeting m on m.id = p.meeting_id order by " + outerOrder)
			.params(params)
			.query((rs, n) -> new ParagraphRow(paragraph(rs), rs.getObject("meeting_date", LocalDate.class),
					rs.getFloat("rank"), rs.getString("snippet")))
			.list();
	}

	/**
	 * The search query q, parsed once per statement: written inside ts_rank and the match, a
	 * server-prepared (generic) plan parsed it again for every matching row, at half the throughput.
	 */
	private static String searchFrom(ParagraphFilter filter, boolean withMeeting) {
		return " from websearch_to_tsquery('swedish', ?) q, paragraph p"
				+ (withMeeting || needsMeeting(filter) ? MEETING_JOINS : "");
	}

	/** Whether the filter names anything of the meeting, its body or municipality. */
	private static boolean needsMeeting(ParagraphFilter f) {
		return f.municipality() != null || f.body() != null || f.bodyKind() != null || f.from() != null || f.to() != null;
	}

	int countParagraphs(String search, ParagraphFilter filter) {
		Where where = paragraphWhere(filter);
		if (!needsMeeting(filter)) {
			where.add(NOT_WITHDRAWN);
		}
		if (search == null) {
			return this.jdbc.sql("select count(*) from paragraph p" + (needsMeeting(filter) ? MEETING_JOINS : "") + where.sql())
				.params(where.params())
				.query(Integer.class)
				.single();
		}
		where.add("p.search_vector @@ q");
		List<Object> params = new ArrayList<>();
		params.add(search);
		params.addAll(where.params());
		return this.jdbc.sql("select count(*)" + searchFrom(filter, false) + where.sql()).params(params).query(Integer.class).single();
	}

	private static Where paragraphWhere(ParagraphFilter f) {
		Where where = new Where().addIf(f.municipality(), "lower(mu.name) = lower(?)")
			.addIf(f.body(), "lower(b.name) = lower(?)")
			.addIf(f.bodyKind() == null ? null : f.bodyKind().name(), "b.kind = ?")
			.addIf(f.from(), "m.meeting_date >= ?")
			.addIf(f.to(), "m.meeting_date <= ?")
			.addIf(f.caseNumber() == null ? null : Where.startingWith(f.caseNumber()), "p.case_number" + Where.LIKE)
			.addIf(f.kind() == null ? null : f.kind().name(), "p.kind = ?");
		return findings(where, PARAGRAPH_FINDING, f.hasFindings(), f.ruleId(), f.severity());
	}

	/**
	 * Narrows to rows with or without present findings, and to rows with a present finding of the
	 * rule and severity: the same finding when both are given.
	 */
	private static Where findings(Where where, String finding, Boolean hasFindings, String ruleId, Severity severity) {
		if (hasFindings != null) {
			where.add((hasFindings ? "" : "not ") + "exists (select 1 from finding fd where " + finding + " and fd.present)");
		}
		Where same = new Where().addIf(ruleId, "fd.rule_id = ?").addIf(severity == null ? null : severity.name(), "fd.severity = ?");
		if (!same.andSql().isEmpty()) {
			where.add("exists (select 1 from finding fd where " + finding + " and fd.present" + same.andSql() + ")",
					same.params().toArray());
		}
		return where;
	}

	private static Paragraph paragraph(ResultSet rs) throws SQLException {
		return new Paragraph(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("number"), rs.getString("case_number"),
				rs.getString("title"), rs.getString("heading"), ParagraphKind.valueOf(rs.getString("kind")),
				rs.getString("decision_heading"), rs.getString("decision_text"), rs.getString("description"),
				(Integer) rs.getObject("page"), rs.getBoolean("immediately_checked"));
	}

	// ---------------------------------------------------------------- motions

	record MotionRow(Motion motion, LocalDate meetingDate) {
	}

	List<MotionRow> motions(MotionFilter filter, MeetingOrder order, Key after, int limit) {
		Where where = motionWhere(filter);
		if (after != null) {
			where.add(order.after("m.meeting_date", "x.id"), after.value(), after.id());
		}
		return this.jdbc.sql("select x.id, x.paragraph_id, x.party, x.title, x.outcome, x.raised_on, x.delay_reported,"
				+ " m.meeting_date from motion x"
				+ " join paragraph p on p.id = x.paragraph_id" + MEETING_JOINS + where.sql() + " order by "
				+ order.orderBy("m.meeting_date", "x.id") + Where.limit(limit))
			.params(where.params())
			.query((rs, n) -> new MotionRow(new Motion(rs.getLong("id"), rs.getLong("paragraph_id"), rs.getString("party"),
					rs.getString("title"), rs.getString("outcome") == null ? null : MotionOutcome.valueOf(rs.getString("outcome")),
					rs.getObject("raised_on", LocalDate.class), rs.getBoolean("delay_reported")),
					rs.getObject("meeting_date", LocalDate.class)))
			.list();
	}

	int countMotions(MotionFilter filter) {
		Where where = motionWhere(filter);
		return this.jdbc.sql("select count(*) from motion x join paragraph p on p.id = x.paragraph_id" + MEETING_JOINS
				+ where.sql()).params(where.params()).query(Integer.class).single();
	}

	private static Where motionWhere(MotionFilter f) {
		Where where = new Where().addIf(f.municipality(), "lower(mu.name) = lower(?)")
			.addIf(f.body(), "lower(b.name) = lower(?)")
			.addIf(f.bodyKind() == null ? null : f.bodyKind().name(), "b.kind = ?")
			.addIf(f.party(), "lower(x.party) = lower(?)")
			.addIf(f.caseNumber() == null ? null : Where.startingWith(f.caseNumber()), "p.case_number" + Where.LIKE)
			.addIf(f.outcome() == null ? null : f.outcome().name(), "x.outcome = ?")
			.addIf(f.from(), "m.meeting_date >= ?")
			.addIf(f.to(), "m.meeting_date <= ?");
		// a motion's findings are those of its paragraph, as Motion.findings shows them
		return findings(where, PARAGRAPH_FINDING, f.hasFindings(), f.ruleId(), f.severity());
	}

	// ---------------------------------------------------------------- budget

	/** A row's full-year deviation in percent of its full-year budget, as shown; negative is a deficit. */
	private static final String DEVIATION_PERCENT = "round(l.year_deviation * 100.0 / nullif(abs(l.year_budget), 0), 2)";

	private static final String LINE_JOINS = " from budget_line l join budget_report r on r.id = l.report_id"
			+ " join paragraph p on p.id = r.paragraph_id" + MEETING_JOINS;

	record LineRow(BudgetLine line, long meetingId, LocalDate meetingDate, Double deviationPercent) {
	}

	/**
	 * A page of budget rows by their meetings' dates, or, for {@link BudgetLineOrder#LARGEST_DEFICIT_FIRST},
	 * by deviation percent from the largest deficit up, rows without a percent last.
	 */
	List<LineRow> budgetLines(BudgetLineFilter filter, BudgetLineOrder order, Key after, int limit) {
		Where where = lineWhere(filter);
		MeetingOrder byDate = order.byDate();
		String orderBy;
		if (byDate == null) {
			if (after != null && after.value() == null) {
				where.add(DEVIATION_PERCENT + " is null and l.id > ?", after.id());
			}
			else if (after != null) {
				where.add("(" + DEVIATION_PERCENT + " > ? or (" + DEVIATION_PERCENT + " = ? and l.id > ?) or " + DEVIATION_PERCENT
						+ " is null)", after.value(), after.value(), after.id());
			}
			orderBy = "deviation_percent asc nulls last, l.id asc";
		}
		else {
			if (after != null) {
				where.add(byDate.after("m.meeting_date", "l.id"), after.value(), after.id());
			}
			orderBy = byDate.orderBy("m.meeting_date", "l.id");
		}
		return this.jdbc.sql("select l.id, l.report_id, l.position, l.parent_id, l.label, l.level, l.emphasis,"
				+ " l.period_budget, l.period_actual, l.period_deviation, l.year_budget, l.year_forecast, l.year_deviation,"
				+ " l.prior_year_period_actual, l.previous_forecast, l.forecast_change, l.year_deviation_percent,"
				+ " m.id as meeting_id, m.meeting_date, " + DEVIATION_PERCENT + " as deviation_percent" + LINE_JOINS
				+ where.sql() + " order by " + orderBy + Where.limit(limit))
			.params(where.params())
			.query((rs, n) -> new LineRow(new BudgetLine(rs.getLong("id"), rs.getLong("report_id"), rs.getInt("position"),
					(Long) rs.getObject("parent_id"), rs.getString("label"), BudgetLineLevel.valueOf(rs.getString("level")),
					Emphasis.valueOf(rs.getString("emphasis")), (Long) rs.getObject("period_budget"),
					(Long) rs.getObject("period_actual"), (Long) rs.getObject("period_deviation"),
					(Long) rs.getObject("year_budget"), (Long) rs.getObject("year_forecast"),
					(Long) rs.getObject("year_deviation"), (Long) rs.getObject("prior_year_period_actual"),
					(Long) rs.getObject("previous_forecast"), (Long) rs.getObject("forecast_change"),
					rs.getBigDecimal("year_deviation_percent")), rs.getLong("meeting_id"),
					rs.getObject("meeting_date", LocalDate.class), decimal(rs, "deviation_percent")))
			.list();
	}

	int countBudgetLines(BudgetLineFilter filter) {
		Where where = lineWhere(filter);
		return this.jdbc.sql("select count(*)" + LINE_JOINS + where.sql()).params(where.params()).query(Integer.class).single();
	}

	record BudgetTotal(String municipality, String body, String unit, Integer year, String period, int lines,
			Double periodBudget, Double periodActual, Double periodDeviation, Double yearBudget, Double yearForecast,
			Double yearDeviation, Double deviationPercent) {
	}

	List<BudgetTotal> budgetTotals(List<BudgetGrouping> groupBy, BudgetLineFilter filter) {
		Where where = lineWhere(filter);
		List<String> columns = groupBy.stream().map(g -> g.column).toList();
		String select = String.join(", ", groupBy.stream().map(g -> g.column + " as " + g.name().toLowerCase(Locale.ROOT)).toList());
		String group = columns.isEmpty() ? "" : " group by " + String.join(", ", columns) + " order by " + String.join(", ", columns);
		return this.jdbc.sql("select " + (select.isEmpty() ? "" : select + ", ") + "count(*) as lines,"
				+ " sum(l.period_budget) as period_budget, sum(l.period_actual) as period_actual,"
				+ " sum(l.period_deviation) as period_deviation, sum(l.year_budget) as year_budget,"
				+ " sum(l.year_forecast) as year_forecast, sum(l.year_deviation) as year_deviation,"
				+ " round(sum(l.year_deviation) * 100.0 / nullif(abs(sum(l.year_budget)), 0), 2) as deviation_percent"
				+ LINE_JOINS + where.sql() + group)
			.params(where.params())
			.query((rs, n) -> new BudgetTotal(groupBy.contains(BudgetGrouping.MUNICIPALITY) ? rs.getString("municipality") : null,
					groupBy.contains(BudgetGrouping.BODY) ? rs.getString("body") : null,
					groupBy.contains(BudgetGrouping.UNIT) ? rs.getString("unit") : null,
					groupBy.contains(BudgetGrouping.YEAR) ? (Integer) rs.getObject("year") : null,
					groupBy.contains(BudgetGrouping.PERIOD) ? rs.getString("period") : null, rs.getInt("lines"),
					decimal(rs, "period_budget"), decimal(rs, "period_actual"), decimal(rs, "period_deviation"),
					decimal(rs, "year_budget"), decimal(rs, "year_forecast"), decimal(rs, "year_deviation"),
					decimal(rs, "deviation_percent")))
			.list();
	}

	private static Where lineWhere(BudgetLineFilter f) {
		Where where = new Where().addIf(f.municipality(), "lower(mu.name) = lower(?)")
			.addIf(f.body(), "lower(b.name) = lower(?)")
			.addIf(f.bodyKind() == null ? null : f.bodyKind().name(), "b.kind = ?")
			.addIf(f.from(), "m.meeting_date >= ?")
			.addIf(f.to(), "m.meeting_date <= ?")
			.addIf(f.label() == null ? null : Where.containing(f.label().toLowerCase(Locale.ROOT)), "lower(l.label)" + Where.LIKE)
			.addIf(f.level() == null ? null : f.level().name(), "l.level = ?")
			.addIf(f.minDeficitPercent(),
					"l.year_deviation < 0 and -l.year_deviation * 100.0 >= ? * nullif(abs(l.year_budget), 0)")
			.addIf(f.caseNumber() == null ? null : Where.startingWith(f.caseNumber()), "p.case_number" + Where.LIKE);
		if (Boolean.TRUE.equals(f.committeesOnly())) {
			where.add(COMMITTEE);
		}
		return findings(where, LINE_FINDING, f.hasFindings(), f.ruleId(), f.severity());
	}

	private static Double decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.doubleValue();
	}

}
