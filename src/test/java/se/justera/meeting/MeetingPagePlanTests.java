package se.justera.meeting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
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
 * A page's statement is planned once per connection, not at every execution: PostgreSQL caches a
 * generic plan only when it costs about what a custom one does, and a limit passed as a parameter
 * (costed as a tenth of the rows) made the generic plan of a deep page look a hundred times dearer,
 * so every page was planned again (half of PostgreSQL's CPU for a deep page).
 */
@IntegrationTest
class MeetingPagePlanTests {

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
		Map<String, String> database = TestDatabase.properties();
		try (Connection connection = DriverManager.getConnection(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), database.get("spring.datasource.password"))) {
			MeetingRepository meetings = new MeetingRepository(
					JdbcClient.create(new SingleConnectionDataSource(connection, true)));
			MeetingCursor middle = new MeetingCursor(LocalDate.of(2007, 1, 1), Long.MAX_VALUE);

			for (int i = 0; i < 20; i++) {
				assertThat(meetings.findKeyPage(MeetingFilter.NONE, MeetingOrder.NEWEST_FIRST, middle, 21, false,
						MeetingParts.Plan.NONE).rows()).hasSize(21);
			}

			Map<String, Object> plans = JdbcClient.create(new SingleConnectionDataSource(connection, true))
				.sql("select generic_plans, custom_plans from pg_prepared_statements where statement like 'select m.id, m.meeting_date from meeting m%'")
				.query()
				.singleRow();
			assertThat((Long) plans.get("generic_plans")).as("executions with the cached plan, of %s", plans)
				.isGreaterThan(10);
		}
	}

}
