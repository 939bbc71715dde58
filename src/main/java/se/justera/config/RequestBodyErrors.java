package se.justera.config;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

import se.justera.text.Language;
import se.justera.text.Messages;
import se.justera.web.ErrorBody;

/**
 * A body on {@code /graphql} that is not a GraphQL request gets a GraphQL-shaped 400 that says what
 * is wrong and where (BAD_USER_INPUT, in the client's language): not JSON (Jackson's reason, line
 * and column), JSON of another shape, no query. Spring Boot answered these with its generic error
 * ({@code "error":"Bad Request"}), which said neither.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // before Spring MVC's own resolvers, after RequestSizeFilter's
class RequestBodyErrors implements HandlerExceptionResolver {

	private final String path;

	RequestBodyErrors(@Value("${spring.graphql.http.path:/graphql}") String path) {
		this.path = path;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(request.getContextPath() + this.path).equals(request.getRequestURI()) || response.isCommitted()) {
			return null;
		}
		String message = message(ex, Language.ofAcceptLanguage(request.getHeader("Accept-Language")));
		if (message == null) {
			return null;
		}
		try {
			ErrorBody.of("BAD_USER_INPUT", message).write(response, HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (IOException io) {
			return null;
		}
		return new ModelAndView();
	}

	/** What is wrong with the body, or null for an exception that says nothing about it. */
	static String message(Exception ex, String language) {
		if (ex instanceof HttpMessageNotReadableException && ex.getCause() instanceof JacksonException jackson) {
			TokenStreamLocation where = jackson.getLocation();
			String line = where == null ? "?" : String.valueOf(where.getLineNr());
			String column = where == null ? "?" : String.valueOf(where.getColumnNr());
			if (jackson instanceof StreamReadException) {
				return Messages.text("request.notJson", language, jackson.getOriginalMessage(), line, column);
			}
			// Jackson's reason names Spring's classes: the field that is wrong says more to a client
			List<JacksonException.Reference> path = jackson.getPath();
			String field = path.isEmpty() ? null : path.get(0).getPropertyName();
			return field == null ? Messages.text("request.notGraphQl", language, line, column)
					: Messages.text("request.notGraphQlField", language, line, column, field);
		}
		if (ex instanceof ServerWebInputException input && input.getCause() == null && input.getReason() != null
				&& input.getReason().startsWith("No 'query'")) {
			return Messages.text("request.noQuery", language);
		}
		return null;
	}

}
