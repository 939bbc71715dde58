package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.Tokens;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Checked minutes cannot be quietly changed: only a correction with a reason changes them, and every version is kept. */
@IntegrationTest
class IntegrityTests {

	HttpGraphQlTester clerk;

	HttpGraphQlTester officer;

	@Autowired
	JdbcClient jdbc;

	String sample;

	long meetingId;

	@Autowired
	void testers(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		this.clerk = Tokens.as(graphQl, tokens, Role.CLERK);
		this.officer = Tokens.as(graphQl, tokens, Role.COMPLIANCE_OFFICER);
	}

	@BeforeEach
	void importTheSample() throws IOException {
		Database.clear();
		this.sample = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);
		this.meetingId = Long.parseLong(this.clerk.documentName("importProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", this.sample))
			.execute()
			.path("importProtocol.meeting.databaseId")
			.entity(String.class)
			.get());
	}

	@Test
	void reimportingCheckedMinutesWithOtherTextIsRefused() {
		String changed = this.sample.replace("Förmånscykel till medarbetare.....", "Förmånscyklar.....");

		this.clerk.documentName("importProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", changed))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "CONFLICT");
				assertThat(e.getMessage()).contains("locked").contains("2023-12-14").contains("correctProtocol");
			}));

		assertThat(title(170)).isEqualTo("Förmånscykel till medarbetare");
		assertThat(versions()).isEqualTo(1);
	}

	@Test
	void aCorrectionKeepsEveryVersionWithWhoWhenAndWhy() {
		String corrected = this.sample.replace("Förmånscykel till medarbetare.....", "Förmånscykel för medarbetare.....");

		var response = correct(corrected, "The agenda's title of § 170 was misspelt");

		response.path("correctProtocol.version").entity(Integer.class).isEqualTo(2);
		response.path("correctProtocol.changed").entity(Boolean.class).isEqualTo(true);
		response.path("correctProtocol.meeting.databaseId").entity(String.class).isEqualTo(String.valueOf(this.meetingId));
		response.path("correctProtocol.meeting.versions[*].reason").entityList(String.class)
			.containsExactly("import", "The agenda's title of § 170 was misspelt");
		response.path("correctProtocol.meeting.versions[*].createdBy").entityList(String.class)
			.containsExactly("test-clerk", "test-clerk");
		assertThat(title(170)).isEqualTo("Förmånscykel för medarbetare");
		assertThat(this.jdbc.sql("select text from meeting_version where meeting_id = ? and version = 1")
			.params(this.meetingId)
			.query(String.class)
			.single()).isEqualTo(this.sample);
	}

	@Test
	void aCorrectionRerunsTheRulesAndKeepsTheReviews() {
		String overrun = this.jdbc.sql("select id from finding where rule_id = 'QUORUM_UNVERIFIABLE'").query(String.class).single();
		this.officer.documentName("reviewFinding")
			.variable("input", Map.of("findingId", overrun, "action", "ACKNOWLEDGE"))
			.executeAndVerify();
		String removedEarly = this.sample.replace("tas ned 2024-01-08", "tas ned 2024-01-02");

		correct(removedEarly, "The notice came down on 2 January, not 8 January").path("correctProtocol.version")
			.entity(Integer.class)
			.isEqualTo(2);

		assertThat(this.jdbc.sql("select rule_id from finding where meeting_id = ? and present order by rule_id")
			.params(this.meetingId)
			.query(String.class)
			.list()).contains("NOTICE_REMOVED_EARLY", "QUORUM_UNVERIFIABLE");
		assertThat(this.jdbc.sql("select status from finding where id = ?").params(overrun).query(String.class).single())
			.isEqualTo("ACKNOWLEDGED");
	}

	@Test
	void aCorrectionNeedsAReason() {
		this.clerk.documentName("correctProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", this.sample, "reason", " "))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	@Test
	void onlyStoredMinutesCanBeCorrected() {
		this.clerk.documentName("correctProtocol")
			.variable("input", Map.of("municipality", "Ludvika", "text", this.sample, "reason", "typo"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
	}

	@Test
	void correctingWithTheSameTextChangesNothing() {
		var response = correct(this.sample, "no change");

		response.path("correctProtocol.changed").entity(Boolean.class).isEqualTo(false);
		response.path("correctProtocol.version").entity(Integer.class).isEqualTo(1);
		assertThat(versions()).isEqualTo(1);
	}

	@Test
	void uncheckedMinutesMayBeReplacedByImportingAgain() throws IOException {
		String draft = dropLine(this.sample, "Justerings plats och tid");
		Database.clear();
		this.clerk.documentName("importProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", draft))
			.executeAndVerify();

		this.clerk.documentName("importProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken",
					"text", draft.replace("Förmånscykel till medarbetare.....", "Förmånscykel.....")))
			.executeAndVerify();

		assertThat(this.jdbc.sql("select reason from meeting_version order by version").query(String.class).list())
			.containsExactly("import", "re-import of unchecked minutes");
		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(1);
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response correct(String text, String reason) {
		return this.clerk.documentName("correctProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", text, "reason", reason))
			.execute();
	}

	private String title(int number) {
		return this.jdbc.sql("select title from paragraph where meeting_id = ? and number = ?")
			.params(this.meetingId, number)
			.query(String.class)
			.single();
	}

	private int versions() {
		return Database.count(this.jdbc, "meeting_version");
	}

	private static String dropLine(String text, String start) {
		return String.join("\n", List.of(text.split("\n", -1)).stream().filter(l -> !l.startsWith(start)).toList());
	}

}
