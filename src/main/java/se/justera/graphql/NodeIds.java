package se.justera.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder;
import org.springframework.stereotype.Component;

/**
 * Every object type of the schema that implements Node answers {@code id} with its global id
 * ({@link GlobalId}: its type's name and its stored id) and {@code databaseId} with the stored id
 * itself (its record's {@code id}). Read from the schema, so that a type made a Node there needs
 * nothing here.
 */
@Component
class NodeIds implements GraphQlSourceBuilderCustomizer {

	@Override
	public void customize(SchemaResourceBuilder builder) {
		builder.typeVisitors(java.util.List.of(new GraphQLTypeVisitorStub() {
			@Override
			public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
					TraverserContext<GraphQLSchemaElement> context) {
				if (type.getInterfaces().stream().anyMatch(i -> ((GraphQLNamedOutputType) i).getName().equals("Node"))) {
					GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
					registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), "id"), new Global(type.getName()));
					registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), "databaseId"),
							PropertyDataFetcher.fetching("id"));
				}
				return TraversalControl.CONTINUE;
			}
		}));
	}

	/**
	 * The same for a query answered as SQL ({@link SqlExecution}): the fields a feature wrote for a
	 * Node type, its {@code id} (the stored id) also as {@code databaseId}, and {@code id} as the
	 * global id of it.
	 */
	static Map<String, SqlField> withGlobalIds(String type, Map<String, SqlField> fields) {
		SqlField stored = fields.get("id");
		if (stored == null) {
			return fields;
		}
		Map<String, SqlField> result = new HashMap<>(fields);
		result.putIfAbsent("databaseId", stored);
		result.put("id", (field, row, sql) -> {
			String expression = stored.sql(field, row, sql);
			return expression == null ? null : GlobalId.sql(type, expression);
		});
		return Map.copyOf(result);
	}

	/** Whether a schema type implements Node. */
	static boolean isNode(GraphQLSchema schema, String type) {
		return schema.getType(type) instanceof GraphQLObjectType object
				&& object.getInterfaces().stream().anyMatch(i -> ((GraphQLNamedOutputType) i).getName().equals("Node"));
	}

	/** The global id of the object's stored {@code id}; as light as the property fetcher it replaces. */
	private static final class Global implements LightDataFetcher<String> {

		private final String type;

		private final PropertyDataFetcher<Object> stored = PropertyDataFetcher.fetching("id");

		Global(String type) {
			this.type = type;
		}

		@Override
		public String get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
				throws Exception {
			Object id = this.stored.get(field, source, environment);
			return id == null ? null : GlobalId.of(this.type, id);
		}

		@Override
		public String get(DataFetchingEnvironment environment) throws Exception {
			Object id = this.stored.get(environment);
			return id == null ? null : GlobalId.of(this.type, id);
		}

	}

}
