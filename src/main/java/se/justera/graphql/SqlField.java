package se.justera.graphql;

import graphql.normalized.ExecutableNormalizedField;

/**
 * How one field of an object type is written as SQL that gives its JSON value, for a row of its
 * type's table (see {@link SqlSelection}).
 */
@FunctionalInterface
public interface SqlField {

	/**
	 * The SQL expression of the field's value for the row aliased {@code row}: a column (PostgreSQL
	 * writes text, numbers, booleans and dates as the API does), or a subquery that builds a JSON
	 * object or array with {@code sql}; null when this selection of the field cannot be written so
	 * (the request then runs field by field as usual).
	 */
	String sql(ExecutableNormalizedField field, String row, SqlSelection sql);

	/** A field that is one column or expression of its row, with no arguments. */
	static SqlField column(String expression) {
		return (field, row, sql) -> field.getResolvedArguments().isEmpty() ? expression.replace("{row}", row) : null;
	}

}
