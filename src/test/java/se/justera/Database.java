package se.justera;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helper: every test starts from empty tables. */
public final class Database {

	private Database() {
	}

	/**
	 * Empties the shared test database, as its superuser: the app's role may not truncate. The nodes'
	 * re-evaluation workers lock the same tables in another order, so a deadlock is retried.
	 */
	public static void clear() {
		for (int attempt = 1;; attempt++) {
			try (Connection c = TestDatabase.administratorConnection(); Statement sql = c.createStatement()) {
				sql.execute("truncate municipality, body, person, meeting restart identity cascade");
				return;
			}
			catch (SQLException ex) {
				if (!"40P01".equals(ex.getSQLState()) || attempt == 5) {
					throw new IllegalStateException("Could not empty the test database", ex);
				}
			}
		}
	}

	public static int count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

}
