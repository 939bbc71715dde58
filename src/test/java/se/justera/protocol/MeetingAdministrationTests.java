package se.justera.protocol;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.Tokens;
import se.justera.graphql.GlobalId;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's repairs over real HTTP: a withdrawn meeting leaves the lists and the findings'
 * list and keeps its versions and audit trail; a meeting imported under the wrong municipality (the
 * Falun text under Ludvika) is moved to the right one as a new version, audited with its reason.
 */
@IntegrationTest
class MeetingAdministrationTests {

	HttpGraphQlTester administrator;

	HttpGraphQlTester clerk;

	@Autowired
	JdbcClient jdbc;

	String falun;

	@Autowired
	void testers(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		this.administrator = Tokens.as(graphQl, tokens, Role.ADMINISTRATOR);
		this.clerk = Tokens.as(graphQl, tokens, Role.CLERK);
	}

	@BeforeEach
	void emptyDatabase() throws IOException {
		Database.clear();
		this.falun = new ClassPathResource("protocols/falun-bun-2024-03-05.txt").getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aWithdrawnMeetingLeavesTheListsAndKeepsItsVersionsAndAuditTrail() {
		String id = importUnder("Falun");
		int findingsBefore = findingCount("Falun");

		this.administrator.document("""
				mutation($id: ID!) { withdrawMeeting(input: { meetingId: $id, reason: "imported by mistake" }) { id } }""")
			.variable("id", id)
			.executeAndVerify();

		assertThat(findingsBefore).as("findings before").isPositive();
		assertThat(meetingCount("Falun")).isZero();
		assertThat(findingCount("Falun")).isZero();
		Map<String, Object> detail = this.administrator.document("""
				query($id: ID!) { meeting(id: $id) { id withdrawal { by reason at } versions { version } } }""")
			.variable("id", id)
			.execute()
			.path("meeting")
			.entity(Map.class)
			.get();
		assertThat(detail.get("withdrawal")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("reason", "imported by mistake")
			.containsKey("at");
		assertThat((List<?>) detail.get("versions")).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from audit_log where operation = 'withdrawMeeting' and outcome = 'OK'"
				+ " and arguments::text like '%imported by mistake%'").query(Integer.class).single()).isEqualTo(1);
		HttpResponse<byte[]> download = download(databaseId(id));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Justera-Withdrawn")).isPresent();
	}

	@LocalServerPort
	int port;

	/** The plain stored id of a meeting's global id, for SQL and the download's path. */
	private long databaseId(String id) {
		return this.jdbc.sql("select id from meeting").query(Long.class).list().stream()
			.filter(stored -> GlobalId.of("Meeting", stored).equals(id))
			.findFirst()
			.orElseThrow();
	}

