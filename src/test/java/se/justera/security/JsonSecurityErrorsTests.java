package se.justera.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON bodies of Spring Security's refusals, for the paths the HTTP tests cannot reach: every
 * request is let through to GraphQL, so none gets a 403 from Spring Security today.
 */
class JsonSecurityErrorsTests {

	@Test
	void a403IsForbiddenInJsonWithTheBearerHeader() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		new JsonSecurityErrors().handle(new MockHttpServletRequest("POST", "/graphql"), response,
				new AccessDeniedException("no"));

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(JsonMapper.builder().build().readValue(response.getContentAsString(), Map.class))
			.isEqualTo(Map.of("errors", List.of(Map.of("message", "Forbidden: your role may not do this", "extensions",
					Map.of("code", "FORBIDDEN")))));
		assertThat(response.getContentAsString()).startsWith("{\"errors\":[{\"message\":");
	}

	@Test
	void a401WithoutAnOAuthErrorCarriesTheExceptionsMessage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		new JsonSecurityErrors().commence(new MockHttpServletRequest("POST", "/graphql"), response,
				new InsufficientAuthenticationException("Full authentication is required"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.getContentAsString()).contains("Full authentication is required")
			.doesNotContain("bearer token was refused")
			.contains("\"code\":\"UNAUTHENTICATED\"");
	}

}
