package se.justera.compliance;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.stereotype.Component;

/** Notes every meeting, paragraph, motion and budget table a response resolves, for its compliance summary. */
@Component
class ResponseScopeInstrumentation extends SimplePerformantInstrumentation {

	/** The schema types whose objects {@link ResponseScope#add} records; Node for node(id:) and nodes(ids:). */
	private static final Set<String> RECORDED_TYPES = Set.of("Meeting", "Paragraph", "Motion", "BudgetReport",
			"BudgetLine", "Node");

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		// only fields that return these types; wrapping every field cost measurable CPU per response
		if (!RECORDED_TYPES.contains(GraphQLTypeUtil.unwrapAll(parameters.getField().getType()).getName())) {
			return dataFetcher;
		}
		return environment -> {
			Object value = dataFetcher.get(environment);
			ResponseScope scope = environment.getGraphQlContext().get(ResponseScope.KEY);
			if (scope != null) {
				record(scope, value);
			}
			return value;
		};
	}

	private static void record(ResponseScope scope, Object value) {
		if (value instanceof CompletionStage<?> stage) {
			stage.thenAccept(v -> record(scope, v));
		}
		else if (value instanceof DataFetcherResult<?> result) {
			record(scope, result.getData());
		}
		else if (value instanceof Collection<?> items) {
			items.forEach(item -> record(scope, item));
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach(item -> record(scope, item));
		}
		else if (value != null) {
			scope.add(value);
		}
	}

}
