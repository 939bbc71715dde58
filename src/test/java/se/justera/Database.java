package se.justera;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helper: every test starts from empty tables. */
public final class Database {

	private Database() {
	}

	public static void clear(JdbcClient jdbc) {
		jdbc.sql("truncate municipality, body, person, meeting restart identity cascade").update();
	}

	public static int count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

}
