package se.justera.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import se.justera.web.ErrorBody;

/**
 * Spring Security's refusals as GraphQL-shaped JSON, {@code {"errors":[{"message":...,
 * "extensions":{"code":"UNAUTHENTICATED"}}]}}, so that GraphiQL and clients show why a token was
 * refused (expired, no exp, no name claim, bad signature); the status and the WWW-Authenticate
 * header stay those of the standard bearer token handlers.
 */
final class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** Spring's own preamble, which says nothing to a reader. */
	private static final String DECODING_PREAMBLE = "An error occurred while attempting to decode the Jwt: ";

	private final AuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();

	private final AccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		this.bearerEntryPoint.commence(request, response, ex);
		if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) { // insufficient_scope
			write(response, "Forbidden: " + reason(ex), "FORBIDDEN");
		}
		else {
			write(response, (ex instanceof OAuth2AuthenticationException ? "Unauthenticated: the bearer token was refused: "
					: "Unauthenticated: ") + reason(ex), "UNAUTHENTICATED");
		}
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		this.bearerAccessDenied.handle(request, response, ex);
		write(response, "Forbidden: your role may not do this", "FORBIDDEN");
	}

	private static String reason(AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
			String description = oauth.getError().getDescription();
			return description.startsWith(DECODING_PREAMBLE) ? description.substring(DECODING_PREAMBLE.length())
					: description;
		}
		return ex.getMessage() != null ? ex.getMessage() : "no reason given";
	}

	private static void write(HttpServletResponse response, String message, String code) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		ErrorBody.of(code, message).write(response, response.getStatus());
	}

}
