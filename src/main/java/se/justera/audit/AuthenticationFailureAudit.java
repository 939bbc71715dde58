package se.justera.audit;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refused authentication (HTTP 401: a bad, expired or forged token) goes into the audit log too,
 * as operation {@code authenticate} with the client's address and the reason. At most one entry
 * per client address per interval, so a flood of bad tokens cannot flood the log; the entry says
 * how many refusals it stands for. Sits outside Spring Security's filters to see their answer.
 */
@Component
@Order(-101) // just outside Spring Security's filter chain (-100)
class AuthenticationFailureAudit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AuthenticationFailureAudit.class);

	private static final int MAX_CLIENTS = 10_000;

	private final AuditLog audit;

	private final long intervalNanos;

	/** Per client address: when its last entry was written, and refusals since. */
	private final Map<String, long[]> clients = new ConcurrentHashMap<>();

	AuthenticationFailureAudit(AuditLog audit,
			@Value("${justera.audit.authentication-failure-interval:60s}") java.time.Duration interval) {
		this.audit = audit;
		this.intervalNanos = interval.toNanos();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			refused(request.getRemoteAddr(), request.getRequestURI(), response.getHeader("WWW-Authenticate"));
		}
	}

	private void refused(String client, String path, String reason) {
		if (this.clients.size() > MAX_CLIENTS) {
			this.clients.clear(); // a flood of addresses: start counting afresh rather than grow
		}
		long now = System.nanoTime();
		long[] state = this.clients.computeIfAbsent(client, key -> new long[] { now - this.intervalNanos - 1, 0 });
		long refusals;
		synchronized (state) {
			state[1]++;
			if (now - state[0] <= this.intervalNanos) {
				return;
			}
			refusals = state[1];
			state[0] = now;
			state[1] = 0;
		}
		Map<String, Object> arguments = new LinkedHashMap<>();
		arguments.put("client", client);
		arguments.put("path", path);
		arguments.put("refusals", refusals);
		try {
			this.audit.record("anonymous", "", "authenticate", arguments, "UNAUTHENTICATED",
					reason == null ? "no valid bearer token" : reason);
		}
		catch (RuntimeException ex) {
			// the refusal stands whether or not it could be written down
			log.warn("Could not audit a refused authentication from {}: {}", client, ex.getMessage());
		}
	}

}
