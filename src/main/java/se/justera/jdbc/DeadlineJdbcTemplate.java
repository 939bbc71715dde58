package se.justera.jdbc;

import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JdbcTemplate whose statements end with the request they serve: each gets the time its request
 * has left as its query timeout, so pgjdbc cancels it in PostgreSQL when the request times out,
 * and a statement is not started at all once the time is up. PostgreSQL's statement_timeout on
 * every connection bounds work that has no request behind it.
 */
public class DeadlineJdbcTemplate extends JdbcTemplate {

	private final RequestWork work;

	public DeadlineJdbcTemplate(DataSource dataSource, RequestWork work) {
		super(dataSource);
		this.work = work;
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
		statement.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, (left + 999_999_999) / 1_000_000_000)));
	}

}
