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

	/** The parameters, in the order of the conditions. */
	public List<Object> params() {
		return new ArrayList<>(this.params);
	}

	/**
	 * A limit written into the statement, not passed as a parameter: with {@code limit ?} PostgreSQL's
	 * generic plan guesses a tenth of the rows, costs far more than a custom one and is never
	 * chosen, so every execution is planned again (the deep page's statement: 53 000 a second by
	 * pgbench against 121 000 with the limit written in). A page's limit is one of about a hundred
	 * numbers, so the statements stay few.
	 */
	public static String limit(int rows) {
		if (rows < 0) {
			throw new IllegalArgumentException("a limit is not negative: " + rows);
		}
		return " limit " + rows;
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
