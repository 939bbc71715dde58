package se.justera.compliance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.graphql.GlobalId;
import se.justera.Reevaluations;
import se.justera.Tokens;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;
import se.justera.protocol.ProtocolImportService;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings of the sample minutes over HTTP: on every type, in every response, in both languages. */
@IntegrationTest
class ComplianceApiTests {

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		this.graphQl = Tokens.as(graphQl, tokens, Role.ADMINISTRATOR);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProtocolImportService imports;

	@LocalServerPort
	int port;

	long sampleId;

	@BeforeEach
	void importTheSampleWithTheDemoSettings() throws IOException {
		Database.clear();
		DemoSettings.apply(this.graphQl);
		this.sampleId = this.imports.importProtocol("Smedjebacken", read("demo/smedjebacken-ks-2023-12-12.txt")).meetingId();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSampleBreaksTheOverrunRuleForMiljoOchByggnadsnamndenAndItsTablesDisagree() {
		var response = meetingFindings();

		response.path("meeting.findings[*].ruleId").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("OVERRUN_NOT_REPORTED", "BUDGET_FIGURE_CONFLICT"));
		response.path("meeting.findings[?(@.ruleId == 'OVERRUN_NOT_REPORTED')]").entityList(Map.class).satisfies(list -> {
			Map<?, ?> overrun = list.get(0);
			assertThat(overrun.get("severity")).isEqualTo("VIOLATION");
			assertThat(overrun.get("paragraph")).isEqualTo(163);
			assertThat(overrun.get("subject")).isEqualTo("Miljö- o byggnadsnämnden");
			assertThat((String) overrun.get("message")).contains("400\u00a0tkr").contains("8\u00a0556\u00a0tkr").contains("4,68\u00a0%");
			assertThat((List<Object>) overrun.get("evidence")).contains((Object) Map.of("name", "deficit", "value", "400"),
					Map.of("name", "yearBudget", "value", "8556"), Map.of("name", "threshold", "value", "1.5"));
			assertThat(overrun.get("meeting")).isEqualTo(
					Map.of("id", GlobalId.of("Meeting", this.sampleId), "databaseId", String.valueOf(this.sampleId)));
		});
		response.path("meeting.findings[?(@.ruleId == 'BUDGET_FIGURE_CONFLICT')].subject").entityList(String.class)
			.containsExactly("Verksamhetens nettokostnad");
	}

