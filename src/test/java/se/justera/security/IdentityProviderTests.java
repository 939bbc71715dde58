package se.justera.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.justera.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode: tokens from an identity provider (here a JWK set served on loopback, as a
 * municipality's IdP publishes one), roles from a configured nested claim; local mode is off.
 */
@IntegrationTest
class IdentityProviderTests {

	static final RSAKey KEY;

	static final HttpServer JWKS;

	static {
		try {
			KEY = new RSAKeyGenerator(2048).keyID("idp-key").generate();
			JWKS = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			JWKS.createContext("/jwks", exchange -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			JWKS.start();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
				() -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks");
		registry.add("justera.security.role-claim", () -> "realm_access.roles");
		registry.add("justera.security.name-claim", () -> "preferred_username");
	}

	@AfterAll
	static void stop() {
		JWKS.stop(0);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aTokenFromTheIdentityProviderCarriesItsRoles() throws Exception {
		String token = sign(Map.of("realm_access", Map.of("roles", List.of("compliance_officer"))));

		String body = post(token, "{\"query\":\"mutation { reloadRules { success } }\"}");

		assertThat(body).contains("\"success\":true");
	}

	@Test
	void aTokenWithoutTheRoleIsForbidden() throws Exception {
		String token = sign(Map.of("realm_access", Map.of("roles", List.of("clerk"))));

		String body = post(token, "{\"query\":\"mutation { reloadRules { success } }\"}");

		assertThat(body).contains("FORBIDDEN");
	}

	@Test
	void localModeIsOff() {
		assertThat(this.context.getBeansOfType(LocalTokenIssuer.class)).isEmpty();
	}

	private String sign(Map<String, Object> claims) throws Exception {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("a1b2c3")
			.claim("preferred_username", "karin.officer")
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(600)));
		claims.forEach(builder::claim);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), builder.build());
		jwt.sign(new RSASSASigner(KEY));
		return jwt.serialize();
	}

	private String post(String token, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
