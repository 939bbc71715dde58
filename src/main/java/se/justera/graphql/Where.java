package se.justera.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A SQL where clause built from a filter's non-null fields, with its parameters in order. */
public final class Where {

	/**
	 * SQL for a pattern made by {@link #startingWith} or {@link #containing}: backslash escapes, as
	 * it does by default in PostgreSQL, said explicitly.
	 */
	public static final String LIKE = " like ? escape '\\'";

	private final List<String> conditions = new ArrayList<>();

	private final List<Object> params = new ArrayList<>();

	public Where add(String condition, Object... values) {
		this.conditions.add(condition);
		this.params.addAll(Arrays.asList(values));
		return this;
	}

	/** Adds the condition only when the value is given. */
	public Where addIf(Object value, String condition) {
		return value == null ? this : add(condition, value);
	}

	public String sql() {
		return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
	}

	/** The conditions to append to another where clause: {@code " and a and b"}, or empty. */
	public String andSql() {
		return this.conditions.isEmpty() ? "" : " and " + String.join(" and ", this.conditions);
	}

	/** The parameters, followed by any that come after the where clause (a limit). */
	public List<Object> params(Object... more) {
		List<Object> all = new ArrayList<>(this.params);
		all.addAll(Arrays.asList(more));
		return all;
	}

	/** A {@link #LIKE} pattern for text that starts with {@code prefix}, its %, _ and backslash taken literally. */
	public static String startingWith(String prefix) {
		return literal(prefix) + "%";
	}

	/** A {@link #LIKE} pattern for text that contains {@code part}, its %, _ and backslash taken literally. */
	public static String containing(String part) {
		return "%" + literal(part) + "%";
	}

	private static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
