package se.justera.graphql;

import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a query will cost before it runs: the number of values it can produce, as GitHub counts
 * nodes. Every field counts once for each time it will be resolved, so a list multiplies everything
 * below it, aliases and back-edges ({@code Paragraph.meeting}) included. A list's size is its
 * {@code first} argument (or the number of its {@code ids}, as for nodes), a connection's {@code edges} the
 * {@code first} of the connection, and an
 * unpaged list the bound configured for it ({@code Type.field}), else the default bound. Fields that
 * make PostgreSQL work hard (a search, a count, an aggregate) carry a weight.
 *
 * @param budget the most a query may cost
 * @param defaultListBound the size assumed for an unpaged list with no bound of its own
 * @param listBounds sizes assumed for unpaged lists, by {@code Type.field}
 * @param weights what one resolution of a field costs besides its values, by {@code Type.field}; 0 when absent
 */
public record QueryCost(long budget, int defaultListBound, Map<String, Integer> listBounds, Map<String, Integer> weights) {

	public QueryCost {
		listBounds = Map.copyOf(listBounds);
		weights = Map.copyOf(weights);
	}

	/** The cost of the operation, saturating at {@link Long#MAX_VALUE}; it stops adding once over the budget. */
	public long of(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
		return of(operation.getTopLevelFields(), schema);
	}

	/** The cost of an operation's top-level fields (see {@link NormalizedOperations}). */
	public long of(List<ExecutableNormalizedField> topLevelFields, GraphQLSchema schema) {
		long total = 0;
		for (ExecutableNormalizedField field : topLevelFields) {
			total = add(total, field, null, 1, schema);
		}
		return total;
	}

	private long add(long total, ExecutableNormalizedField field, ExecutableNormalizedField parent, long parentCount,
			GraphQLSchema schema) {
		String typeName = field.getObjectTypeNames().iterator().next();
		String coordinate = typeName + "." + field.getName();
		long count = multiply(parentCount, size(field, parent, typeName, coordinate, schema));
		long sum = add(add(total, count), multiply(parentCount, this.weights.getOrDefault(coordinate, 0)));
		for (ExecutableNormalizedField child : field.getChildren()) {
			if (sum > this.budget) {
				return sum; // refused anyway: no need to walk a tree that may be exponential in size
			}
			sum = add(sum, child, field, count, schema);
		}
		return sum;
	}

	private long size(ExecutableNormalizedField field, ExecutableNormalizedField parent, String typeName,
			String coordinate, GraphQLSchema schema) {
		if (!isList(field, typeName, schema)) {
			return 1;
		}
		if (field.getResolvedArguments().get("first") instanceof Integer first) {
			return Math.max(first, 0);
		}
		if (field.getResolvedArguments().get("ids") instanceof List<?> ids) {
			return ids.size(); // nodes(ids:): one for each id asked for
		}
		if (parent != null && field.getName().equals("edges")
				&& parent.getResolvedArguments().get("first") instanceof Integer first) {
			return Math.max(first, 0);
		}
		return this.listBounds.getOrDefault(coordinate, this.defaultListBound);
	}

	/**
	 * Looked up on the field's first object type (they all give it the same type), not by
	 * {@code field.getType(schema)}, which gathers every type's definition in a set: more than half
	 * of the cost walk of {@code { __typename }} (JFR).
	 */
	private static boolean isList(ExecutableNormalizedField field, String typeName, GraphQLSchema schema) {
		GraphQLObjectType type = schema.getObjectType(typeName);
		GraphQLFieldDefinition definition = type == null ? null : type.getFieldDefinition(field.getName());
		// introspection's fields (__typename, __schema) are no type's definitions
		GraphQLOutputType output = definition != null ? definition.getType() : field.getType(schema);
		return GraphQLTypeUtil.unwrapNonNull(output) instanceof GraphQLList;
	}

	private static long multiply(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		long low = a * b;
		return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
	}

	private static long add(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

}
