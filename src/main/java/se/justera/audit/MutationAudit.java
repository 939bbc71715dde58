package se.justera.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.justera.jdbc.RequestWork;

/**
 * Audits what actually ran: every executed mutation field, as graphql-java executes it (so the
 * operation name, aliases and inline arguments change nothing), with its coerced arguments and its
 * own outcome. The field runs in a transaction on the write pool that also writes its audit row, so
 * no change exists without its row; a field that fails is rolled back and its failure recorded in a
 * transaction of its own. Work a mutation hands to another thread (a rule reload) is recorded when
 * it ends.
 */
@Component
// last in graphql-java's chain, so its wrapper is the outermost: a refusal by any other instrumentation is audited too
@Order(Ordered.LOWEST_PRECEDENCE)
class MutationAudit extends SimplePerformantInstrumentation {

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final RequestWork work;

	private final List<DataFetcherExceptionResolver> resolvers;

	MutationAudit(AuditLog audit, PlatformTransactionManager transactions, RequestWork work,
			List<DataFetcherExceptionResolver> resolvers) {
		this.audit = audit;
		this.resolvers = resolvers;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.work = work;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		GraphQLObjectType mutation = parameters.getExecutionContext().getGraphQLSchema().getMutationType();
		if (mutation == null || parameters.getExecutionStepInfo().getParent().getUnwrappedNonNullType() != mutation) {
			return dataFetcher;
		}
		return environment -> this.work.writing(() -> audited(dataFetcher, environment));
	}

	private Object audited(DataFetcher<?> fetcher, DataFetchingEnvironment environment) {
		Caller caller = Caller.current();
		String field = environment.getField().getName();
		Map<String, Object> arguments = environment.getArguments();
		Outcome[] failed = new Outcome[1];
		Object result;
		try {
			result = this.transaction.execute(status -> {
				Object value = fetch(fetcher, environment);
				Outcome outcome = outcome(value, environment);
				if (outcome == null) {
					return value; // still running elsewhere: recorded when it ends
				}
				if (outcome.code() != null) {
					status.setRollbackOnly();
					failed[0] = outcome;
					return value;
				}
				this.audit.record(caller.name(), caller.roles(), field, arguments, null, null);
				return value;
			});
		}
		catch (RuntimeException ex) {
			// the field failed, or its commit did: nothing of it stands; its code is the one the client gets
			Outcome outcome = resolve(ex, environment);
			this.transaction.executeWithoutResult(status -> this.audit.record(caller.name(), caller.roles(), field,
					arguments, outcome.code(), outcome.message()));
			throw ex;
		}
		if (failed[0] != null) {
			this.transaction.executeWithoutResult(status -> this.audit.record(caller.name(), caller.roles(), field,
					arguments, failed[0].code(), failed[0].message()));
		}
		else if (result instanceof CompletableFuture<?> pending && !pending.isDone()) {
			return pending.whenComplete((value, ex) -> this.work.writing(() -> {
				Outcome outcome = ex != null ? resolve(ex, environment) : outcome(value, environment);
				this.transaction.executeWithoutResult(status -> this.audit.record(caller.name(), caller.roles(), field,
						arguments, outcome == null ? null : outcome.code(), outcome == null ? null : outcome.message()));
				return null;
			}));
		}
		return result;
	}

	/** The error the client will see, from the same resolvers that make it (GraphQlErrors). */
	private Outcome resolve(Throwable ex, DataFetchingEnvironment environment) {
		Throwable cause = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
		for (DataFetcherExceptionResolver resolver : this.resolvers) {
			List<GraphQLError> errors = resolver.resolveException(cause, environment).block();
			if (errors != null && !errors.isEmpty()) {
				return outcome(DataFetcherResult.newResult().errors(errors).build(), environment);
			}
		}
		return new Outcome("INTERNAL_ERROR", cause.getMessage());
	}

	private static Object fetch(DataFetcher<?> fetcher, DataFetchingEnvironment environment) {
		try {
			return fetcher.get(environment);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new CompletionException(ex);
		}
	}

	/** How a field ended: no code when it succeeded. */
	private record Outcome(String code, String message) {
	}

	/** Null while the value is still being computed elsewhere. */
	private Outcome outcome(Object value, DataFetchingEnvironment environment) {
		if (value instanceof CompletableFuture<?> future) {
			if (!future.isDone()) {
				return null;
			}
			try {
				return outcome(future.join(), environment);
			}
			catch (CompletionException | CancellationException ex) {
				return resolve(ex.getCause() == null ? ex : ex.getCause(), environment);
			}
		}
		if (value instanceof Publisher<?>) {
			// Spring converts a controller's Mono before graphql-java sees it; an unconverted one is a bug here
			throw new IllegalStateException("A mutation's result must be a value or a CompletableFuture, not " + value);
		}
		if (value instanceof DataFetcherResult<?> result && result.hasErrors()) {
			GraphQLError error = result.getErrors().get(0);
			Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
			return new Outcome(code != null ? code.toString() : String.valueOf(error.getErrorType()), error.getMessage());
		}
		return new Outcome(null, null);
	}

}
