package se.justera.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.ApiClient;
import se.justera.ApiClient.Answer;
import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log holds exactly what ran: each executed mutation field with its own outcome and its
 * arguments as executed, however the request names its operation or writes its arguments.
 */
@IntegrationTest
class AuditExecutionTests {

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer tokens;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	long before;

	@BeforeEach
	void start() {
		Database.clear();
		this.api = new ApiClient(this.port);
		this.before = this.jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
	}

	@Test
	void anEmptyOperationNameStillAuditsTheMutationThatRan() {
		Answer answer = this.api.post("mutation { createMunicipality(name: \"Granby\") { id } }", Map.of(), "",
				this.tokens.mint("anna", Role.ADMINISTRATOR));

		assertThat(answer.errors()).isEmpty();
		assertThat(entries()).singleElement().satisfies(e -> {
			assertThat(e).containsEntry("operation", "createMunicipality").containsEntry("outcome", "OK")
				.containsEntry("actor", "anna");
			assertThat((String) e.get("arguments")).contains("\"name\":\"Granby\"");
		});
	}

	@Test
	void inlineArgumentsAreLoggedAsExecuted() {
		String inline = "mutation { importProtocol(input: { municipality: \"Smedjebacken\", text: \"not minutes\" })"
				+ " { created } }";

		this.api.post(inline, Map.of(), null, this.tokens.mint("clerk-1", Role.CLERK));

		assertThat(entries()).singleElement().satisfies(e -> {
			assertThat(e).containsEntry("operation", "importProtocol").containsEntry("error_code", "INVALID_PROTOCOL");
			assertThat((String) e.get("arguments")).contains("\"municipality\":\"Smedjebacken\"")
				.contains("\"text\":\"not minutes\"");
		});
	}

	@Test
	void aFieldAfterAFailedOneDoesNotRunAndLeavesNoEntry() {
		String both = "mutation { a: createBody(input: { municipality: \"Granby\", name: \"Kommunstyrelsen\","
				+ " kind: EXECUTIVE_BOARD }) { id } b: createMunicipality(name: \"Granby\") { id } }";

		this.api.post(both, Map.of(), null, this.tokens.mint("clerk-1", Role.CLERK));

		assertThat(entries()).extracting(e -> e.get("operation") + " " + e.get("outcome") + " " + e.get("error_code"))
			.containsExactly("createBody ERROR FORBIDDEN");
	}

	@Test
	void aFieldThatSucceedsBesideOneThatIsRefusedIsLoggedAsItRan() throws IOException {
		String text = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);
		String mixed = "mutation($text: String!) { a: importProtocol(input: { municipality: \"Smedjebacken\", text: $text })"
				+ " { created } b: createMunicipality(name: \"Hackby\") { id } }";

		this.api.post(mixed, Map.of("text", text), null, this.tokens.mint("clerk-1", Role.CLERK));

		assertThat(entries()).extracting(e -> e.get("operation") + " " + e.get("outcome") + " " + e.get("error_code"))
			.containsExactly("importProtocol OK null", "createMunicipality ERROR FORBIDDEN");
		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from municipality where name = 'Hackby'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void queriesAndRequestsRefusedBeforeRunningLeaveNoEntry() {
		this.api.post("{ rulesetVersion }");
		this.api.post("mutation { createMunicipality(name: 1) { id } }"); // invalid: nothing ran

		assertThat(entries()).isEmpty();
	}

	@Test
	void refusedTokensAreLoggedOncePerClientAndInterval() {
		for (int i = 0; i < 3; i++) {
			Answer answer = this.api.post("{ rulesetVersion }", Map.of(), null, "not.a.token");
			assertThat(answer.status()).isEqualTo(401);
		}

		// three refusals, at most one entry (none if this client's entry of the interval was written earlier)
		long now = this.jdbc.sql("select count(*) from audit_log where operation = 'authenticate' and id > ?")
			.params(this.before).query(Long.class).single();
		assertThat(now).isLessThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from audit_log where operation = 'authenticate'"
				+ " and error_code = 'UNAUTHENTICATED' and arguments->>'client' = '127.0.0.1'").query(Long.class).single())
			.isPositive();
	}

	private List<Map<String, Object>> entries() {
		return this.jdbc.sql("select operation, outcome, error_code, actor, arguments::text as arguments from audit_log"
				+ " where id > ? and operation <> 'authenticate' order by id")
			.params(this.before)
			.query()
			.listOfRows();
	}

}
