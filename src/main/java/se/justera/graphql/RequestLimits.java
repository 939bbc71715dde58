package se.justera.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Limits that keep one request from taking the server: query depth and complexity, the length of
 * the query document, and the time a request may run. Each is refused with a GraphQL error whose
 * {@code extensions.code} says which (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX, QUERY_TOO_LARGE; TIMEOUT comes
 * through {@link RequestTimeoutException}).
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	static final String STARTED = "justera.startedNanos";

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(@Value("${justera.graphql.max-depth:15}") int depth) {
		return new MaxQueryDepthInstrumentation(depth);
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(@Value("${justera.graphql.max-complexity:1000}") int complexity) {
		return new MaxQueryComplexityInstrumentation(complexity);
	}

	/** Stops a request that has run past the timeout, at its next field. */
	@Bean
	SimplePerformantInstrumentation requestTimeout(@Value("${justera.graphql.timeout:30s}") Duration timeout) {
		return new SimplePerformantInstrumentation() {

			@Override
			public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
					InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
				if (parameters.isTrivialDataFetcher()) {
					// reading a property of an object already fetched: nothing to stop
					return dataFetcher;
				}
				return environment -> {
					Long started = environment.getGraphQlContext().get(STARTED);
					if (started != null && System.nanoTime() - started > timeout.toNanos()) {
						throw new RequestTimeoutException("The request ran longer than " + timeout.toMillis()
								+ " ms (justera.graphql.timeout) and was stopped");
					}
					return dataFetcher.get(environment);
				};
			}
		};
	}

	@Bean
	WebGraphQlInterceptor requestLimitsInterceptor(@Value("${justera.graphql.max-document-characters:20000}") int maxDocument) {
		return new WebGraphQlInterceptor() {

			@Override
			public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
				if (request.getDocument().length() > maxDocument) {
					return Mono.just(errorResponse(request, "QUERY_TOO_LARGE", "The query document is "
							+ request.getDocument().length() + " characters; the limit is " + maxDocument
							+ " (justera.graphql.max-document-characters). Pass large values as variables."));
				}
				request.configureExecutionInput(
						(input, builder) -> builder.graphQLContext(Map.of(STARTED, System.nanoTime())).build());
				return chain.next(request).map(RequestLimits::withCodes);
			}
		};
	}

	private static WebGraphQlResponse errorResponse(WebGraphQlRequest request, String code, String message) {
		GraphQLError error = GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code)).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				graphql.ExecutionResultImpl.newExecutionResult().addError(error).build()));
	}

	/** graphql-java aborts with a message only; give each limit its code. */
	private static WebGraphQlResponse withCodes(WebGraphQlResponse response) {
		List<ResponseError> errors = response.getErrors();
		if (errors.stream().noneMatch(e -> code(e.getMessage()) != null && !e.getExtensions().containsKey("code"))) {
			return response;
		}
		return response.transform(builder -> builder.errors(errors.stream().map(e -> {
			String code = code(e.getMessage());
			if (code == null || e.getExtensions().containsKey("code")) {
				return (GraphQLError) GraphqlErrorBuilder.newError()
					.message(e.getMessage())
					.extensions(e.getExtensions())
					.build();
			}
			return GraphqlErrorBuilder.newError().message(e.getMessage()).extensions(Map.of("code", code)).build();
		}).toList()));
	}

	private static String code(String message) {
		if (message == null) {
			return null;
		}
		if (message.startsWith("maximum query depth exceeded")) {
			return "QUERY_TOO_DEEP";
		}
		if (message.startsWith("maximum query complexity exceeded")) {
			return "QUERY_TOO_COMPLEX";
		}
		return null;
	}

}
