package se.justera.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.justera.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local mode, over real HTTP: which tokens are refused and how. A refused token is a 401 with the
 * reason in WWW-Authenticate and in a GraphQL-shaped JSON body; a token that grants no role is a
 * FORBIDDEN on a guarded mutation.
 */
@IntegrationTest
class TokenValidationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String QUERY = "{\"query\":\"{ rulesetVersion }\"}";

	static final String GUARDED = "{\"query\":\"mutation { reloadRules { success } }\"}";

	record Reply(int status, String body, String wwwAuthenticate) {

		JsonNode error() {
			JsonNode errors = JSON.readTree(this.body).get("errors");
			assertThat(errors.size()).as(this.body).isEqualTo(1);
			return errors.get(0);
		}

	}

	@Autowired
	LocalTokenIssuer tokens;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void aDotlessIAdministratorIsNoAdministrator() throws Exception {
		String token = sign(claims -> claims.claim("roles", List.of("adm\u0131nistrator")));

		Reply reply = post(token, GUARDED);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.error().get("extensions").get("code").asString()).isEqualTo("FORBIDDEN");
		assertThat(reply.body()).doesNotContain("\"success\":true");
	}

	@Test
	void aGenericAdminRoleGrantsNothingByDefault() throws Exception {
		for (String role : List.of("admin", "officer", "ADMIN")) {
			Reply reply = post(sign(claims -> claims.claim("roles", List.of(role))), GUARDED);

			assertThat(reply.error().get("extensions").get("code").asString()).as(role).isEqualTo("FORBIDDEN");
		}
	}

	@Test
	void theCanonicalNameStillWorks() throws Exception {
		Reply reply = post(sign(claims -> claims.claim("roles", List.of("ADMINISTRATOR"))), GUARDED);

		assertThat(reply.body()).contains("\"success\":true");
	}

	@Test
	void aTokenWithoutExpiryIsRefused() throws Exception {
		String token = sign(claims -> claims.expirationTime(null));

		Reply reply = post(token, QUERY);

		assertUnauthenticated(reply, "no expiry (exp claim)");
	}

	@Test
	void aTokenWithoutTheNameClaimIsA401NotA500() throws Exception {
		String token = sign(claims -> claims.subject(null));

		Reply reply = post(token, GUARDED);

		assertUnauthenticated(reply, "no 'sub' claim");
	}

	@Test
	void reservedSubjectsAreRefused() throws Exception {
		int logged = auditEntries();
		for (String subject : List.of("system", " SYSTEM ", "Anonymous", "\uff53\uff59\uff53\uff54\uff45\uff4d", "cli:root",
				" CLI:alice", "\uff43\uff4c\uff49:bob")) {
			Reply reply = post(sign(claims -> claims.subject(subject)), GUARDED);

			assertThat(reply.status()).as(subject).isEqualTo(401);
			assertThat(reply.error().get("message").asString()).as(subject).contains("keeps for its own entries in the audit log");
		}
		assertThat(auditEntries()).as("refused before the mutation runs: nothing in the audit log").isEqualTo(logged);
	}

	@Test
	void aSubjectWithInvisibleCharactersIsRefused() throws Exception {
		Reply reply = post(sign(claims -> claims.subject("system\u200b")), QUERY);

		assertUnauthenticated(reply, "control or invisible characters");
	}

	@Test
	void anExpiredTokenIsRefusedWithTheReason() throws Exception {
		Instant now = Instant.now();
		String expired = this.tokens.mint("late", List.of(Role.CLERK), now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));

		Reply reply = post(expired, QUERY);

		assertUnauthenticated(reply, "expired");
	}

	@Test
	void aBadSignatureIsRefusedWithTheReason() throws Exception {
		String forged = new LocalTokenIssuer(Files.createTempDirectory("other").resolve("secret"))
			.mint("mallory", Role.ADMINISTRATOR);

		Reply reply = post(forged, QUERY);

		assertUnauthenticated(reply, "signature");
	}

	@Test
	void aValidTokenPasses() throws Exception {
		assertThat(post(sign(claims -> { }), QUERY).status()).isEqualTo(200);
	}

	private int auditEntries() {
		return this.jdbc.sql("select count(*) from audit_log").query(Integer.class).single();
	}

	private void assertUnauthenticated(Reply reply, String reason) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(401);
		assertThat(reply.wwwAuthenticate()).startsWith("Bearer").contains("invalid_token").contains(reason);
		JsonNode error = reply.error();
		assertThat(error.get("extensions").get("code").asString()).isEqualTo("UNAUTHENTICATED");
		assertThat(error.get("message").asString()).startsWith("Unauthenticated").contains(reason);
	}

	/** A local-mode token, valid unless the test changes its claims. */
	private String sign(Consumer<JWTClaimsSet.Builder> change) throws Exception {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(LocalTokenIssuer.ISSUER)
			.subject("test-token")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)))
			.claim("roles", List.of("clerk"));
		change.accept(claims);
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
		jwt.sign(new MACSigner(this.tokens.key()));
		return jwt.serialize();
	}

	private Reply post(String token, String json) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		return new Reply(response.statusCode(), response.body(),
				response.headers().firstValue("WWW-Authenticate").orElse(""));
	}

}
