package se.justera.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.ApiClient;
import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relay's Node over real HTTP: every Node type found by node(id:) under its global id, nodes(ids:)
 * in order and bounded, a malformed id or one of another type refused as BAD_USER_INPUT in the
 * client's language, the plain databaseId still accepted where an id of a known type is asked for,
 * and a withdrawn meeting not found anonymously (meeting(id:) and node(id:) alike).
 */
@IntegrationTest
class NodeTests {

	static final String NODE = """
			query($id: ID!) { node(id: $id) { __typename id databaseId
			  ... on Meeting { date }
			  ... on Paragraph { number }
			  ... on Finding { ruleId }
			  ... on Body { name }
			  ... on Municipality { name } } }""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LocalTokenIssuer tokens;

	ApiClient api;

	Map<String, Object> meeting;

	@BeforeEach
	void oneMeeting() throws IOException {
		Database.clear();
		this.api = new ApiClient(this.port);
		String falun = new ClassPathResource("protocols/falun-bun-2024-03-05.txt").getContentAsString(StandardCharsets.UTF_8);
		ApiClient.Answer imported = this.api.post("""
				mutation($input: ProtocolInput!) { importProtocol(input: $input) { meeting {
				  id databaseId body { id databaseId name municipality { id databaseId name } }
				  paragraphs { id databaseId number } findings { id databaseId ruleId } } } }""",
				Map.of("input", Map.of("municipality", "Falun", "text", falun, "confirmMunicipality", true)), null,
				token(Role.CLERK));
		assertThat(imported.errors()).isEmpty();
		this.meeting = map(map(imported.data(), "importProtocol"), "meeting");
	}

	@Test
	void aMeetingsIdIsTheBase64OfItsTypeAndDatabaseIdAndNodeFindsIt() {
		long stored = this.jdbc.sql("select id from meeting").query(Long.class).single();

		Map<String, Object> node = node(this.meeting.get("id"));

		assertThat(this.meeting.get("databaseId")).isEqualTo(String.valueOf(stored));
		assertThat(new String(Base64.getDecoder().decode((String) this.meeting.get("id")), StandardCharsets.UTF_8))
			.isEqualTo("Meeting:" + stored);
		assertThat(node).containsEntry("__typename", "Meeting")
			.containsEntry("id", this.meeting.get("id"))
			.containsEntry("databaseId", String.valueOf(stored))
			.containsEntry("date", "2024-03-05");
	}

	@Test
	void nodeFindsAParagraphAFindingABodyAndAMunicipalityEachAsItsType() {
		Map<String, Object> paragraph = list(this.meeting, "paragraphs").get(0);
		Map<String, Object> finding = list(this.meeting, "findings").get(0);
		Map<String, Object> body = map(this.meeting, "body");
		Map<String, Object> municipality = map(body, "municipality");

		assertThat(node(paragraph.get("id"))).containsEntry("__typename", "Paragraph")
			.containsEntry("databaseId", paragraph.get("databaseId"))
			.containsEntry("number", paragraph.get("number"));
		assertThat(node(finding.get("id"))).containsEntry("__typename", "Finding")
			.containsEntry("databaseId", finding.get("databaseId"))
			.containsEntry("ruleId", finding.get("ruleId"));
		assertThat(node(body.get("id"))).containsEntry("__typename", "Body").containsEntry("name", body.get("name"));
		assertThat(node(municipality.get("id"))).containsEntry("__typename", "Municipality")
			.containsEntry("name", "Falun")
			.containsEntry("databaseId", municipality.get("databaseId"));
		assertThat((String) finding.get("databaseId")).matches("[0-9a-f]{24}");
	}

	@Test
	void nodesAnswersInTheOrderAskedWithNullForAnIdOfNothingAndCarriesTheComplianceSummary() {
		String paragraph = (String) list(this.meeting, "paragraphs").get(1).get("id");
		String none = GlobalId.of("Meeting", 999999999L);

		ApiClient.Answer answer = this.api.post("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
				Map.of("ids", List.of(paragraph, none, this.meeting.get("id"))), null, null);

		assertThat(answer.errors()).isEmpty();
		List<Object> nodes = (List<Object>) answer.data().get("nodes");
		assertThat(nodes).hasSize(3);
		assertThat(nodes.get(0)).isEqualTo(Map.of("__typename", "Paragraph", "id", paragraph));
		assertThat(nodes.get(1)).isNull();
		assertThat(nodes.get(2)).isEqualTo(Map.of("__typename", "Meeting", "id", this.meeting.get("id")));
		assertThat(answer.body().get("extensions").toString()).contains("compliance").contains("rulesetVersion");
	}

	@Test
	void moreThanAHundredIdsAreRefused() {
		List<String> ids = new ArrayList<>(Collections.nCopies(101, (String) this.meeting.get("id")));

		ApiClient.Answer answer = this.api.in("en").post("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
				Map.of("ids", ids), null, null);

		assertThat(answer.code()).isEqualTo("BAD_USER_INPUT");
		assertThat(answer.errors().get(0).get("message")).isEqualTo("ids: 101 ids; at most 100 are read at once");
	}

	@Test
	void theIdOfAnotherTypeIsRefusedSayingWhichInSwedishOrEnglish() {
		Object paragraph = list(this.meeting, "paragraphs").get(0).get("id");
		String query = "query($id: ID!) { meeting(id: $id) { id } }";

		ApiClient.Answer swedish = this.api.post(query, Map.of("id", paragraph), null, null);
		ApiClient.Answer english = this.api.in("en-GB,en;q=0.9").post(query, Map.of("id", paragraph), null, null);

		assertThat(swedish.code()).isEqualTo("BAD_USER_INPUT");
		assertThat((String) swedish.errors().get(0).get("message")).startsWith("id: '" + paragraph)
			.endsWith("är id:t för en Paragraph, inte för en Meeting");
		assertThat(english.code()).isEqualTo("BAD_USER_INPUT");
		assertThat((String) english.errors().get(0).get("message")).endsWith("is the id of a Paragraph, not of a Meeting");
	}

	@Test
	void aMalformedIdOrAPlainNumberIsRefusedByNode() {
		String notBase64 = "Meeting:1";
		String unknownType = GlobalId.of("Person", 1);
		String plain = (String) this.meeting.get("databaseId");

		for (String id : List.of(notBase64, unknownType, plain, GlobalId.of("Meeting", "abc"))) {
			ApiClient.Answer answer = this.api.in("en").post("query($id: ID!) { node(id: $id) { id } }",
					Map.of("id", id), null, null);

			assertThat(answer.code()).as(id).isEqualTo("BAD_USER_INPUT");
			assertThat((String) answer.errors().get(0).get("message")).as(id).contains("is not a global id");
		}
	}

	@Test
	void thePlainDatabaseIdIsStillAcceptedWhereAnIdOfAKnownTypeIsAsked() {
		ApiClient.Answer answer = this.api.post("query($id: ID!) { meeting(id: $id) { id } }",
				Map.of("id", this.meeting.get("databaseId")), null, null);
		Map<String, Object> finding = list(this.meeting, "findings").get(0);
		ApiClient.Answer reviewed = this.api.post("""
				mutation($id: ID!) { reviewFinding(input: { findingId: $id, action: ACKNOWLEDGE }) { id status } }""",
				Map.of("id", finding.get("databaseId")), null, token(Role.COMPLIANCE_OFFICER));

		assertThat(answer.errors()).isEmpty();
		assertThat(map(answer.data(), "meeting")).containsEntry("id", this.meeting.get("id"));
		assertThat(reviewed.errors()).isEmpty();
		assertThat(map(reviewed.data(), "reviewFinding")).containsEntry("id", finding.get("id"))
			.containsEntry("status", "ACKNOWLEDGED");
	}

	@Test
	void aWithdrawnMeetingAndItsParagraphsAreNotFoundAnonymouslyButAreWithAToken() {
		Object paragraph = list(this.meeting, "paragraphs").get(0).get("id");
		ApiClient.Answer withdrawn = this.api.post("""
				mutation($id: ID!) { withdrawMeeting(input: { meetingId: $id, reason: "imported by mistake" }) { id } }""",
				Map.of("id", this.meeting.get("id")), null, token(Role.ADMINISTRATOR));
		assertThat(withdrawn.errors()).isEmpty();
		String both = "query($id: ID!, $p: ID!) { meeting(id: $id) { id } node(id: $id) { id } paragraph: node(id: $p) { id } }";
		Map<String, Object> variables = Map.of("id", this.meeting.get("id"), "p", paragraph);

		ApiClient.Answer anonymous = this.api.post(both, variables, null, null);
		ApiClient.Answer officer = this.api.post(both, variables, null, token(Role.COMPLIANCE_OFFICER));

		assertThat(anonymous.errors()).isEmpty();
		assertThat(anonymous.data()).containsEntry("meeting", null).containsEntry("node", null).containsEntry("paragraph", null);
		assertThat(officer.errors()).isEmpty();
		assertThat(map(officer.data(), "node")).containsEntry("id", this.meeting.get("id"));
		assertThat(map(officer.data(), "meeting")).containsEntry("id", this.meeting.get("id"));
		assertThat(map(officer.data(), "paragraph")).containsEntry("id", paragraph);
		// meeting(id:) alone is answered as one SQL statement (SqlExecution): the same there
		for (Object id : List.of(this.meeting.get("id"), this.meeting.get("databaseId"))) {
			String alone = "query($id: ID!) { meeting(id: $id) { id date } }";
			assertThat(this.api.post(alone, Map.of("id", id), null, null).data()).as("anonymously, by %s", id)
				.containsEntry("meeting", null);
			assertThat(map(this.api.post(alone, Map.of("id", id), null, token(Role.CLERK)).data(), "meeting"))
				.as("with a token, by %s", id)
				.containsEntry("id", this.meeting.get("id"));
		}
	}

	private Map<String, Object> node(Object id) {
		ApiClient.Answer answer = this.api.post(NODE, Map.of("id", id), null, null);
		assertThat(answer.errors()).as("errors of node(%s)", id).isEmpty();
		return map(answer.data(), "node");
	}

	private String token(Role role) {
		return this.tokens.mint("test-" + role.name().toLowerCase(), role);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		return (Map<String, Object>) parent.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
		return (List<Map<String, Object>>) parent.get(key);
	}

}
