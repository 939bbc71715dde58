package se.justera.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import se.justera.web.ErrorBody;

/**
 * Refuses a request body over the limit (HTTP 413 with a GraphQL-shaped error, code
 * REQUEST_TOO_LARGE): at once when its Content-Length says so, else (chunked) as soon as reading
 * passes the limit, so a body of any size costs at most the limit. The default leaves room for the
 * largest protocol text the import takes; protocol files (POST /protocols, /protocols/check) have
 * their own, larger limit (justera.upload.max-request-bytes).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeFilter extends OncePerRequestFilter implements HandlerExceptionResolver {

	private final long maxBytes;

	private final long uploadMaxBytes;

	RequestSizeFilter(@Value("${justera.graphql.max-request-bytes:10000000}") long maxBytes,
			@Value("${justera.upload.max-request-bytes:26214400}") long uploadMaxBytes) {
		this.maxBytes = maxBytes;
		this.uploadMaxBytes = uploadMaxBytes;
	}

	/** The limit of this request, and the setting that makes it: protocol files have their own. */
	private record Limit(long bytes, String property) {
	}

	private Limit limit(HttpServletRequest request) {
		String uri = request.getRequestURI();
		if ("POST".equals(request.getMethod()) && (uri.equals("/protocols") || uri.startsWith("/protocols/"))) {
			return new Limit(this.uploadMaxBytes, "justera.upload.max-request-bytes");
		}
		return new Limit(this.maxBytes, "justera.graphql.max-request-bytes");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Limit limit = limit(request);
		long length = request.getContentLengthLong();
		if (length > limit.bytes()) {
			refuse(response, "The request is " + length + " bytes", limit);
			return;
		}
		LimitedRequest limited = new LimitedRequest(request, limit.bytes());
		try {
			chain.doFilter(limited, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!limited.exceeded || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			refuse(response, "The request is over " + limit.bytes() + " bytes", limit);
		}
	}

	/** Where the body is read by a handler, the overflow surfaces as that handler's exception. */
	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!causedByOverflow(ex)) {
			return null;
		}
		try {
			Limit limit = limit(request);
			refuse(response, "The request is over " + limit.bytes() + " bytes", limit);
		}
		catch (IOException io) {
			return null;
		}
		return new ModelAndView();
	}

	private static boolean causedByOverflow(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	private static void refuse(HttpServletResponse response, String what, Limit limit) throws IOException {
		response.setHeader("Connection", "close"); // the rest of the body is not read
		ErrorBody.of("REQUEST_TOO_LARGE", what + "; the limit is " + limit.bytes() + " (" + limit.property() + ")")
			.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("The request body is over " + limit + " bytes");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		private volatile boolean exceeded;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream());
			}
			return this.stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

		private final class Counting extends ServletInputStream {

			private final ServletInputStream in;

			private long read;

			Counting(ServletInputStream in) {
				this.in = in;
			}

			@Override
			public int read() throws IOException {
				int b = this.in.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = this.in.read(buffer, offset, length);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(int n) throws BodyTooLargeException {
				this.read += n;
				if (this.read > LimitedRequest.this.limit) {
					LimitedRequest.this.exceeded = true;
					throw new BodyTooLargeException(LimitedRequest.this.limit);
				}
			}

			@Override
			public boolean isFinished() {
				return this.in.isFinished();
			}

			@Override
			public boolean isReady() {
				return this.in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				this.in.setReadListener(listener);
			}

		}

	}

}
