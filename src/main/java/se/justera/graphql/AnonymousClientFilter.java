package se.justera.graphql;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.justera.jdbc.RequestWork;
import se.justera.web.ErrorBody;

/**
 * The open door's limits on /graphql and the download of kept protocol files (after authentication, so it knows who is anonymous):
 * each anonymous client may send so many requests per second (HTTP 429, RATE_LIMITED, with
 * Retry-After), and only so many anonymous requests run at once (HTTP 503, SERVER_BUSY, after a
 * short wait), so that a crowd of readers cannot take every thread. Every request here reads from
 * the read pool unless a mutation asks for the write pool.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before DirectGraphQlPosts, which answers at the chain's end
class AnonymousClientFilter extends OncePerRequestFilter {

	private final GraphQlLimits.Anonymous limits;

	private final TokenBuckets requests;

	private final Semaphore running;

	private final RequestWork work;

	AnonymousClientFilter(GraphQlLimits limits, RequestWork work) {
		this.limits = limits.anonymous();
		this.requests = new TokenBuckets(this.limits.requestBurst(), this.limits.requestsPerSecond(), 100_000,
				System::nanoTime);
		// fair: the waiting are let in in the order they came, so that no request waits behind later ones
		this.running = new Semaphore(this.limits.maxConcurrent(), true);
		this.work = work;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		// a kept protocol file is a read too (GET /protocols/{id}/source): the same door, the same limits
		return !uri.equals("/graphql") && !(uri.startsWith("/protocols/") && uri.endsWith("/source"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!Anonymous.caller()) {
			serve(request, response, chain);
			return;
		}
		long wait = this.requests.take(request.getRemoteAddr(), 1);
		if (wait > 0) {
			refuse(response, 429, wait, "RATE_LIMITED", "Too many requests from this client ("
					+ this.limits.requestsPerSecond() + " per second, justera.graphql.anonymous.requests-per-second);"
					+ " retry in " + wait + " s");
			return;
		}
		boolean admitted;
		try {
			admitted = this.running.tryAcquire(this.limits.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			refuse(response, 503, 1, "SERVER_BUSY", "The server is busy with other readers ("
					+ this.limits.maxConcurrent() + " at once, justera.graphql.anonymous.max-concurrent); retry shortly");
			return;
		}
		try {
			serve(request, response, chain);
		}
		finally {
			this.running.release();
		}
	}

	private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.work.beginReading();
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.work.end();
		}
	}

	private static void refuse(HttpServletResponse response, int status, long retryAfter, String code, String message)
			throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfter));
		ErrorBody.of(code, message, Map.of("retryAfterSeconds", retryAfter)).write(response, status);
	}

}
