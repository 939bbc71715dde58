package se.justera.compliance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.Reevaluations;
import se.justera.Tokens;
import se.justera.protocol.ProtocolImportService;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The compliance officer's review: history, survival across re-evaluation, reopening, work list, concurrency. */
@IntegrationTest
class ReviewTests {

	HttpGraphQlTester officer;

	HttpGraphQlTester admin;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProtocolImportService imports;

	String overrun;

	@Autowired
	void testers(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		this.officer = Tokens.as(graphQl, tokens, Role.COMPLIANCE_OFFICER);
		this.admin = Tokens.as(graphQl, tokens, Role.ADMINISTRATOR);
	}

	@BeforeEach
	void importTheSample() throws IOException {
		Database.clear();
		DemoSettings.apply(this.admin);
		this.imports.importProtocol("Smedjebacken",
				new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8));
		this.overrun = this.jdbc.sql("select id from finding where rule_id = 'OVERRUN_NOT_REPORTED'").query(String.class).single();
	}

	@Test
	void everyActionIsKeptWithWhoWhenAndWhat() {
		review(this.overrun, "ACKNOWLEDGE", Map.of());
		review(this.overrun, "ASSIGN", Map.of("assignee", "Karin Controller"));
		review(this.overrun, "COMMENT", Map.of("comment", "Asked the committee for its measures"));

		var response = review(this.overrun, "RESOLVE", Map.of("comment", "Measures reported 2024-01-10"));

		response.path("reviewFinding.status").entity(String.class).isEqualTo("RESOLVED");
		response.path("reviewFinding.assignee").entity(String.class).isEqualTo("Karin Controller");
		response.path("reviewFinding.reviews[*].action").entityList(String.class)
			.containsExactly("ACKNOWLEDGE", "ASSIGN", "COMMENT", "RESOLVE");
		response.path("reviewFinding.reviews[*].actor").entityList(String.class)
			.containsExactly("test-compliance_officer", "test-compliance_officer", "test-compliance_officer",
					"test-compliance_officer");
		response.path("reviewFinding.reviews[3].at").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());
	}

	@Test
	void aDismissalNeedsAJustification() {
		this.officer.documentName("reviewFinding")
			.variable("input", Map.of("findingId", this.overrun, "action", "DISMISS"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("motivering");
			}));

		assertThat(status(this.overrun)).isEqualTo("OPEN");
		assertThat(reviewCount()).isZero();
	}

	@Test
	void anUnknownFindingIsNotFound() {
		this.officer.documentName("reviewFinding")
			.variable("input", Map.of("findingId", "0123456789abcdef01234567", "action", "ACKNOWLEDGE"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
	}

	@Test
	void aFindingIdOfAnotherFormIsBadUserInput() {
		this.officer.documentName("reviewFinding")
			.variable("input", Map.of("findingId", "no-such-finding", "action", "ACKNOWLEDGE"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).startsWith("input.findingId: 'no-such-finding' (15 tecken) är inget avvikelse-id");
			}));
		assertThat(reviewCount()).isZero();
	}

	@Test
	void theHistorySurvivesAReloadAndAReimport() throws IOException {
		review(this.overrun, "ACKNOWLEDGE", Map.of());

		this.officer.documentName("reloadRules").execute().path("reloadRules.success").entity(Boolean.class).isEqualTo(true);
		this.imports.importProtocol("Smedjebacken",
				new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8));

		assertThat(status(this.overrun)).isEqualTo("ACKNOWLEDGED");
		assertThat(reviewCount()).isEqualTo(1);
	}

	@Test
	void aFindingWhoseCauseIsGoneIsKeptAsAbsent() {
		review(this.overrun, "ACKNOWLEDGE", Map.of());

		configureCommittee("Miljö- o byggnadsnämnden", false);

		var gone = this.officer.documentName("workList").variable("filter", Map.of("includeGone", true, "ruleId", "OVERRUN_NOT_REPORTED")).execute();
		gone.path("findings.edges[0].node.present").entity(Boolean.class).isEqualTo(false);
		gone.path("findings.edges[0].node.status").entity(String.class).isEqualTo("ACKNOWLEDGED");
		this.officer.documentName("workList").variable("filter", Map.of("ruleId", "OVERRUN_NOT_REPORTED")).execute()
			.path("findings.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void aResolvedFindingWhoseCauseReturnsIsReopened() {
		review(this.overrun, "RESOLVE", Map.of("comment", "Measures reported"));
		configureCommittee("Miljö- o byggnadsnämnden", false);

		configureCommittee("Miljö- o byggnadsnämnden", true);

		assertThat(status(this.overrun)).isEqualTo("OPEN");
		assertThat(lastReview(this.overrun)).containsEntry("action", "REOPEN").containsEntry("actor", "system");
	}

	@Test
	void aDismissedFindingWhoseFiguresChangeReopens() {
		configureSeats(25);
		String quorum = this.jdbc.sql("select id from finding where rule_id = 'QUORUM' and paragraph = 165")
			.query(String.class)
			.single();
		review(quorum, "DISMISS", Map.of("justification", "The reglemente says 11 seats; 25 was a typo"));
		configureSeats(25);
		assertThat(status(quorum)).as("same figures: stays dismissed").isEqualTo("DISMISSED");

		configureSeats(27);

		assertThat(status(quorum)).isEqualTo("OPEN");
		assertThat(lastReview(quorum)).containsEntry("action", "REOPEN").containsEntry("actor", "system");
		assertThat((String) lastReview(quorum).get("comment")).contains("\"seats\":\"25\"").contains("\"seats\":\"27\"");
	}

	@Test
	void theWorkListFiltersByStatusSeverityAndBodyAndCounts() {
		review(this.overrun, "ACKNOWLEDGE", Map.of());

		var open = this.officer.documentName("workList")
			.variable("filter", Map.of("status", "OPEN", "body", "Kommunstyrelsen"))
			.execute();
		var violations = this.officer.documentName("workList")
			.variable("filter", Map.of("severity", "VIOLATION", "status", "ACKNOWLEDGED"))
			.execute();

		open.path("findingCounts").entity(Map.class).isEqualTo(Map.of("open", 1, "acknowledged", 0, "dismissed", 0, "resolved", 0));
		open.path("findings.edges[*].node.ruleId").entityList(String.class).containsExactly("BUDGET_FIGURE_CONFLICT");
		violations.path("findings.edges[*].node.databaseId").entityList(String.class).containsExactly(this.overrun);
		this.officer.documentName("workList").variable("filter", Map.of("olderThanDays", 1)).execute()
			.path("findings.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void reviewsAtTheSameMomentAreAllKeptInOrder() throws Exception {
		List<CompletableFuture<?>> requests = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String comment = "comment " + i;
			requests.add(CompletableFuture.runAsync(() -> review(this.overrun, "COMMENT", Map.of("comment", comment))
				.path("reviewFinding.databaseId").entity(String.class).isEqualTo(this.overrun)));
		}
		requests.add(CompletableFuture.runAsync(() -> review(this.overrun, "ACKNOWLEDGE", Map.of())));

		CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).get();

		List<String> comments = this.jdbc.sql("select coalesce(comment, action) from finding_review where finding_id = ? order by id")
			.params(this.overrun)
			.query(String.class)
			.list();
		assertThat(comments).hasSize(9).contains("ACKNOWLEDGE");
		assertThat(comments.stream().filter(c -> c.startsWith("comment ")).distinct()).hasSize(8);
		assertThat(status(this.overrun)).isEqualTo("ACKNOWLEDGED");
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response review(String finding, String action,
			Map<String, Object> more) {
		Map<String, Object> input = new HashMap<>(more);
		input.put("findingId", finding);
		input.put("action", action);
		return this.officer.documentName("reviewFinding").variable("input", input).execute();
	}

	private void configureCommittee(String label, boolean committee) {
		this.officer.documentName("configureBudgetUnit")
			.variable("input", Map.of("municipality", "Smedjebacken", "label", label, "committee", committee))
			.executeAndVerify();
		Reevaluations.awaitIdle(this.jdbc);
	}

	private void configureSeats(int seats) {
		this.officer.documentName("configureBody")
			.variable("input", Map.of("municipality", "Smedjebacken", "body", "Kommunstyrelsen", "seats", seats))
			.executeAndVerify();
		Reevaluations.awaitIdle(this.jdbc);
	}

	private String status(String finding) {
		return this.jdbc.sql("select status from finding where id = ?").params(finding).query(String.class).single();
	}

	private Map<String, Object> lastReview(String finding) {
		return this.jdbc.sql("select action, actor, comment from finding_review where finding_id = ? order by id desc limit 1")
			.params(finding)
			.query()
			.singleRow();
	}

	private int reviewCount() {
		return Database.count(this.jdbc, "finding_review");
	}

}
