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
	 * A list of objects of {@code typeName}: {@code from} names the rows, aliased {@code alias}
	 * ("from paragraph p1 where p1.meeting_id = m.id"), {@code orderBy} their order; an empty list as
	 * {@code []}, never null.
	 */
	public String list(ExecutableNormalizedField field, String typeName, String alias, String from, String orderBy) {
		String object = field.getResolvedArguments().isEmpty() ? object(field, typeName, alias) : null;
		return object == null ? null
				: "(select coalesce(json_agg(" + object + " order by " + orderBy + "), '[]'::json) " + from + ")";
	}

	/** One object of {@code typeName} from the row {@code from} names, or null without one. */
	public String one(ExecutableNormalizedField field, String typeName, String alias, String from) {
		String object = field.getResolvedArguments().isEmpty() ? object(field, typeName, alias) : null;
		return object == null ? null : "(select " + object + " " + from + ")";
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
