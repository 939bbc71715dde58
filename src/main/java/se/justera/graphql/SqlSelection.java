package se.justera.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import org.springframework.validation.BindException;

/**
 * Writes one request's selection as SQL that builds its JSON in PostgreSQL: each object a
 * {@code json_build_object} of its selected fields under their response keys, in the selection's
 * order, each list a {@code json_agg} in the list's order. One per request: it hands out the
 * statement's aliases and collects its parameters (named, so that the order of writing does not
 * matter).
 */
public final class SqlSelection {

	/** PostgreSQL takes at most 100 arguments in a call: 50 keys and values. */
	private static final int MAX_FIELDS = 50;

	private final Map<String, Map<String, SqlField>> types;

	private final ArgumentBinder binder;

	private final Map<String, Object> parameters = new HashMap<>();

	/**
	 * The joins of the statements being written (a list's, a root field's), by the alias of their
	 * rows and of the rows joined to them.
	 */
	private final Map<String, StringBuilder> joins = new HashMap<>();

	private int aliases;

	SqlSelection(Map<String, Map<String, SqlField>> types, ArgumentBinder binder) {
		this.types = types;
		this.binder = binder;
	}

	/**
	 * The object of {@code typeName} for the row aliased {@code row} with the fields selected below
	 * {@code field}, or null when one of them cannot be written as SQL.
	 */
	public String object(ExecutableNormalizedField field, String typeName, String row) {
		List<ExecutableNormalizedField> children = field.getChildren();
		Map<String, SqlField> fields = this.types.getOrDefault(typeName, Map.of());
		if (children.isEmpty() || children.size() > MAX_FIELDS) {
			return null;
		}
		StringBuilder sql = new StringBuilder("json_build_object(");
		for (ExecutableNormalizedField child : children) {
			if (!child.getObjectTypeNames().equals(java.util.Set.of(typeName))) {
				return null;
			}
			String value;
			if (child.getName().equals("__typename")) {
				value = "'" + typeName + "'";
			}
			else {
				SqlField known = fields.get(child.getName());
				value = known == null ? null : known.sql(child, row, this);
			}
			if (value == null) {
				return null;
			}
			if (sql.length() > "json_build_object(".length()) {
				sql.append(", ");
			}
			// response keys are GraphQL names ([_A-Za-z][_0-9A-Za-z]*): nothing to quote
			sql.append('\'').append(child.getResultKey()).append("', ").append(value);
		}
		return sql.append(')').toString();
	}

	/**
	 * A list of objects of {@code typeName}: the rows of {@code table} aliased {@code alias} that
	 * {@code where} keeps ("p1.meeting_id = m.id"), in {@code orderBy}'s order; an empty list as
	 * {@code []}, never null. The one-to-one fields of its objects ({@link #one}) are joined to its rows.
	 */
	public String list(ExecutableNormalizedField field, String typeName, String alias, String table, String where,
			String orderBy) {
		if (!field.getResolvedArguments().isEmpty()) {
			return null;
		}
		Joined rows = joined(field, typeName, alias);
		return rows == null ? null
				: "(select coalesce(json_agg(" + rows.object() + " order by " + orderBy + "), '[]'::json) from " + table + " "
						+ alias + rows.joins() + " where " + where + ")";
	}

	/**
	 * The object of {@code typeName} for the rows aliased {@code row} of a statement the caller
	 * writes (a list's, a root field's), and the joins its one-to-one fields add to that statement's
	 * {@code from}; null when a field cannot be written as SQL.
	 */
	public Joined joined(ExecutableNormalizedField field, String typeName, String row) {
		StringBuilder joins = new StringBuilder();
		String object = objectJoiningTo(joins, field, typeName, row);
		return object == null ? null : new Joined(object, joins.toString());
	}

	/** {@link #object}, the one-to-ones below the row aliased {@code row} joined onto {@code joins}. */
	private String objectJoiningTo(StringBuilder joins, ExecutableNormalizedField field, String typeName, String row) {
		this.joins.put(row, joins);
		String object = object(field, typeName, row);
		this.joins.remove(row);
		return object;
	}

	/** An object's SQL and the joins it needs after its row's table (" left join body b1 on ..."). */
	public record Joined(String object, String joins) {
	}

	/**
	 * One object of {@code typeName}: the row of {@code table} aliased {@code alias} that {@code on}
	 * finds for the row aliased {@code row} ("pe4.id = a3.person_id"), null without one. For rows whose
	 * statement takes joins ({@link #joined}: a list's, a root field's) it is a left join of that
	 * statement (a subquery per row cost meeting detail's statement about 5 % more in PostgreSQL, by
	 * pgbench), otherwise a subquery. The table's key is {@code id}.
	 */
	public String one(ExecutableNormalizedField field, String typeName, String alias, String table, String on, String row) {
		if (!field.getResolvedArguments().isEmpty()) {
			return null;
		}
		StringBuilder joins = this.joins.get(row);
		if (joins == null) {
			String object = object(field, typeName, alias);
			return object == null ? null : "(select " + object + " from " + table + " " + alias + " where " + on + ")";
		}
		// joined before the fields below it, which may join to it in turn
		joins.append(" left join ").append(table).append(' ').append(alias).append(" on ").append(on);
		String object = objectJoiningTo(joins, field, typeName, alias);
		return object == null ? null : "case when " + alias + ".id is null then null else " + object + " end";
	}

	/**
	 * An argument of the field as the controllers' {@code @Argument} receives it (bound by Spring's
	 * binder: an input object to its record, an enum by name), or null when not given.
	 */
	public <T> T argument(ExecutableNormalizedField field, String name, Class<T> type) {
		Map<String, Object> arguments = field.getResolvedArguments();
		try {
			return this.binder.bind(arguments.get(name), !arguments.containsKey(name), type);
		}
		catch (BindException ex) {
			throw new InvalidArgumentException(name + ": " + ex.getMessage());
		}
	}

	/** A new alias for a table in the statement: the prefix and a number. */
	public String alias(String prefix) {
		return prefix + (++this.aliases);
	}

	/** A parameter of the statement: its placeholder. */
	public String bind(Object value) {
		String name = "p" + this.parameters.size();
		this.parameters.put(name, value);
		return ":" + name;
	}

	/** The parameters bound so far, by name, for the statement. */
	public Map<String, Object> parameters() {
		return this.parameters;
	}

	/** A JSON string. */
	public static String quote(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	/**
	 * PostgreSQL's JSON text without the spaces and line breaks it writes between keys, values and
	 * elements, so that the response reads as the API's other responses do.
	 */
	public static String compact(String json) {
		return appendCompact(new StringBuilder(json.length()), json).toString();
	}

	/** {@link #compact} written onto {@code out}: runs without spaces copied whole. */
	public static StringBuilder appendCompact(StringBuilder out, String json) {
		boolean inString = false;
		int run = 0;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
				out.append(json, run, i);
				run = i + 1;
			}
		}
		return out.append(json, run, json.length());
	}

}
