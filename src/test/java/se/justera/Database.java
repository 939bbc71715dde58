package se.justera;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helper: every test starts from empty tables. */
public final class Database {

	private Database() {
	}

	/** Empties the shared test database, as its superuser: the app's role may not truncate. */
	public static void clear() {
		try (Connection c = TestDatabase.administratorConnection(); Statement sql = c.createStatement()) {
			sql.execute("truncate municipality, body, person, meeting restart identity cascade");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not empty the test database", ex);
		}
	}

	public static int count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

}
