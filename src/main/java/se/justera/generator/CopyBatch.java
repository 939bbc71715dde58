package se.justera.generator;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.postgresql.PGConnection;

/** Rows for several tables gathered as CSV, then written with PostgreSQL's COPY, the fastest way in. */
final class CopyBatch {

	private final Map<String, StringBuilder> tables = new LinkedHashMap<>();

	/** Adds a row; the table's columns are named once, by the first call's key. */
	void row(String tableAndColumns, Object... values) {
		StringBuilder csv = this.tables.computeIfAbsent(tableAndColumns, k -> new StringBuilder());
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(values[i]));
		}
		csv.append('\n');
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> list) {
			StringBuilder array = new StringBuilder("{");
			for (Object item : list) {
				if (array.length() > 1) {
					array.append(',');
				}
				array.append(item);
			}
			return quote(array.append('}').toString());
		}
		return quote(value.toString());
	}

	private static String quote(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	/** Writes every table in the order rows were first added (parents before children). */
	long copy(Connection connection) throws SQLException, IOException {
		PGConnection pg = connection.unwrap(PGConnection.class);
		long rows = 0;
		for (Map.Entry<String, StringBuilder> table : this.tables.entrySet()) {
			rows += pg.getCopyAPI()
				.copyIn("copy " + table.getKey() + " from stdin (format csv)", new StringReader(table.getValue().toString()));
		}
		this.tables.clear();
		return rows;
	}

}
