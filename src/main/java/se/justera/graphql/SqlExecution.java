package se.justera.graphql;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.util.RawValue;

/**
 * Answers a query whose every root field can be written as SQL ({@link SqlRootField}) with one
 * statement per root field, in which PostgreSQL builds the JSON of the whole selection; the
 * response carries that JSON as it is, without a field-by-field walk. Anything else (a field no
 * feature wrote as SQL, an argument the plan does not take, an error) runs the usual way, field by
 * field, so that its answer and its errors are the same as ever.
 * <p>
 * It takes graphql-java's place for queries only after parsing, validation and the request's
 * limits ({@link RequestGuard}, before the operation runs): the cost budget, the rate limits and
 * the deadline apply to both ways alike.
 */
@Component
class SqlExecution implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(SqlExecution.class);

	private final ObjectProvider<SqlRootField> roots;

	private final ObjectProvider<SqlFields> fields;

	private final ObjectProvider<GraphQlLimits> limits;

	private final ObjectProvider<MeterRegistry> meters;

	private final ObjectProvider<NormalizedOperations> operations;

	private final boolean enabled;

	private volatile Registry registry;

	SqlExecution(ObjectProvider<SqlRootField> roots, ObjectProvider<SqlFields> fields,
			ObjectProvider<GraphQlLimits> limits, ObjectProvider<MeterRegistry> meters,
			ObjectProvider<NormalizedOperations> operations,
			@Value("${justera.graphql.sql-execution:true}") boolean enabled) {
		this.roots = roots;
		this.fields = fields;
		this.limits = limits;
		this.meters = meters;
		this.operations = operations;
		this.enabled = enabled;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof GraphQlSource source) || !this.enabled) {
			return bean;
		}
		GraphQL graphQl = source.graphQl();
		GraphQL compiled = graphQl.transform(builder -> builder.queryExecutionStrategy(new Strategy(graphQl.getQueryStrategy())));
		return new GraphQlSource() {

			@Override
			public GraphQL graphQl() {
				return compiled;
			}

			@Override
			public GraphQLSchema schema() {
				return source.schema();
			}

		};
	}

	/**
	 * The root fields and the types' fields the features contribute, gathered at the first query, and
	 * the counts of queries answered as SQL and the usual way ({@code justera.graphql.sql.queries}).
	 */
	private record Registry(Map<String, SqlRootField> roots, Map<String, Map<String, SqlField>> types, long maxCharacters,
			NormalizedOperations operations, Counter answered, Counter usual) {
	}

	private Registry registry(GraphQLSchema schema) {
		Registry known = this.registry;
		if (known == null) {
			Map<String, SqlRootField> roots = new HashMap<>();
			this.roots.forEach(root -> roots.put(root.fieldName(), root));
			Map<String, Map<String, SqlField>> types = new HashMap<>();
			this.fields.forEach(contribution -> types.computeIfAbsent(contribution.typeName(), t -> new HashMap<>())
				.putAll(contribution.fields()));
			// the Node types' ids as global ids, their stored ids as databaseId, as field by field (NodeIds)
			types.replaceAll((type, fields) -> NodeIds.isNode(schema, type) ? NodeIds.withGlobalIds(type, fields) : fields);
			MeterRegistry meters = this.meters.getIfAvailable(SimpleMeterRegistry::new);
			known = new Registry(Map.copyOf(roots), Map.copyOf(types), this.limits.getObject().maxResponseCharacters(),
					this.operations.getObject(), counter(meters, "sql"), counter(meters, "usual"));
			this.registry = known;
		}
		return known;
	}

	private static Counter counter(MeterRegistry meters, String way) {
		return Counter.builder("justera.graphql.sql.queries")
			.description("Queries answered by one statement per root field (sql) or field by field (usual)")
			.tag("way", way)
			.register(meters);
	}

	private final class Strategy extends ExecutionStrategy {

		private final ExecutionStrategy usual;

		/** Binds arguments as the controllers' {@code @Argument} does. */
		private final ArgumentBinder binder = new ArgumentBinder();

		Strategy(ExecutionStrategy usual) {
			this.usual = usual;
		}

		@Override
		public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
			Map<String, Object> data = answer(context);
			if (data == null) {
				registry(context.getGraphQLSchema()).usual().increment();
				return this.usual.execute(context, parameters);
			}
			registry(context.getGraphQLSchema()).answered().increment();
			return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().data(data).build());
		}

		/** The data, every root field answered by its statement; null to run the usual way. */
		private Map<String, Object> answer(ExecutionContext context) {
			Registry known = registry(context.getGraphQLSchema());
			List<ExecutableNormalizedField> top = known.operations().topLevelFields(context);
			List<SqlRootField.Plan> plans = new java.util.ArrayList<>(top.size());
			for (ExecutableNormalizedField field : top) {
				SqlRootField root = known.roots().get(field.getName());
				SqlRootField.Plan plan = field.getName().equals("__typename") ? c -> "\"Query\""
						: root == null ? null : root.planner().plan(field, new SqlSelection(known.types(), this.binder));
				if (plan == null) {
					return null;
				}
				plans.add(plan);
			}
			Map<String, Object> data = new LinkedHashMap<>();
			long characters = 0;
			try {
				for (int i = 0; i < plans.size(); i++) {
					String json = plans.get(i).json(context.getGraphQLContext());
					if (json == null) {
						return null;
					}
					characters += json.length();
					data.put(top.get(i).getResultKey(), new RawValue(json));
				}
			}
			catch (RuntimeException ex) {
				// the usual way gives the error its code and message, as for any query
				log.debug("A query written as SQL failed; running it field by field", ex);
				return null;
			}
			return characters > known.maxCharacters() ? null : data;
		}

	}

}