	private HttpResponse<byte[]> download(long id) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create("http://localhost:" + this.port + "/protocols/" + id + "/source")).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aWithdrawnMeetingLeavesTheAnalystsParagraphQueriesUnfilteredToo() {
		String id = importUnder("Falun");
		String query = """
				{ all: paragraphs(first: 1) { totalCount } found: paragraphs(search: "skolskjuts") { totalCount edges { node { id } } } }""";
		var before = this.administrator.document(query).execute();
		int all = before.path("all.totalCount").entity(Integer.class).get();
		int found = before.path("found.totalCount").entity(Integer.class).get();

		this.administrator.document("""
				mutation($id: ID!) { withdrawMeeting(input: { meetingId: $id, reason: "not for the analysts" }) { id } }""")
			.variable("id", id)
			.executeAndVerify();

		var after = this.administrator.document(query).execute();
		assertThat(all).as("Falun's paragraphs before").isEqualTo(10);
		assertThat(found).as("Falun's paragraphs on skolskjuts before").isPositive();
		after.path("all.totalCount").entity(Integer.class).isEqualTo(0);
		after.path("found.totalCount").entity(Integer.class).isEqualTo(0);
		after.path("found.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void aMeetingWithdrawnTwiceIsAConflictAndAClerkMayNotWithdraw() {
		String id = importUnder("Falun");

		List<ResponseError> byClerk = errors(this.clerk, id, "withdrawMeeting(input: { meetingId: $id, reason: \"x\" }) { id }");
		List<ResponseError> first = errors(this.administrator, id, "withdrawMeeting(input: { meetingId: $id, reason: \"x\" }) { id }");
		List<ResponseError> second = errors(this.administrator, id, "withdrawMeeting(input: { meetingId: $id, reason: \"x\" }) { id }");

		assertThat(byClerk).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN"));
		assertThat(first).isEmpty();
		assertThat(second).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "CONFLICT"));
	}

	@Test
	void aMeetingUnderTheWrongMunicipalityIsMovedAsANewVersion() {
		String id = importUnder("Ludvika");
		int mismatchesBefore = mismatchFindings(id);

		Map<String, Object> moved = this.administrator.document("""
				mutation($id: ID!) {
				  moveMeeting(input: { meetingId: $id, municipality: "Falun", reason: "the header says FALU KOMMUN" }) {
				    from version meeting { id body { municipality { name } } versions { version reason } }
				  }
				}""")
			.variable("id", id)
			.execute()
			.path("moveMeeting")
			.entity(Map.class)
			.get();

		assertThat(moved).containsEntry("from", "Ludvika").containsEntry("version", 2);
		assertThat(moved.get("meeting").toString()).contains("id=" + id).contains("name=Falun")
			.contains("reason=moved from Ludvika to Falun: the header says FALU KOMMUN");
		assertThat(meetingCount("Ludvika")).isZero();
		assertThat(meetingCount("Falun")).isEqualTo(1);
		assertThat(mismatchesBefore).as("MUNICIPALITY_MISMATCH under Ludvika").isEqualTo(1);
		assertThat(mismatchFindings(id)).as("MUNICIPALITY_MISMATCH under Falun").isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_log where operation = 'moveMeeting' and outcome = 'OK'")
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from meeting_version_file where meeting_id = ? and version = 2")
			.params(databaseId(id)).query(Integer.class).single()).as("the moved version's file").isEqualTo(1);
	}

	@Test
	void aMoveOntoMinutesAlreadyStoredIsAConflict() {
		importUnder("Falun");
		String wrong = importUnder("Ludvika");

		List<ResponseError> errors = errors(this.administrator, wrong,
				"moveMeeting(input: { meetingId: $id, municipality: \"Falun\", reason: \"wrong\" }) { version }");

		assertThat(errors).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "CONFLICT"));
		assertThat(meetingCount("Ludvika")).isEqualTo(1);
	}

	private String importUnder(String municipality) {
		return this.clerk.document("""
				mutation($input: ProtocolInput!) { importProtocol(input: $input) { meeting { id } } }""")
			.variable("input", Map.of("municipality", municipality, "text", this.falun, "confirmMunicipality", true))
			.execute()
			.path("importProtocol.meeting.id")
			.entity(String.class)
			.get();
	}

	private int meetingCount(String municipality) {
		return this.administrator.document("query($m: String) { meetings(filter: { municipality: $m }) { totalCount } }")
			.variable("m", municipality)
			.execute()
			.path("meetings.totalCount")
			.entity(Integer.class)
			.get();
	}

	private int findingCount(String municipality) {
		return this.administrator.document("query($m: String) { findings(filter: { municipality: $m }) { totalCount } }")
			.variable("m", municipality)
			.execute()
			.path("findings.totalCount")
			.entity(Integer.class)
			.get();
	}

	private int mismatchFindings(String id) {
		return this.jdbc.sql("select count(*) from finding where meeting_id = ? and rule_id = 'MUNICIPALITY_MISMATCH' and present")
			.params(databaseId(id))
			.query(Integer.class)
			.single();
	}

	private static List<ResponseError> errors(HttpGraphQlTester tester, String id, String mutation) {
		List<ResponseError> errors = new ArrayList<>();
		tester.document("mutation($id: ID!) { " + mutation + " }").variable("id", id).execute().errors().satisfy(errors::addAll);
		return errors;
	}

}
