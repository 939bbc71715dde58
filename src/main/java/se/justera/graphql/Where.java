package se.justera.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A SQL where clause built from a filter's non-null fields, with its parameters in order. */
public final class Where {

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

}
