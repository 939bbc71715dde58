package se.justera.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import se.justera.IntegrationTest;
import se.justera.TestDatabase;
import se.justera.jdbc.RequestWork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database guards itself: with the app's own credentials nothing can alter a table, lift the
 * audit log's protection, or rewrite its history; readers' sessions cannot write; a statement ends
 * with its request.
 */
@IntegrationTest
class DatabasePrivilegeTests {

	@Autowired
	@Qualifier("readPool")
	DataSource readPool;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RequestWork work;

	@ParameterizedTest
	@ValueSource(strings = { "drop trigger audit_log_no_update on audit_log",
			"alter table audit_log disable trigger audit_log_no_update", "alter table meeting add column forged text",
			"drop table finding", "update audit_log set actor = 'nobody'", "delete from audit_log", "truncate audit_log",
			"set session_replication_role = replica", "create table forged (x int)",
			"insert into audit_log (at, actor, roles, operation, arguments, outcome) values ('2000-01-01', 'x', '', 'x', '{}', 'OK')",
			"select setval('audit_log_id_seq', 1)", "update meeting_version_file set file_name = 'forged.pdf'",
			"delete from meeting_version_file", "truncate meeting_version_file", "create or replace function audit_log_append_only() returns trigger"
					+ " language plpgsql as $$ begin return new; end $$" })
	void theAppsRoleCannot(String sql) throws SQLException {
		try (Connection c = asTheApp(); Statement statement = c.createStatement()) {
			assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class)
				.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isIn("42501", "42P01"));
		}
	}

	@Test
	void theAppsRoleIsNoSuperuserAndOwnsNothing() throws SQLException {
		try (Connection c = asTheApp(); Statement statement = c.createStatement();
				var rs = statement.executeQuery("""
						select r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
						       (select count(*) from pg_class c where c.relowner = r.oid) as owned
						from pg_roles r where r.rolname = current_user""")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getBoolean(1) || rs.getBoolean(2) || rs.getBoolean(3) || rs.getBoolean(4)).isFalse();
			assertThat(rs.getInt(5)).isZero();
		}
	}

	@Test
	void theAppsRoleMayStillAppendToTheAuditLog() throws SQLException {
		try (Connection c = asTheApp(); Statement statement = c.createStatement()) {
			int rows = statement.executeUpdate("insert into audit_log (actor, roles, operation, arguments, outcome)"
					+ " values ('test', '', 'privilegeTest', '{}', 'OK')");
			assertThat(rows).isEqualTo(1);
		}
	}

	@Test
	void readersSessionsRefuseWritesAndHaveAStatementTimeout() throws SQLException {
		try (Connection c = this.readPool.getConnection(); Statement statement = c.createStatement()) {
			assertThat(show(statement, "default_transaction_read_only")).isEqualTo("on");
			assertThat(show(statement, "statement_timeout")).isEqualTo("15s");
			assertThatThrownBy(() -> statement.execute("insert into municipality (name) values ('Skrivby')"))
				.hasMessageContaining("read-only");
		}
	}

	@Test
	void aStatementIsCancelledWhenItsRequestRunsOutOfTime() {
		this.work.deadline(System.nanoTime() + 1_000_000_000L);
		try {
			assertThatThrownBy(() -> this.jdbc.execute("select pg_sleep(30)")).isInstanceOf(DataAccessException.class)
				.rootCause()
				.hasMessageContaining("canceling statement");
		}
		finally {
			this.work.end();
		}
	}

	@Test
	void noStatementStartsOnceTheRequestHasNoTimeLeft() {
		this.work.deadline(System.nanoTime() - 1);
		try {
			assertThatThrownBy(() -> this.jdbc.queryForObject("select 1", Integer.class))
				.isInstanceOf(org.springframework.dao.QueryTimeoutException.class);
		}
		finally {
			this.work.end();
		}
	}

	private static String show(Statement statement, String setting) throws SQLException {
		try (var rs = statement.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static Connection asTheApp() throws SQLException {
		Map<String, String> app = TestDatabase.properties();
		return DriverManager.getConnection(app.get("spring.datasource.url"), app.get("spring.datasource.username"),
				app.get("spring.datasource.password"));
	}

}
