package se.justera.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Limits on the query document: its depth, its number of fields and its length, each refused with
 * a GraphQL error whose {@code extensions.code} says which (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX,
 * QUERY_TOO_LARGE). What a query may cost and take while it runs is {@link RequestGuard}'s.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class RequestLimits {

	// the document's shape is checked before its cost (RequestGuard): the cheaper and plainer refusal
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	DocumentShapeLimits documentShapeLimits(GraphQlLimits limits,
			@Value("${justera.graphql.document-cache-size:500}") int documents) {
		return new DocumentShapeLimits(limits.maxDepth(), limits.maxComplexity(), documents);
	}

	@Bean
	WebGraphQlInterceptor requestLimitsInterceptor(GraphQlLimits limits) {
		int maxDocument = limits.maxDocumentCharacters();
		return new WebGraphQlInterceptor() {

			@Override
			public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
				if (request.getDocument().length() > maxDocument) {
					return Mono.just(errorResponse(request, "QUERY_TOO_LARGE", "The query document is "
							+ request.getDocument().length() + " characters; the limit is " + maxDocument
							+ " (justera.graphql.max-document-characters). Pass large values as variables."));
				}
				String client = request.getRemoteAddress() == null ? "unknown"
						: request.getRemoteAddress().getAddress().getHostAddress();
				request.configureExecutionInput(
						(input, builder) -> builder.graphQLContext(Map.of(RequestGuard.CLIENT, client)).build());
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
