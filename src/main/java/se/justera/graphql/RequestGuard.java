package se.justera.graphql;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import se.justera.jdbc.RequestWork;
import se.justera.security.SecurityInterceptor;

/**
 * Keeps one GraphQL request within its means, before and while it runs:
 * <ul>
 * <li>before: the query's cost ({@link QueryCost}) against the budget (QUERY_TOO_COSTLY) and, for
 * an anonymous client, against what it may still spend this minute (RATE_LIMITED);</li>
 * <li>while: the values and the characters of text the response holds (RESPONSE_TOO_LARGE), and the
 * time (TIMEOUT), checked as every field completes and by a sweeper ({@link Deadlines}), which
 * cancels the execution and, through {@link RequestWork}'s deadline, its statements in
 * PostgreSQL.</li>
 * </ul>
 * A stopped request answers with its error alone: no partial data that could still be large.
 */
@Component
class RequestGuard extends SimplePerformantInstrumentation implements DisposableBean {

	/** The GraphQL context key of the client's address (set by {@link RequestLimits}). */
	static final String CLIENT = "justera.client";

	private static final String STATE = "justera.requestGuard";

	private final GraphQlLimits limits;

	private final QueryCost cost;

	private final TokenBuckets anonymousCost;

	private final RequestWork work;

	private final NormalizedOperations operations;

	/**
	 * The requests running now, swept for those past their deadline. A finished request leaves at
	 * once: kept for the whole timeout, hundreds of thousands of requests stayed in the heap under
	 * load, which the old generation paid for with collections of hundreds of milliseconds.
	 */
	private final Deadlines running;

	/** Requests running now (for tests). */
	int running() {
		return this.running.size();
	}

	RequestGuard(GraphQlLimits limits, RequestWork work, NormalizedOperations operations) {
		this.limits = limits;
		this.operations = operations;
		this.cost = limits.cost().model();
		this.work = work;
		// a tenth of the timeout, at most 100 ms: late by that at most, and a sweep costs nearly nothing
		this.running = new Deadlines("graphql-timeout",
				Duration.ofNanos(Math.min(limits.timeout().toNanos() / 10, Duration.ofMillis(100).toNanos())));
		this.anonymousCost = new TokenBuckets(limits.anonymous().costPerMinute(),
				limits.anonymous().costPerMinute() / 60.0, 100_000, System::nanoTime);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		long timeoutNanos = this.limits.timeout().toNanos();
		Guard guard = new Guard(parameters.getExecutionInput(), System.nanoTime() + timeoutNanos);
		parameters.getGraphQLContext().put(STATE, guard);
		this.work.deadline(guard.deadline);
		this.running.add(guard);
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> this.running.remove(guard));
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		GraphQLContext context = execution.getGraphQLContext();
		long price = this.cost.of(this.operations.topLevelFields(execution), execution.getGraphQLSchema());
		if (price > this.cost.budget()) {
			throw abort("QUERY_TOO_COSTLY", "The query could produce " + price + " values; the budget is "
					+ this.cost.budget() + " (justera.graphql.cost.budget). Ask for fewer items (first) or fewer nested"
					+ " lists, or split the query.", Map.of("cost", price, "budget", this.cost.budget()));
		}
		if (!Boolean.TRUE.equals(context.get(SecurityInterceptor.AUTHENTICATED))) {
			long wait = this.anonymousCost.take(context.getOrDefault(CLIENT, "unknown"), price);
			if (wait > 0) {
				throw abort("RATE_LIMITED", "This client has spent its query budget for now ("
						+ this.limits.anonymous().costPerMinute() + " per minute, justera.graphql.anonymous.cost-per-minute);"
						+ " retry in " + wait + " s", Map.of("cost", price, "retryAfterSeconds", wait));
			}
		}
		context.put(ResultNodesInfo.MAX_RESULT_NODES, this.limits.maxResultNodes());
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		Guard guard = parameters.getExecutionContext().getGraphQLContext().get(STATE);
		if (guard != null) {
			if (parameters.getFetchedObject() instanceof String text
					&& guard.characters.addAndGet(text.length()) > this.limits.maxResponseCharacters()) {
				guard.stop(tooLarge(this.limits.maxResponseCharacters() + " characters of text",
						"justera.graphql.max-response-characters"));
			}
			else if (System.nanoTime() > guard.deadline) {
				guard.stop(timeout());
			}
		}
		return null;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		GraphQLContext context = parameters.getGraphQLContext();
		Guard guard = context.get(STATE);
		GraphQLError stopped = guard == null ? null : guard.reason.get();
		ResultNodesInfo nodes = context.get(ResultNodesInfo.RESULT_NODES_INFO);
		if (stopped == null && nodes != null && nodes.isMaxResultNodesExceeded()) {
			stopped = tooLarge(this.limits.maxResultNodes() + " values", "justera.graphql.max-result-nodes");
		}
		if (stopped == null) {
			return CompletableFuture.completedFuture(result);
		}
		return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(stopped).build());
	}

	@Override
	public void destroy() {
		this.running.close();
	}

	private GraphQLError timeout() {
		return error("TIMEOUT", "The request ran longer than " + this.limits.timeout().toMillis()
				+ " ms (justera.graphql.timeout) and was stopped", Map.of());
	}

	private static GraphQLError tooLarge(String limit, String property) {
		return error("RESPONSE_TOO_LARGE", "The response would hold more than " + limit + " (" + property
				+ ") and was stopped. Ask for fewer items or fields.", Map.of());
	}

	private static AbortExecutionException abort(String code, String message, Map<String, Object> details) {
		return new AbortExecutionException(List.of(error(code, message, details)));
	}

	private static GraphQLError error(String code, String message, Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", code);
		extensions.putAll(details);
		return GraphqlErrorBuilder.newError().message(message).extensions(extensions).build();
	}

	/** One request's running totals and why it was stopped, if it was. */
	private final class Guard implements Deadlines.Running {

		final ExecutionInput input;

		final long deadline;

		final AtomicLong characters = new AtomicLong();

		final AtomicReference<GraphQLError> reason = new AtomicReference<>();

		Guard(ExecutionInput input, long deadline) {
			this.input = input;
			this.deadline = deadline;
		}

		@Override
		public long deadline() {
			return this.deadline;
		}

		@Override
		public void stop() {
			stop(timeout());
		}

		void stop(GraphQLError why) {
			if (this.reason.compareAndSet(null, why)) {
				this.input.cancel(); // graphql-java checks at every field it fetches or completes
			}
		}

	}

}
