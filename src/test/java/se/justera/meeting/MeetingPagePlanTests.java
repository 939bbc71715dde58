package se.justera.meeting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page of meetings asks PostgreSQL, read from the statements it holds prepared for the
 * connection. The tables: only those the filter names. The plan: made once per connection, not at
 * every execution. PostgreSQL caches a generic plan only when it costs about what a custom one
 * does, and a limit passed as a parameter (costed as a tenth of the rows) made the generic plan of
 * a deep page look a hundred times dearer, so every page was planned again (half of PostgreSQL's
 * CPU for a deep page).
 */
@IntegrationTest
class MeetingPagePlanTests {

	private static final String PAGE = "select m.id, m.meeting_date from meeting m";

	@BeforeEach
	void fiveThousandMeetings() throws SQLException {
		Database.clear();
		try (Connection c = TestDatabase.administratorConnection(); Statement sql = c.createStatement()) {
			sql.execute("insert into municipality (name) values ('Plan')");
			sql.execute("insert into body (municipality_id, name, kind) select id, 'Kommunstyrelsen', 'EXECUTIVE_BOARD' from municipality");
			sql.execute("""
					insert into meeting (body_id, meeting_date, source_sha256)
					select b.id, date '2000-01-01' + g, md5(g::text) from body b, generate_series(1, 5000) g""");
			sql.execute("analyze meeting");
		}
	}

	@Test
	void aDeepPageIsPlannedOnceAndThenReusesItsPlan() throws SQLException {
		try (Connection connection = connection()) {
			MeetingRepository meetings = new MeetingRepository(jdbc(connection));
			MeetingCursor middle = new MeetingCursor(LocalDate.of(2007, 1, 1), Long.MAX_VALUE);

			for (int i = 0; i < 20; i++) {
				assertThat(meetings.findKeyPage(MeetingFilter.NONE, MeetingOrder.NEWEST_FIRST, middle, 21, false,
						MeetingParts.Plan.NONE).rows()).hasSize(21);
			}

			Map<String, Object> plans = jdbc(connection)
				.sql("select generic_plans, custom_plans from pg_prepared_statements where statement like '" + PAGE + "%'")
				.query()
				.singleRow();
			assertThat((Long) plans.get("generic_plans")).as("executions with the cached plan, of %s", plans)
				.isGreaterThan(10);
		}
	}

	/** A page of all meetings reads meeting alone; body and municipality are joined only for a filter on them. */
	@Test
	void aPageJoinsOnlyTheTablesItsFilterNames() throws SQLException {
		MeetingFilter byBody = new MeetingFilter(null, "Kommunstyrelsen", null, null, null, null, null, null, null, null, null);
		MeetingFilter byMunicipality = new MeetingFilter("Plan", null, null, null, null, null, null, null, null, null, null);
		try (Connection connection = connection()) {
			MeetingRepository meetings = new MeetingRepository(jdbc(connection));

			// pgjdbc prepares a statement on the server from its fifth execution on
			for (MeetingFilter filter : List.of(MeetingFilter.NONE, byBody, byMunicipality)) {
				for (int i = 0; i < 6; i++) {
					assertThat(meetings.findKeyPage(filter, MeetingOrder.NEWEST_FIRST, null, 21, false,
							MeetingParts.Plan.NONE).rows()).hasSize(21);
				}
			}

			List<String> froms = jdbc(connection)
				.sql("select substring(statement from ' from .* where ') from pg_prepared_statements where statement like '"
						+ PAGE + "%'")
				.query(String.class)
				.list();
			assertThat(froms).containsExactlyInAnyOrder(" from meeting m where ",
					" from meeting m join body b on b.id = m.body_id where ",
					" from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id where ");
		}
	}

	private static Connection connection() throws SQLException {
		Map<String, String> database = TestDatabase.properties();
		return DriverManager.getConnection(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), database.get("spring.datasource.password"));
	}

	private static JdbcClient jdbc(Connection connection) {
		return JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}

}