	@Test
	void findingsSitOnTheParagraphTableAndRowTheyConcern() {
		var response = meetingFindings();

		response.path("meeting.paragraphs[1].findings[*].ruleId").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("OVERRUN_NOT_REPORTED", "BUDGET_FIGURE_CONFLICT"));
		response.path("meeting.paragraphs[0].findings").entityList(Object.class).hasSize(0);
		response.path("meeting.budgetReports[2].lines[?(@.label == 'Miljö- o byggnadsnämnden')].findings[*].ruleId")
			.entityList(String.class)
			.containsExactly("OVERRUN_NOT_REPORTED");
		response.path("meeting.budgetReports[2].lines[?(@.label == 'Omsorgsnämnden')].findings[*]")
			.entityList(Object.class)
			.hasSize(0);
		response.path("meeting.budgetReports[0].findings").entityList(Object.class).hasSize(0);
		response.path("meeting.motions[*].findings[*]").entityList(Object.class).hasSize(0);
	}

	@Test
	void messagesAreInEnglishWhenTheRequestAsks() {
		var english = this.graphQl.mutate().header("Accept-Language", "en-GB,en;q=0.9,sv;q=0.5").build();

		english.documentName("meetingFindings").variable("id", this.sampleId).execute()
			.path("meeting.findings[?(@.ruleId == 'OVERRUN_NOT_REPORTED')].message").entityList(String.class)
			.satisfies(messages -> assertThat(messages.get(0)).startsWith("Miljö- o byggnadsnämnden forecasts a deficit of 400 tkr"));
	}

	@Test
	void everyResponseWithMeetingsCarriesAComplianceSummary() throws Exception {
		Map<String, Object> body = post("{ meeting(id: " + this.sampleId + ") { date } }");

		assertThat(compliance(body)).isEqualTo(Map.of("rulesetVersion", rulesetVersion(), "findings",
				Map.of("VIOLATION", 1, "WARNING", 1, "INFO", 0)));
	}

	@Test
	void theSummaryCoversOnlyTheParagraphsInTheResponse() throws Exception {
		Map<String, Object> clean = post("{ meeting(id: " + this.sampleId + ") { paragraph(number: 170) { title } } }");
		Map<String, Object> list = post("{ meetings(first: 5) { edges { node { id } } } }");

		assertThat(compliance(clean).get("findings")).isEqualTo(Map.of("VIOLATION", 1, "WARNING", 1, "INFO", 0));
		assertThat(compliance(list).get("findings")).isEqualTo(Map.of("VIOLATION", 1, "WARNING", 1, "INFO", 0));
	}

	@Test
	void paragraphsWithoutTheirMeetingCountOnlyTheirOwnFindings() throws Exception {
		String clean = "paragraphs(filter: { hasFindings: false }, first: 5)";
		Map<String, Object> paragraphsOnly = post("{ " + clean + " { edges { node { number } } } }");
		Map<String, Object> withMeeting = post("{ " + clean + " { edges { node { number meeting { id } } } } }");

		assertThat(compliance(paragraphsOnly).get("findings")).isEqualTo(Map.of("VIOLATION", 0, "WARNING", 0, "INFO", 0));
		assertThat(compliance(withMeeting).get("findings")).isEqualTo(Map.of("VIOLATION", 1, "WARNING", 1, "INFO", 0));
	}

	@Test
	void aResponseWithoutMeetingsCarriesNoSummary() throws Exception {
		Map<String, Object> body = post("{ rulesetVersion }");

		assertThat(body).doesNotContainKey("extensions");
	}

	@Test
	void findingsAcrossMeetingsFilteredAndPaged() {
		this.graphQl.documentName("findings").variable("filter", Map.of("ruleId", "OVERRUN_NOT_REPORTED")).execute()
			.path("findings.totalCount").entity(Integer.class).isEqualTo(1)
			.path("findings.edges[0].node.subject").entity(String.class).isEqualTo("Miljö- o byggnadsnämnden")
			.path("findings.edges[0].node.meeting.body.name").entity(String.class).isEqualTo("Kommunstyrelsen");
		this.graphQl.documentName("findings").variable("filter", Map.of("severity", "WARNING", "municipality", "smedjebacken"))
			.execute().path("findings.totalCount").entity(Integer.class).isEqualTo(1);
		this.graphQl.documentName("findings").variable("filter", Map.of("from", "2024-01-01")).execute()
			.path("findings.totalCount").entity(Integer.class).isEqualTo(0);

		var first = this.graphQl.documentName("findings").variable("first", 1).execute();
		first.path("findings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String firstId = first.path("findings.edges[0].node.id").entity(String.class).get();
		String cursor = first.path("findings.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.documentName("findings").variable("first", 1).variable("after", cursor).execute();
		second.path("findings.edges[0].node.id").entity(String.class).satisfies(id -> assertThat(id).isNotEqualTo(firstId));
		second.path("findings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void checkingADraftStoresNothingAndGivesTheAppealDeadline() throws IOException {
		int meetingsBefore = Database.count(this.jdbc, "meeting");

		var response = this.graphQl.documentName("checkProtocol")
			.variable("input", Map.of("municipality", "Mora", "text", read("protocols/mora-ks-au-2023-06-20.txt")))
			.execute();

		response.path("checkProtocol.bodyName").entity(String.class).isEqualTo("Kommunstyrelsens arbetsutskott");
		response.path("checkProtocol.appealDeadline").entity(String.class).isEqualTo("2023-07-17");
		response.path("checkProtocol.findings[*].ruleId").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("QUORUM_UNVERIFIABLE", "NOTICE_REMOVED_ON_DEADLINE"));
		response.path("checkProtocol.findings[0].meeting").valueIsNull();
		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(meetingsBefore);
		assertThat(Database.count(this.jdbc, "municipality")).isEqualTo(1);
	}

	@Test
	void checkingGivesTheSameFindingsAsStoring() throws IOException {
		var response = this.graphQl.documentName("checkProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", read("demo/smedjebacken-ks-2023-12-12.txt")))
			.execute();

		response.path("checkProtocol.findings[*].databaseId").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(storedFindingIds()));
	}

	@Test
	void checkingBadTextFailsAsAnImportWould() {
		this.graphQl.documentName("checkProtocol")
			.variable("input", Map.of("municipality", "Mora", "text", "hello"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_PROTOCOL")));
	}

	@Test
	void changingTheSeatsReevaluatesTheStoredMeetings() {
		var payload = this.graphQl.documentName("configureBody")
			.variable("input", Map.of("municipality", "Smedjebacken", "body", "Kommunstyrelsen", "seats", 25))
			.execute();

		// queued, not done on the request thread: a worker re-evaluates it
		payload.path("configureBody.queuedMeetings").entity(Integer.class).isEqualTo(1);
		Reevaluations.awaitIdle(this.jdbc);
		meetingFindings().path("meeting.findings[?(@.ruleId == 'QUORUM')].paragraph").entityList(Integer.class)
			.hasSize(13);
	}

	@Test
	void sayingARowIsNoCommitteeOrDroppingTheThresholdSilencesTheOverrun() {
		this.graphQl.documentName("configureBudgetUnit")
			.variable("input", Map.of("municipality", "Smedjebacken", "label", "Miljö- o byggnadsnämnden", "committee", false))
			.executeAndVerify();
		Reevaluations.awaitIdle(this.jdbc);

		meetingFindings().path("meeting.findings[*].ruleId").entityList(String.class)
			.containsExactly("BUDGET_FIGURE_CONFLICT");
	}

	@Test
	void withoutAThresholdThereIsNoOverrunRule() {
		this.graphQl.documentName("configureOverrunThreshold")
			.variable("municipality", "Smedjebacken")
			.variable("percent", null)
			.executeAndVerify();
		Reevaluations.awaitIdle(this.jdbc);

		meetingFindings().path("meeting.findings[*].ruleId").entityList(String.class)
			.containsExactly("BUDGET_FIGURE_CONFLICT");
	}

	@Test
	void badSettingsAreRefused() {
		this.graphQl.documentName("configureBody")
			.variable("input", Map.of("municipality", "Smedjebacken", "body", "Kommunstyrelsen", "seats", 0))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("seats");
			}));
	}

	@Test
	void aCheckingLimitLongerThanTheLawIsRefusedAndNothingChanges() {
		this.graphQl.documentName("configureBody")
			.variable("input", Map.of("municipality", "Smedjebacken", "body", "Kommunstyrelsen", "checkingDays", 15))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("checkingDays får vara högst 14, var 15", "5 kap. 69 §");
			}));

		assertThat(this.jdbc.sql("select checking_days from body where lower(name) = 'kommunstyrelsen'")
			.query(Integer.class)
			.single()).isEqualTo(14);
	}

	@Test
	void aCheckingLimitShorterThanTheLawIsAccepted() {
		this.graphQl.documentName("configureBody")
			.variable("input", Map.of("municipality", "Smedjebacken", "body", "Kommunstyrelsen", "checkingDays", 7))
			.executeAndVerify();

		assertThat(this.jdbc.sql("select checking_days from body where lower(name) = 'kommunstyrelsen'")
			.query(Integer.class)
			.single()).isEqualTo(7);
	}

	@Test
	void theRulesAreListedWithTheirLegalBasis() {
		var response = this.graphQl.documentName("rules").execute();

		response.path("rulesetVersion").entity(String.class).satisfies(v -> assertThat(v).matches("[0-9a-f]{12}"));
		response.path("rules[?(@.name == 'Quorum in every paragraph')]").entityList(Map.class).satisfies(rules -> {
			assertThat(rules.get(0).get("severity")).isEqualTo("VIOLATION");
			assertThat((String) rules.get(0).get("legalBasis")).contains("6 kap. 27 §");
			assertThat(rules.get(0).get("file")).isEqualTo("quorum.drl");
			assertThat(rules.get(0).get("line")).isEqualTo(lineOfFirstRule("rules/quorum.drl"));
			assertThat((List<?>) rules.get(0).get("legalBases")).hasSize(2);
		});
		response.path("rules[?(@.name == 'Quorum in every paragraph')].legalBases[*].act").entityList(String.class)
			.containsExactly("1991:900", "2017:725");
		response.path("rules[?(@.name == 'Quorum in every paragraph')].legalBases[0].inForceFrom").entityList(String.class)
			.containsExactly("1992-01-01");
		response.path("rules[?(@.ruleId == 'CHECKER_NOT_PRESENT')].legalBasis").entityList(String.class)
			.satisfies(bases -> assertThat(bases).singleElement().asString().contains("arbetsordning", "reglemente"));
		response.path("rules[*].ruleId").entityList(String.class).contains("QUORUM_UNVERIFIABLE", "RECUSAL",
				"CHECKING_LATE", "NOTICE_POSTED_LATE", "NOTICE_REMOVED_EARLY", "NOTICE_REMOVED_ON_DEADLINE",
				"NOTICE_INCOMPLETE", "NOTICE_REMOVAL_DATE_MISSING", "OVERRUN_NOT_REPORTED", "VOTE_COUNT_MISMATCH", "RESERVATION_BY_NON_PARTICIPANT",
				"CHECKER_NOT_PRESENT", "PARAGRAPH_SEQUENCE", "APPEAL_DEADLINE_MISSTATED", "BUDGET_TOTAL_MISMATCH",
				"BUDGET_FIGURE_CONFLICT");
	}

	/** Where the file's first rule is declared, as the API should say. */
	private static int lineOfFirstRule(String file) {
		try {
			List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(file));
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith("rule ")) {
					return i + 1;
				}
			}
			throw new IllegalStateException("No rule in " + file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private List<String> storedFindingIds() {
		return this.jdbc.sql("select id from finding where meeting_id = ?").params(this.sampleId).query(String.class).list();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response meetingFindings() {
		return this.graphQl.documentName("meetingFindings").variable("id", this.sampleId).execute();
	}

	private String rulesetVersion() {
		return this.graphQl.documentName("rules").execute().path("rulesetVersion").entity(String.class).get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> compliance(Map<String, Object> body) {
		return (Map<String, Object>) ((Map<String, Object>) body.get("extensions")).get("compliance");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> post(String query) throws Exception {
		String json = JsonMapper.builder().build().writeValueAsString(Map.of("query", query));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readValue(response.body(), Map.class);
	}

	private static String read(String resource) throws IOException {
		return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
	}

}
