package se.justera.config;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import se.justera.graphql.InvalidArgumentException;
import se.justera.protocol.InvalidProtocolException;
import se.justera.protocol.ProtocolConflictException;

/**
 * Domain exceptions as GraphQL errors whose {@code extensions.code} a client can act on:
 * INVALID_PROTOCOL (with the line), CONFLICT, BAD_USER_INPUT.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidProtocolException invalid) {
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("code", "INVALID_PROTOCOL");
			if (invalid.getLine() != null) {
				extensions.put("line", invalid.getLine());
			}
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(extensions)
				.build();
		}
		if (ex instanceof ProtocolConflictException conflict) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(conflict.getMessage())
				.extensions(Map.of("code", "CONFLICT"))
				.build();
		}
		if (ex instanceof InvalidArgumentException invalid) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(Map.of("code", "BAD_USER_INPUT"))
				.build();
		}
		return null;
	}

}
