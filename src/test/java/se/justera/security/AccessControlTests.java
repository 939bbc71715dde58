package se.justera.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.Tokens;
import se.justera.protocol.ProtocolImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation that changes something, against every role: the allowed roles succeed; the others
 * get UNAUTHENTICATED (no token) or FORBIDDEN (wrong role) and nothing changes.
 */
@IntegrationTest
class AccessControlTests {

	/** One guarded operation: its document, variables, and the roles that may run it. */
	record Operation(String name, String document, Map<String, Object> variables, Set<Role> allowed) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static final String SAMPLE;

	static {
		try {
			SAMPLE = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Stands for the id of a finding of the imported sample. */
	static final String FINDING = "$finding";

	static List<Operation> operations() {
		return List.of(
				new Operation("importProtocol", "importProtocol",
						Map.of("input", Map.of("municipality", "Smedjebacken", "text", SAMPLE)),
						Set.of(Role.CLERK, Role.ADMINISTRATOR)),
				new Operation("checkProtocol", "checkProtocol",
						Map.of("input", Map.of("municipality", "Smedjebacken", "text", SAMPLE)),
						Set.of(Role.CLERK, Role.ADMINISTRATOR)),
				new Operation("reloadRules", "reloadRules", Map.of(), Set.of(Role.COMPLIANCE_OFFICER, Role.ADMINISTRATOR)),
				new Operation("cancelReload", "cancelReload", Map.of(), Set.of(Role.COMPLIANCE_OFFICER, Role.ADMINISTRATOR)),
				new Operation("rulesets", "rulesets", Map.of(), Set.of(Role.COMPLIANCE_OFFICER, Role.ADMINISTRATOR)),
				new Operation("configureBody", "configureBody",
						Map.of("input", Map.of("municipality", "Smedjebacken", "body", "Kommunstyrelsen", "seats", 13)),
						Set.of(Role.COMPLIANCE_OFFICER, Role.ADMINISTRATOR)),
				new Operation("configureOverrunThreshold", "configureOverrunThreshold",
						Map.of("municipality", "Smedjebacken", "percent", 2.5),
						Set.of(Role.COMPLIANCE_OFFICER, Role.ADMINISTRATOR)),
				new Operation("configureBudgetUnit", "configureBudgetUnit",
						Map.of("input", Map.of("municipality", "Smedjebacken", "label", "VBU", "committee", false)),
						Set.of(Role.COMPLIANCE_OFFICER, Role.ADMINISTRATOR)),
				new Operation("reviewFinding", "reviewFinding",
						Map.of("input", Map.of("findingId", FINDING, "action", "ACKNOWLEDGE")),
						Set.of(Role.COMPLIANCE_OFFICER, Role.ADMINISTRATOR)),
				new Operation("auditLog", "auditLog", Map.of(), Set.of(Role.COMPLIANCE_OFFICER, Role.ADMINISTRATOR)),
				new Operation("correctProtocol", "correctProtocol",
						Map.of("input", Map.of("municipality", "Smedjebacken", "text",
								SAMPLE.replace("Förmånscykel till medarbetare.....", "Förmånscyklar....."), "reason",
								"title")),
						Set.of(Role.CLERK, Role.ADMINISTRATOR)),
				new Operation("createMunicipality", "createMunicipality", Map.of("name", "Ludvika"),
						Set.of(Role.ADMINISTRATOR)),
				new Operation("createBody", "createBody",
						Map.of("input", Map.of("municipality", "Smedjebacken", "name", "Tekniska nämnden", "kind",
								"COMMITTEE")),
						Set.of(Role.ADMINISTRATOR)));
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Operation operation : operations()) {
			cases.add(Arguments.of(operation, null));
			for (Role role : Role.values()) {
				cases.add(Arguments.of(operation, role));
			}
		}
		return cases.stream();
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	LocalTokenIssuer tokens;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Autowired
	ProtocolImportService imports;

	String finding;

	@BeforeEach
	void theSampleAlone() {
		Database.clear();
		this.imports.importProtocol("Smedjebacken", SAMPLE);
		this.finding = this.jdbc.sql("select id from finding limit 1").query(String.class).single();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void everyGuardedOperationAgainstEveryRole(Operation operation, Role role) {
		HttpGraphQlTester tester = role == null ? this.graphQl : Tokens.as(this.graphQl, this.tokens, role);
		String before = state();
		var request = tester.documentName(operation.document());
		for (Map.Entry<String, Object> variable : operation.variables().entrySet()) {
			request = request.variable(variable.getKey(), withFinding(variable.getValue()));
		}

		var response = request.execute();

		if (role != null && operation.allowed().contains(role)) {
			response.errors().verify();
		}
		else {
			String code = role == null ? "UNAUTHENTICATED" : "FORBIDDEN";
			response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("code", code);
				assertThat(error.getMessage()).contains(operation.name());
			}));
			assertThat(state()).isEqualTo(before);
		}
	}

	@SuppressWarnings("unchecked")
	private Object withFinding(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new java.util.HashMap<>();
			((Map<String, Object>) map).forEach((k, v) -> copy.put(k, withFinding(v)));
			return copy;
		}
		return FINDING.equals(value) ? this.finding : value;
	}

	@Test
	void anyoneMayReadMinutes() {
		this.graphQl.document("{ meetings { totalCount } }").execute().errors().verify();
	}

	@Test
	void thereIsNoLogoutEndpoint() throws Exception {
		// stateless bearer tokens: Spring Security's logout filter (a redirect on POST /logout) is off
		int status = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/logout"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();

		assertThat(status).isEqualTo(404);
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
		String forged = new LocalTokenIssuer(java.nio.file.Files.createTempDirectory("other").resolve("secret"))
			.mint("mallory", Role.ADMINISTRATOR);

		assertThat(post(forged)).isEqualTo(401);
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		java.time.Instant now = java.time.Instant.now();
		String expired = this.tokens.mint("late", List.of(Role.CLERK), now.minus(Duration.ofHours(2)),
				now.minus(Duration.ofHours(1)));

		assertThat(post(expired)).isEqualTo(401);
	}

	@Test
	void rolesFromTheConfiguredClaimAreRead() {
		var claims = org.springframework.security.oauth2.jwt.Jwt.withTokenValue("t")
			.header("alg", "none")
			.claim("realm_access", Map.of("roles", List.of("compliance-officer", "unknown")))
			.build();

		assertThat(SecurityConfiguration.roles(claims, "realm_access.roles")).extracting(Object::toString)
			.containsExactly("ROLE_COMPLIANCE_OFFICER");
	}

	private int post(String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ rulesetVersion }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	/** Everything a guarded operation could change, as one string to compare. */
	private String state() {
		return this.jdbc.sql("""
				select (select count(*) from meeting) || '|' || (select count(*) from finding) || '|'
				    || (select count(*) from meeting_version) || '|' || (select count(*) from municipality) || '|'
				    || coalesce((select string_agg(name || ':' || coalesce(seats::text, '-'), ',' order by id) from body), '')
				    || '|' || coalesce((select string_agg(coalesce(overrun_threshold_percent::text, '-'), ',') from municipality), '')
				    || '|' || (select count(*) from budget_unit) || '|' || (select count(*) from finding_review)
				    || '|' || coalesce((select string_agg(status, ',' order by id) from finding), '')""").query(String.class).single();
	}

}
