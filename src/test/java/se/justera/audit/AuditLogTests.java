package se.justera.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.Tokens;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every mutation leaves a trace, allowed or not; the trace cannot be changed. */
@IntegrationTest
class AuditLogTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	LocalTokenIssuer tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportIsLoggedWithWhoWhatAndOutcomeAndTheTextByItsHash() throws IOException {
		Database.clear();
		String text = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);

		Tokens.as(this.graphQl, this.tokens, Role.CLERK)
			.documentName("importProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", text))
			.executeAndVerify();

		Map<String, Object> entry = latest("importProtocol");
		assertThat(entry).containsEntry("actor", "test-clerk").containsEntry("roles", "clerk").containsEntry("outcome", "OK");
		assertThat((String) entry.get("arguments")).contains("\"municipality\":\"Smedjebacken\"")
			.contains("\"characters\":" + text.length())
			.doesNotContain("Kommunhuset");
	}

	@Test
	void aRefusedMutationIsLoggedAsWell() {
		this.graphQl.documentName("reloadRules").execute();

		assertThat(latest("reloadRules")).containsEntry("actor", "anonymous")
			.containsEntry("outcome", "ERROR")
			.containsEntry("errorCode", "UNAUTHENTICATED");
	}

	@Test
	void aFailedImportIsLoggedWithItsError() {
		Tokens.as(this.graphQl, this.tokens, Role.CLERK)
			.documentName("importProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", "not minutes"))
			.execute();

		assertThat(latest("importProtocol")).containsEntry("outcome", "ERROR").containsEntry("errorCode", "INVALID_PROTOCOL");
	}

	@Test
	void queriesAreNotLogged() {
		long before = count();

		this.graphQl.document("{ rulesetVersion }").executeAndVerify();

		assertThat(count()).isEqualTo(before);
	}

	@Test
	void officersReadTheLogAndClerksMayNot() {
		this.graphQl.documentName("reloadRules").execute();

		Tokens.as(this.graphQl, this.tokens, Role.COMPLIANCE_OFFICER)
			.documentName("auditLog")
			.variable("filter", Map.of("operation", "reloadRules"))
			.variable("first", 1)
			.execute()
			.path("auditLog.edges[0].node.operation").entity(String.class).isEqualTo("reloadRules");
		Tokens.as(this.graphQl, this.tokens, Role.CLERK)
			.documentName("auditLog")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteEntries() {
		this.graphQl.documentName("reloadRules").execute();

		assertThatThrownBy(() -> this.jdbc.sql("update audit_log set actor = 'someone else'").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_log").update()).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_log").update()).rootCause()
			.hasMessageContaining("permission denied");
		assertThat(count()).isPositive();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> latest(String operation) {
		List<Map<String, Object>> entries = (List<Map<String, Object>>) (List<?>) Tokens
			.as(this.graphQl, this.tokens, Role.ADMINISTRATOR)
			.documentName("auditLog")
			.variable("filter", Map.of("operation", operation))
			.variable("first", 1)
			.execute()
			.path("auditLog.edges[*].node")
			.entityList(Map.class)
			.get();
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from audit_log").query(Long.class).single();
	}

}
