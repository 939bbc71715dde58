package se.justera.config;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import org.springframework.core.Ordered;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import se.justera.graphql.InvalidArgumentException;
import se.justera.graphql.NotFoundException;
import se.justera.security.SecurityInterceptor;
import se.justera.protocol.InvalidProtocolException;
import se.justera.protocol.MunicipalityMismatchException;
import se.justera.protocol.ProtocolConflictException;

/**
 * Domain exceptions as GraphQL errors whose {@code extensions.code} a client can act on:
 * INVALID_PROTOCOL (with the line, and the page when the text has pages), CONFLICT, MUNICIPALITY_MISMATCH (with both names and the line),
 * BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, TIMEOUT.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own resolver for security exceptions
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidProtocolException invalid) {
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("code", "INVALID_PROTOCOL");
			if (invalid.getLine() != null) {
				extensions.put("line", invalid.getLine());
			}
			if (invalid.getPage() != null) {
				extensions.put("page", invalid.getPage());
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
		if (ex instanceof MunicipalityMismatchException mismatch) {
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("code", "MUNICIPALITY_MISMATCH");
			extensions.put("municipality", mismatch.getGiven());
			extensions.put("printedMunicipality", mismatch.getPrinted());
			if (mismatch.getLine() != null) {
				extensions.put("line", mismatch.getLine());
			}
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(mismatch.getMessage())
				.extensions(extensions)
				.build();
		}
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			boolean authenticated = Boolean.TRUE.equals(env.getGraphQlContext().get(SecurityInterceptor.AUTHENTICATED));
			return GraphqlErrorBuilder.newError(env)
				.errorType(authenticated ? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED)
				.message(authenticated ? "Forbidden: your role may not do this (" + env.getField().getName() + ")"
						: "Unauthenticated: " + env.getField().getName()
								+ " needs a bearer token with a role (Authorization: Bearer ...)")
				.extensions(Map.of("code", authenticated ? "FORBIDDEN" : "UNAUTHENTICATED"))
				.build();
		}
		if (ex instanceof QueryTimeoutException || isCancelledStatement(ex)) {
			// the request's deadline or the connection's statement_timeout stopped the statement
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message("The request ran out of time in the database (justera.graphql.timeout,"
						+ " justera.database.read-statement-timeout) and was stopped")
				.extensions(Map.of("code", "TIMEOUT"))
				.build();
		}
		if (ex instanceof CannotGetJdbcConnectionException) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message("The database is busy or unreachable; retry shortly")
				.extensions(Map.of("code", "SERVER_BUSY"))
				.build();
		}
		if (ex instanceof NotFoundException notFound) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.NOT_FOUND)
				.message(notFound.getMessage())
				.extensions(Map.of("code", "NOT_FOUND"))
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

	/** SQLSTATE 57014: PostgreSQL cancelled the statement (statement_timeout, or pgjdbc's query timeout). */
	private static boolean isCancelledStatement(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
