package se.justera.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JdbcTemplate whose statements end with the request they serve: each gets the time its request
 * has left as its query timeout, so pgjdbc cancels it in PostgreSQL when the request times out,
 * and a statement is not started at all once the time is up. PostgreSQL's statement_timeout on
 * every connection bounds work that has no request behind it, and is enough alone while the request
 * has at least that long left: then no query timeout is set, for pgjdbc runs each one as a task on
 * a timer shared by all connections and purges that timer under its lock after every statement.
 */
public class DeadlineJdbcTemplate extends JdbcTemplate {

	private final RequestWork work;

	private final Map<RequestWork.Pool, Duration> statementTimeouts;

	/** {@code statementTimeouts}: PostgreSQL's statement_timeout on the connections of each pool. */
	public DeadlineJdbcTemplate(DataSource dataSource, RequestWork work, Map<RequestWork.Pool, Duration> statementTimeouts) {
		super(dataSource);
		this.work = work;
		this.statementTimeouts = Map.copyOf(statementTimeouts);
	}

	@Override
	protected void applyStatementSettings(Statement statement) throws SQLException {
		super.applyStatementSettings(statement);
		long left = this.work.nanosLeft();
		if (left == Long.MAX_VALUE) {
			return;
		}
		if (left <= 0) {
			throw new QueryTimeoutException("The request has no time left for another statement");
		}
		Duration bound = this.statementTimeouts.get(this.work.pool());
		if (bound != null && left >= bound.toNanos()) {
			return; // PostgreSQL stops the statement before the request's time is up
		}
		statement.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, (left + 999_999_999) / 1_000_000_000)));
	}

}
