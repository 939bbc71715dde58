package se.justera.budget;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.justera.jdbc.RecordRowMapper;

@Repository
class BudgetRepository {

	private static final String REPORT = """
			select r.id, r.paragraph_id, p.meeting_id, r.title, r.amount_unit, r.period, r.full_year
			from budget_report r join paragraph p on p.id = r.paragraph_id""";

	private static final String LINE = """
			select id, report_id, position, parent_id, label, level, emphasis, period_budget, period_actual,
			       period_deviation, year_budget, year_forecast, year_deviation, prior_year_period_actual,
			       previous_forecast, forecast_change, year_deviation_percent from budget_line""";

	private final JdbcClient jdbc;

	BudgetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<BudgetReport> findReportsByParagraphIds(Long[] ids) {
		return this.jdbc.sql(REPORT + " where r.paragraph_id = any(?) order by r.paragraph_id, r.position")
			.params((Object) ids)
			.query(RecordRowMapper.of(BudgetReport.class))
			.list();
	}

	List<BudgetReport> findReportsByMeetingIds(Long[] ids) {
		return this.jdbc.sql(REPORT + " where p.meeting_id = any(?) order by p.meeting_id, p.position, r.position")
			.params((Object) ids)
			.query(RecordRowMapper.of(BudgetReport.class))
			.list();
	}

	List<BudgetLine> findLinesByReportIds(Long[] ids) {
		return this.jdbc.sql(LINE + " where report_id = any(?) order by report_id, position")
			.params((Object) ids)
			.query(RecordRowMapper.of(BudgetLine.class))
			.list();
	}

	List<BudgetLine> findLinesByIds(Long[] ids) {
		return this.jdbc.sql(LINE + " where id = any(?)").params((Object) ids).query(RecordRowMapper.of(BudgetLine.class)).list();
	}

	List<BudgetNote> findNotesByParagraphIds(Long[] ids) {
		return this.jdbc.sql("""
				select paragraph_id, unit, amount, text, action_plan_reported from budget_note
				where paragraph_id = any(?) order by paragraph_id, position""")
			.params((Object) ids)
			.query(RecordRowMapper.of(BudgetNote.class))
			.list();
	}

}
