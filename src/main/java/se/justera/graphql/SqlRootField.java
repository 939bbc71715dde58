package se.justera.graphql;

import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;

/**
 * A field of Query whose whole selection can be answered by one statement written from it
 * ({@link SqlSelection}), contributed as a bean by the feature that owns it.
 */
public record SqlRootField(String fieldName, Planner planner) {

	/** Plans a selection of the field: null when it cannot be written as SQL (it then runs the usual way). */
	@FunctionalInterface
	public interface Planner {

		Plan plan(ExecutableNormalizedField field, SqlSelection sql);

	}

	/** A planned root field: runs its statement and gives the field's value as JSON text (null: run the usual way). */
	@FunctionalInterface
	public interface Plan {

		String json(GraphQLContext context);

	}

}
