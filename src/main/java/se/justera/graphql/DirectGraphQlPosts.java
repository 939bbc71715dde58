package se.justera.graphql;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain GraphQL POST (a JSON body, an {@code Accept} of JSON or GraphQL's response type or none,
 * no {@code Origin}) is answered at the end of the filter chain, after Spring Security and the
 * per-client limits, by Spring for GraphQL's own handler chain ({@link WebGraphQlHandler}: every
 * interceptor, instrumentation and limit), without Spring MVC's dispatch: the handler mapping, the
 * router's request object, the message converters' negotiation and the response object around them
 * were a sixth of a {@code { __typename }}'s CPU (README, seventh round). The answer is the one Spring
 * for GraphQL's HTTP handler gives: the same media type for the same {@code Accept}, 400 for a
 * {@code graphql-response+json} answer without data, the same JSON from the application's mapper.
 * <p>
 * Everything else goes on to that handler as before, with the body as it came when it was read
 * here already: a browser's request (its {@code Origin} is CORS's to judge), any other content type
 * or {@code Accept}, a body that is not a GraphQL request. {@code DirectGraphQlPostsTests} holds
 * the two ways to the same answers.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for the command-line tools
@Order(Ordered.LOWEST_PRECEDENCE) // the last filter: after security and AnonymousClientFilter
class DirectGraphQlPosts extends OncePerRequestFilter {

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static final String JSON = "application/json";

	private final WebGraphQlHandler handler;

	private final JsonMapper mapper;

	private final ObjectReader requestReader;

	private final String path;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	DirectGraphQlPosts(WebGraphQlHandler handler, JsonMapper mapper,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		this.handler = handler;
		this.mapper = mapper;
		this.requestReader = mapper.readerFor(SerializableGraphQlRequest.class);
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader("Origin") != null
				|| !(request.getContextPath() + this.path).equals(request.getRequestURI())
				|| !isJson(request.getContentType()) || responseType(request.getHeader("Accept")) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes(); // an overflow is RequestSizeFilter's 413
		SerializableGraphQlRequest graphQl = read(body);
		if (graphQl == null) {
			chain.doFilter(new JsonPost(request, body), response);
			return;
		}
		ServletServerHttpRequest http = new ServletServerHttpRequest(request);
		WebGraphQlRequest webRequest = new WebGraphQlRequest(http.getURI(), http.getHeaders(), cookies(request),
				http.getRemoteAddress(), new Attributes(request), graphQl, this.ids.generateId().toString(),
				LocaleContextHolder.getLocale());
		WebGraphQlResponse answer = execute(webRequest);
		String type = responseType(request.getHeader("Accept"));
		// as Spring for GraphQL's handler: a graphql-response+json answer without data is a request error
		boolean requestError = GRAPHQL_RESPONSE.equals(type) && !answer.getExecutionResult().isDataPresent();
		response.setStatus(requestError ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK);
		answer.getResponseHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentType(type);
		byte[] json = this.mapper.writeValueAsBytes(answer.toMap());
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

	/** The GraphQL request in the body, or null where Spring's handler is to judge it (and say what is wrong). */
	private SerializableGraphQlRequest read(byte[] body) {
		SerializableGraphQlRequest request;
		try {
			request = this.requestReader.readValue(body);
		}
		catch (JacksonException ex) {
			return null;
		}
		boolean persisted = request != null && request.getExtensions().get("persistedQuery") != null;
		return request != null && (request.getQuery() != null || persisted) ? request : null;
	}

	/** The handler chain answers on this thread (every data fetcher here is blocking JDBC). */
	private WebGraphQlResponse execute(WebGraphQlRequest request) throws ServletException {
		try {
			return this.handler.handleRequest(request).toFuture().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServletException("Interrupted while answering a GraphQL request", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new ServletException(ex.getCause());
		}
	}

	/** A content type Spring's JSON reader would read as this one does: JSON in UTF-8. */
	static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		int semicolon = contentType.indexOf(';');
		String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
		if (!JSON.equalsIgnoreCase(type)) {
			return false;
		}
		if (semicolon < 0) {
			return true;
		}
		String parameter = contentType.substring(semicolon + 1).trim().replace(" ", "");
		return parameter.equalsIgnoreCase("charset=utf-8") || parameter.equalsIgnoreCase("charset=\"utf-8\"");
	}

	/**
	 * The media type Spring for GraphQL's handler answers this {@code Accept} with, for the plain
	 * ones (none, any, JSON, GraphQL's response type); null for any other, which is left to it.
	 */
	static String responseType(String accept) {
		if (accept == null || accept.isBlank() || accept.trim().equals("*/*") || accept.trim().equalsIgnoreCase(JSON)) {
			return JSON;
		}
		return accept.trim().equalsIgnoreCase(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : null;
	}

	/** The cookies as Spring's handler passes them on (none of the interceptors reads them). */
	private static MultiValueMap<String, HttpCookie> cookies(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		MultiValueMap<String, HttpCookie> map = new LinkedMultiValueMap<>(cookies == null ? 0 : cookies.length);
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				map.add(cookie.getName(), new HttpCookie(cookie.getName(), cookie.getValue()));
			}
		}
		return map;
	}

	/** The request's attributes as a live map, as Spring's handler passes them (ErrorCodes reads one). */
	private static final class Attributes extends AbstractMap<String, Object> {

		private final HttpServletRequest request;

		Attributes(HttpServletRequest request) {
			this.request = request;
		}

		@Override
		public Object get(Object key) {
			return key instanceof String name ? this.request.getAttribute(name) : null;
		}

		@Override
		public Object put(String key, Object value) {
			Object previous = this.request.getAttribute(key);
			this.request.setAttribute(key, value);
			return previous;
		}

		@Override
		public Object remove(Object key) {
			Object previous = get(key);
			if (key instanceof String name) {
				this.request.removeAttribute(name);
			}
			return previous;
		}

		@Override
		public Set<Entry<String, Object>> entrySet() {
			return new AbstractSet<>() {

				@Override
				public Iterator<Entry<String, Object>> iterator() {
					Iterator<String> names = Collections.list(Attributes.this.request.getAttributeNames()).iterator();
					return new Iterator<>() {

						private String last;

						@Override
						public boolean hasNext() {
							return names.hasNext();
						}

						@Override
						public Entry<String, Object> next() {
							this.last = names.next();
							return new SimpleEntry<>(this.last, Attributes.this.request.getAttribute(this.last));
						}

						@Override
						public void remove() {
							Attributes.this.request.removeAttribute(this.last);
						}

					};
				}

				@Override
				public int size() {
					return Collections.list(Attributes.this.request.getAttributeNames()).size();
				}

			};
		}

	}

}
