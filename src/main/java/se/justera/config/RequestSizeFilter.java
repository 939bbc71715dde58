package se.justera.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the limit before reading it (HTTP 413 with a GraphQL-shaped error,
 * code REQUEST_TOO_LARGE). The default leaves room for the largest protocol text the import takes.
 */
@Component
class RequestSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeFilter(@Value("${justera.graphql.max-request-bytes:10000000}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType("application/json");
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"The request is " + length + " bytes; the limit is " + this.maxBytes
						+ " (justera.graphql.max-request-bytes)\",\"extensions\":{\"code\":\"REQUEST_TOO_LARGE\"}}]}");
			return;
		}
		chain.doFilter(request, response);
	}

}
