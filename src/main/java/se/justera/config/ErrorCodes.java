package se.justera.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import se.justera.text.Language;

/**
 * Every GraphQL error carries {@code extensions.code}, whatever made it: the domain's errors
 * have theirs ({@link GraphQlErrors}); graphql-java's syntax and validation errors get
 * BAD_USER_INPUT, an unknown persisted query PERSISTED_QUERY_NOT_FOUND, the rest the code of their
 * classification. Also runs graphql-java in the request's language (Swedish unless
 * Accept-Language prefers English), so that its validation messages follow it (i18n/*_sv.properties).
 * First in the chain, so that it sees every other interceptor's errors too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodes implements WebGraphQlInterceptor {

	/** The request came as a GET (se.justera.graphql.GetRequests): a persisted mutation is refused. */
	private static final String GET = "justera.graphql.get";

	// made once: Locale.forLanguageTag parses its tag, 2 % of an empty query's CPU when done per request (JFR)
	private static final Locale SWEDISH = Locale.forLanguageTag(Language.SWEDISH);

	private static final Locale ENGLISH = Locale.forLanguageTag(Language.ENGLISH);

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Locale locale = Language.ENGLISH.equals(Language.preferred(request.getHeaders().getAcceptLanguageAsLocales()))
				? ENGLISH : SWEDISH;
		boolean get = Boolean.TRUE.equals(request.getAttributes().get(GET));
		request.configureExecutionInput((input, builder) -> builder.locale(locale)
			.graphQLContext(Map.of(GET, get))
			.build());
		return chain.next(request).map(response -> {
			if (response.getErrors().stream().allMatch(e -> e.getExtensions() != null && e.getExtensions().get("code") != null)) {
				return response;
			}
			List<GraphQLError> errors = new ArrayList<>();
			for (ResponseError error : response.getErrors()) {
				errors.add(withCode(error));
			}
			return response.transform(builder -> builder.errors(errors));
		});
	}

	private static GraphQLError withCode(ResponseError error) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
		extensions.putIfAbsent("code", code(error.getErrorType()));
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(error.getErrorType())
			.extensions(extensions);
		if (error.getLocations() != null && !error.getLocations().isEmpty()) {
			builder.locations(error.getLocations());
		}
		if (error.getParsedPath() != null && !error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

	static String code(ErrorClassification classification) {
		if (classification == null) {
			return "INTERNAL_ERROR";
		}
		if (classification instanceof ErrorType type) {
			return switch (type) {
				case InvalidSyntax, ValidationError, OperationNotSupported -> "BAD_USER_INPUT";
				default -> "INTERNAL_ERROR";
			};
		}
		if (classification instanceof org.springframework.graphql.execution.ErrorType type) {
			return switch (type) {
				case BAD_REQUEST -> "BAD_USER_INPUT";
				case UNAUTHORIZED -> "UNAUTHENTICATED";
				case FORBIDDEN -> "FORBIDDEN";
				case NOT_FOUND -> "NOT_FOUND";
				default -> "INTERNAL_ERROR";
			};
		}
		return switch (classification.toString()) {
			case "PersistedQueryNotFound" -> "PERSISTED_QUERY_NOT_FOUND";
			case "PersistedQueryIdInvalid" -> "PERSISTED_QUERY_HASH_MISMATCH";
			default -> "INTERNAL_ERROR";
		};
	}

}
