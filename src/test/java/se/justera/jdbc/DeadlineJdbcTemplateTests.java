package se.justera.jdbc;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.StatementCallback;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** Each statement's query timeout, as pgjdbc gets it from a real PostgreSQL connection. */
class DeadlineJdbcTemplateTests {

	private static DataSource database;

	private final RequestWork work = new RequestWork();

	private final DeadlineJdbcTemplate jdbc = new DeadlineJdbcTemplate(database, this.work,
			Map.of(RequestWork.Pool.READ, Duration.ofSeconds(15), RequestWork.Pool.WRITE, Duration.ofSeconds(60)));

	@BeforeAll
	static void connect() {
		Map<String, String> db = TestDatabase.properties();
		database = new DriverManagerDataSource(db.get("spring.datasource.url"), db.get("spring.datasource.username"),
				db.get("spring.datasource.password"));
	}

	@AfterEach
	void end() {
		this.work.end();
	}

	private int queryTimeout() {
		return this.jdbc.execute((StatementCallback<Integer>) statement -> statement.getQueryTimeout());
	}

	@Test
	void aRequestWithLessTimeLeftThanItsPoolsStatementTimeoutBoundsItsStatements() {
		this.work.beginReading();
		this.work.deadline(System.nanoTime() + Duration.ofSeconds(5).toNanos());

		assertThat(queryTimeout()).isBetween(4, 5);
	}

	@Test
	void aRequestWithMoreTimeLeftLeavesItToPostgresqlsStatementTimeout() {
		this.work.beginReading();
		this.work.deadline(System.nanoTime() + Duration.ofSeconds(30).toNanos());

		assertThat(queryTimeout()).isZero();
	}

	@Test
	void theWritePoolsLongerStatementTimeoutIsTheBoundForWrites() {
		this.work.deadline(System.nanoTime() + Duration.ofSeconds(30).toNanos());

		int timeout = this.work.writing(this::queryTimeout);

		assertThat(timeout).isBetween(29, 30);
	}

}
