package se.justera.graphql;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;

/**
 * The limits on a query's depth (QUERY_TOO_DEEP) and number of fields (QUERY_TOO_COMPLEX), as
 * graphql-java's {@code MaxQueryDepthInstrumentation} and {@code MaxQueryComplexityInstrumentation}
 * check them, with their messages. Both walk the whole document, which cost a tenth of a meeting
 * detail's CPU (JFR) when done at every request; so an operation that passed is remembered and not
 * walked again, as long as its shape cannot change with its variables (no {@code @skip} or
 * {@code @include}, which are the only ways variables change which fields a document selects).
 * The parsed document of a known query is the same object each time ({@link DocumentCache}),
 * which is what the memory is keyed on.
 */
class DocumentShapeLimits extends SimplePerformantInstrumentation {

	private final MaxQueryDepthInstrumentation depth;

	private final int maxComplexity;

	/**
	 * Operations that passed both limits whatever their variables. Looked up at every request, so
	 * without a lock (an LRU map under one was a lock every request took; JFR saw a request wait 20 ms
	 * for it under load); when it holds more than it may, it starts again empty and refills from the
	 * documents in use.
	 */
	private final Set<Operation> passed = ConcurrentHashMap.newKeySet();

	private final int remembered;

	DocumentShapeLimits(int maxDepth, int maxComplexity, int remembered) {
		this.depth = new MaxQueryDepthInstrumentation(maxDepth);
		this.maxComplexity = maxComplexity;
		this.remembered = remembered;
	}

	/** An operation of a parsed document; documents compare by identity (graphql-java's nodes do not override equals). */
	private record Operation(Document document, OperationDefinition definition) {
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		Operation operation = new Operation(execution.getDocument(), execution.getOperationDefinition());
		if (this.passed.contains(operation)) {
			return null;
		}
		this.depth.beginExecuteOperation(parameters, state);
		int complexity = QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator((environment, children) -> 1 + children)
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.variables(execution.getCoercedVariables())
			.build()
			.calculate();
		if (complexity > this.maxComplexity) {
			throw new AbortExecutionException("maximum query complexity exceeded " + complexity + " > " + this.maxComplexity);
		}
		String query = execution.getExecutionInput().getQuery();
		if (!query.contains("@skip") && !query.contains("@include")) {
			if (this.passed.size() >= this.remembered) {
				this.passed.clear();
			}
			this.passed.add(operation);
		}
		return null;
	}

}
