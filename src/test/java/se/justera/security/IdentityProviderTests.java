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
import java.util.function.Consumer;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.justera.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode: tokens from an identity provider (here a JWK set served on loopback, as a
 * municipality's IdP publishes one), roles from a configured nested claim and the role mapping; the
 * same token checks as in local mode (exp required, the name claim present and not reserved); local
 * mode is off.
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
		registry.add("justera.security.role-mapping", () -> "kommun-admin:administrator, https://idp.example/roles/diarie:clerk");
	}

	@AfterAll
	static void stop() {
		JWKS.stop(0);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

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
	void aMappedRoleNameGrantsItsRole() throws Exception {
		String token = sign(Map.of("realm_access", Map.of("roles", List.of("Kommun-Admin"))));

		String body = post(token, "{\"query\":\"mutation { createMunicipality(name: \\\"Mappinge\\\") { name } }\"}");

		assertThat(body).contains("\"name\":\"Mappinge\"").doesNotContain("errors");
		this.jdbc.sql("delete from municipality where name = 'Mappinge'").update();
	}

	@Test
	void aGenericAdminRoleGrantsNothing() throws Exception {
		String token = sign(Map.of("realm_access", Map.of("roles", List.of("admin", "officer", "kommun-adm\u0131n"))));

		String body = post(token, "{\"query\":\"mutation { reloadRules { success } }\"}");

		assertThat(body).contains("FORBIDDEN").doesNotContain("\"success\":true");
	}

	@Test
	void theProvidersTokensMustExpire() throws Exception {
		String token = sign(claims -> claims.expirationTime(null));

		HttpResponse<String> response = send(token, "{\"query\":\"{ rulesetVersion }\"}");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"").contains("no expiry (exp claim)");
	}

	@Test
	void theProvidersTokensMustCarryTheNameClaim() throws Exception {
		String token = sign(claims -> claims.claim("preferred_username", null));

		HttpResponse<String> response = send(token, "{\"query\":\"mutation { reloadRules { success } }\"}");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"").contains("no 'preferred_username' claim");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				header -> assertThat(header).contains("invalid_token").contains("preferred_username"));
	}

	@Test
	void theProvidersUserMayNotBeCalledSystem() throws Exception {
		String token = sign(claims -> claims.claim("preferred_username", "System"));

		HttpResponse<String> response = send(token, "{\"query\":\"mutation { reloadRules { success } }\"}");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("'system', a name Justera keeps for its own entries");
	}

	@Test
	void anExpiredTokenFromTheProviderIsRefused() throws Exception {
		String token = sign(claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(7200)))
			.expirationTime(Date.from(Instant.now().minusSeconds(3600))));

		HttpResponse<String> response = send(token, "{\"query\":\"{ rulesetVersion }\"}");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"").contains("Jwt expired at");
	}

	@Test
	void localModeIsOff() {
		assertThat(this.context.getBeansOfType(LocalTokenIssuer.class)).isEmpty();
	}

	private String sign(Map<String, Object> claims) throws Exception {
		return sign(builder -> claims.forEach(builder::claim));
	}

	/** A token from the identity provider, valid unless the test changes its claims. */
	private String sign(Consumer<JWTClaimsSet.Builder> change) throws Exception {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("a1b2c3")
			.claim("preferred_username", "karin.officer")
			.claim("realm_access", Map.of("roles", List.of("clerk")))
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(600)));
		change.accept(builder);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), builder.build());
		jwt.sign(new RSASSASigner(KEY));
		return jwt.serialize();
	}

	private String post(String token, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = send(token, json);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> send(String token, String json) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
