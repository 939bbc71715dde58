package se.justera.graphql;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import se.justera.web.ErrorBody;

/**
 * GraphQL over HTTP GET, for queries only: {@code GET /graphql?query=...&variables=...&operationName=...
 * &extensions=...} is served exactly as the same POST would be (every limit, guard and interceptor
 * applies: it becomes that POST here, before anything else sees it), with headers that let a cache
 * keep an anonymous answer. A mutation is 405 (Allow: POST): a GET must change nothing, and a link
 * or a prefetch must not be able to write. A persisted query's hash alone works too (APQ); a hash of
 * a mutation is refused when the document is known ({@link DocumentCache}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after the body limit, before security and the per-client limits
class GetRequests extends OncePerRequestFilter {

	/** A request attribute set on a GET turned POST: its document may not be a mutation. */
	static final String GET = "justera.graphql.get";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String path;

	private final long maxAgeSeconds;

	GetRequests(@Value("${spring.graphql.http.path:/graphql}") String path,
			@Value("${justera.graphql.get.max-age:60s}") Duration maxAge) {
		this.path = path;
		this.maxAgeSeconds = maxAge.toSeconds();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod())
				|| !(request.getContextPath() + this.path).equals(request.getRequestURI())
				|| (request.getParameter("query") == null && request.getParameter("extensions") == null);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		String query = request.getParameter("query");
		if (query != null) {
			body.put("query", query);
		}
		if (request.getParameter("operationName") != null) {
			body.put("operationName", request.getParameter("operationName"));
		}
		try {
			body.put("variables", json(request, "variables"));
			body.put("extensions", json(request, "extensions"));
		}
		catch (JacksonException | ClassCastException ex) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST, "BAD_USER_INPUT",
					"variables and extensions are JSON objects in the query string (URL-encoded)");
			return;
		}
		if (query != null && isMutation(query, request.getParameter("operationName"))) {
			response.setHeader("Allow", "POST");
			refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
					"A mutation is sent with POST: GET is for queries only");
			return;
		}
		byte[] bytes = JSON.writeValueAsBytes(body);
		request.setAttribute(GET, Boolean.TRUE);
		boolean anonymous = request.getHeader("Authorization") == null;
		response.setHeader("Cache-Control", anonymous ? "public, max-age=" + this.maxAgeSeconds : "private, no-store");
		response.setHeader("Vary", "Accept, Accept-Language, Authorization");
		chain.doFilter(new JsonPost(request, bytes), new NoCacheUnlessOk(response));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return value == null || value.isBlank() ? Map.of() : (Map<String, Object>) JSON.readValue(value, Map.class);
	}

	/** The operation the request runs is a mutation (or subscription); a document that does not parse is left to the server's error. */
	static boolean isMutation(String query, String operationName) {
		Document document;
		try {
			document = Parser.parse(query);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		for (OperationDefinition operation : operations) {
			boolean chosen = operationName == null ? operations.size() == 1 : operationName.equals(operation.getName());
			if (chosen && operation.getOperation() != OperationDefinition.Operation.QUERY) {
				return true;
			}
		}
		return false;
	}

	private static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
		ErrorBody.of(code, message).write(response, status);
	}

	/** An answer other than 200 (an error, a refusal, a limit) is not for a cache to keep. */
	private static final class NoCacheUnlessOk extends HttpServletResponseWrapper {

		NoCacheUnlessOk(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int status) {
			if (status != SC_OK) {
				setHeader("Cache-Control", "no-store");
			}
			super.setStatus(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			setHeader("Cache-Control", "no-store");
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			setHeader("Cache-Control", "no-store");
			super.sendError(status, message);
		}

	}

}
