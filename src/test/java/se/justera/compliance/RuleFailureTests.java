package se.justera.compliance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.justera.ApiClient;
import se.justera.TestDatabase;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failures of issue 13, each as an operator met it: a rule whose action throws, one that
 * divides by zero in its condition, one that never returns. A reload of such a rule fails its
 * staging, names the rule, the meeting and the cause, and the old rules keep serving, with reads
 * available; when such a rule is active (it passed staging on the meetings stored then), an import
 * is stored with a RULE_ERROR finding; a slow candidate can be cancelled. One node on a database of
 * its own, with a generated corpus of 60 meetings and the sample minutes.
 */
class RuleFailureTests {

	private static Map<String, String> database;

	private static Nodes.Node node;

	private static String original;

	private static final String HEADER = """
			package se.justera.rules;

			import se.justera.compliance.fact.Meeting;

			global se.justera.compliance.Findings findings;

			""";

	/** Fails on the sample minutes (Smedjebacken), and on no generated meeting. */
	static final String THROWS = HEADER + """
			rule "Throws in its action"
			    @ruleId("THROWS")
			    @severity("WARNING")
			when
			    Meeting( municipality == "Smedjebacken" )
			then
			    throw new IllegalStateException("broken on purpose");
			end
			""";

	static final String DIVIDES = HEADER + """
			rule "Divides by zero"
			    @ruleId("DIVIDES")
			    @severity("WARNING")
			when
			    $m : Meeting( municipality == "Smedjebacken" )
			    eval( $m.date().getDayOfMonth() / ($m.date().getYear() - $m.date().getYear()) > 1 )
			then
			end
			""";

	static final String FOREVER = HEADER + """
			rule "Never returns"
			    @ruleId("FOREVER")
			    @severity("WARNING")
			when
			    Meeting( municipality == "Smedjebacken" )
			then
			    long n = 0;
			    while (n >= 0) { n = (n + 1) % 1000; }
			end
			""";

	@BeforeAll
	static void startANode() {
		database = TestDatabase.newDatabase("justera_rule_failures");
		node = Nodes.start(database, "failures-node",
				List.of("generate", "--meetings", "60", "--municipalities", "3", "--meetings-per-year", "2"));
		original = node.rulesetVersion();
	}

	@AfterAll
	static void stop() {
		node.context().close();
	}

	@BeforeEach
	void theFoldersRulesAndTheSample() {
		Nodes.copyRules(node.rules());
		if (!node.rulesetVersion().equals(original)) {
			assertThat(node.reload()).containsEntry("success", true);
		}
		Nodes.sql(database, "delete from meeting where id in (select m.id from meeting m join body b on b.id = m.body_id"
				+ " join municipality mu on mu.id = b.municipality_id where mu.name = 'Smedjebacken')");
		node.importProtocol("Smedjebacken", "demo/smedjebacken-ks-2023-12-12.txt");
		Nodes.awaitIdle(database);
	}

	@Test
	void aRuleWhoseActionThrowsFailsItsStagingAndTheOldRulesKeepServing() {
		List<String> before = findings();
		Nodes.write(node.rules(), "throws.drl", THROWS);

		Map<String, Object> reload = node.reload();

		assertThat(reload).containsEntry("success", false).containsEntry("state", "FAILED")
			.containsEntry("rulesetVersion", original);
		assertThat(failure(reload)).containsEntry("ruleId", "THROWS")
			.containsEntry("rule", "Throws in its action")
			.containsEntry("file", "throws.drl")
			.containsEntry("line", 7)
			.containsEntry("cause", "IllegalStateException: broken on purpose")
			.containsEntry("meetingName", "Smedjebacken, Kommunstyrelsen, 2023-12-12");
		assertThat((String) reload.get("message")).contains("THROWS", "throws.drl", "Smedjebacken", "broken on purpose");
		assertThat(node.rulesetVersion()).isEqualTo(original);
		assertThat(findings()).isEqualTo(before);
		// configuration changes still work, and their re-evaluation, with the old rules, fails nothing
		ApiClient.Answer configured = node.post("""
				mutation { configureBody(input: { municipality: "Smedjebacken", body: "Kommunstyrelsen", seats: 11 })
				  { queuedMeetings } }""", Role.COMPLIANCE_OFFICER);
		assertThat(configured.errors()).isEmpty();
		Nodes.awaitIdle(database);
		assertThat(Nodes.number(database, "select count(*) from reevaluation where state = 'FAILED'")).isZero();
		assertThat(Nodes.strings(database, "select rule_id from finding where present and rule_id = 'RULE_ERROR'")).isEmpty();
	}

	@Test
	void aRuleThatDividesByZeroInItsConditionFailsItsStagingAndIsNamed() {
		List<String> before = findings();
		Nodes.write(node.rules(), "divides.drl", DIVIDES);

		Map<String, Object> reload = node.reload();

		assertThat(reload).containsEntry("success", false).containsEntry("state", "FAILED");
		assertThat(failure(reload)).containsEntry("ruleId", "DIVIDES").containsEntry("file", "divides.drl");
		assertThat((String) failure(reload).get("cause")).contains("ArithmeticException", "/ by zero");
		assertThat(node.rulesetVersion()).isEqualTo(original);
		assertThat(findings()).isEqualTo(before);
	}

	@Test
	void aRuleThatNeverReturnsIsStoppedAndNamedWhileReadsStayAvailable() throws Exception {
		List<String> before = findings();
		Nodes.write(node.rules(), "forever.drl", FOREVER);

		CompletableFuture<Map<String, Object>> reload = CompletableFuture.supplyAsync(node::reload);
		List<Integer> reads = new ArrayList<>();
		List<Integer> health = new ArrayList<>();
		while (!reload.isDone()) {
			reads.add(node.post("{ meetings(first: 5) { totalCount edges { node { id findings { ruleId } } } } }", null)
				.status());
			health.add(readiness());
		}

		assertThat(reload.get()).containsEntry("success", false).containsEntry("state", "FAILED");
		assertThat(failure(reload.get())).containsEntry("ruleId", "FOREVER").containsEntry("timedOut", true);
		assertThat((String) failure(reload.get()).get("cause")).contains("did not finish within 1 s");
		assertThat(reads).isNotEmpty().containsOnly(200);
		assertThat(health).containsOnly(200);
		assertThat(node.rulesetVersion()).isEqualTo(original);
		assertThat(findings()).isEqualTo(before);
	}

	@Test
	void aRuleThatFailsOnNewMinutesNeverBlocksTheirImport() {
		Nodes.sql(database, "delete from meeting where id in (select m.id from meeting m join body b on b.id = m.body_id"
				+ " join municipality mu on mu.id = b.municipality_id where mu.name = 'Smedjebacken')");
		Nodes.write(node.rules(), "throws.drl", THROWS);
		Nodes.write(node.rules(), "divides.drl", DIVIDES);
		Nodes.write(node.rules(), "forever.drl", FOREVER);
		// none of the stored (generated) meetings is in Smedjebacken: the candidate passes its staging
		assertThat(node.reload()).containsEntry("success", true);

		Map<String, Object> imported = node.importProtocol("Smedjebacken", "demo/smedjebacken-ks-2023-12-12.txt");

		assertThat(imported).containsEntry("created", true);
		assertThat(Nodes.strings(database, "select subject || ' ' || severity from finding where rule_id = 'RULE_ERROR'"
				+ " and present order by subject")).containsExactly("DIVIDES INFO", "FOREVER INFO", "THROWS INFO");
		assertThat(Nodes.strings(database, "select distinct rule_id from finding where present order by 1"))
			.contains("BUDGET_FIGURE_CONFLICT", "QUORUM_UNVERIFIABLE");
		String message = Nodes.strings(database, "select message_en from finding where subject = 'THROWS'").get(0);
		assertThat(message).contains("THROWS", "throws.drl", "line 7", "did not run", "broken on purpose");
		// the check that did not run cites its rule's basis under the act in force on the meeting date (2023)
		assertThat(Nodes.strings(database, "select distinct legal_basis from finding where rule_id = 'RULE_ERROR'"))
			.containsExactly(TestLegalBases.basis("2017:725"));
	}

	@Test
	void aSlowCandidateCanBeCancelledAndTheOldRulesKeepServing() {
		Nodes.write(node.rules(), "slow.drl", """
				package se.justera.rules;

				import se.justera.compliance.fact.Meeting;

				rule "Slow"
				when
				    Meeting()
				then
				    Thread.sleep(500);
				end
				""");
		CompletableFuture<Map<String, Object>> reload = CompletableFuture.supplyAsync(node::reload);
		Nodes.await("the candidate is staging", () -> Nodes.number(database,
				"select count(*) from ruleset where state = 'STAGING'") == 1);

		ApiClient.Answer cancelled = node.post("mutation { cancelReload { cancelled candidateVersion rulesetVersion } }",
				Role.COMPLIANCE_OFFICER);

		assertThat(cancelled.errors()).isEmpty();
		assertThat(cancelled.data().toString()).contains("cancelled=true", "rulesetVersion=" + original);
		assertThat(reload.join()).containsEntry("success", false).containsEntry("state", "CANCELLED");
		assertThat(node.rulesetVersion()).isEqualTo(original);
		assertThat(Nodes.number(database, "select count(*) from reevaluation where target > 0")).isZero();
		assertThat(Nodes.strings(database, "select state || ' ' || message from ruleset order by id desc limit 1").get(0))
			.startsWith("CANCELLED Cancelled by test-compliance_officer");
	}

	@Test
	void whoReloadedWhatIsAudited() {
		node.reload();

		assertThat(Nodes.strings(database, "select actor || ' ' || arguments::text from audit_log"
				+ " where operation = 'stageRuleset' order by id desc limit 1").get(0))
			.startsWith("test-compliance_officer ")
			.contains("\"quorum.drl\":\"" + Nodes.strings(database,
					"select sha256 from ruleset_file where name = 'quorum.drl' order by ruleset_id desc limit 1").get(0));
		ApiClient.Answer sets = node.post("{ rulesets(first: 1) { version state createdBy files { name sha256 } } }",
				Role.COMPLIANCE_OFFICER);
		assertThat(sets.data().toString()).contains("createdBy=test-compliance_officer", "name=quorum.drl",
				"name=legal-basis.yaml", "state=ACTIVE");
		// the legal basis table is one of the ruleset's files, audited with the .drl files
		assertThat(Nodes.strings(database, "select arguments::text from audit_log"
				+ " where operation = 'stageRuleset' order by id desc limit 1").get(0))
			.contains("\"legal-basis.yaml\":\"" + Nodes.strings(database,
					"select sha256 from ruleset_file where name = 'legal-basis.yaml' order by ruleset_id desc limit 1").get(0));
	}

	@Test
	void reviewsDoNotReevaluate() {
		String finding = Nodes.strings(database, "select id from finding where present and rule_id = 'BUDGET_FIGURE_CONFLICT'")
			.get(0);
		int queuedBefore = Nodes.number(database, "select count(*) from reevaluation");

		ApiClient.Answer reviewed = node.post("mutation($input: ReviewInput!) { reviewFinding(input: $input) { status } }",
				Map.of("input", Map.of("findingId", finding, "action", "ACKNOWLEDGE")), Role.COMPLIANCE_OFFICER);

		assertThat(reviewed.errors()).isEmpty();
		assertThat(Nodes.number(database, "select count(*) from reevaluation")).isEqualTo(queuedBefore);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> failure(Map<String, Object> reload) {
		List<Map<String, Object>> failures = (List<Map<String, Object>>) reload.get("failures");
		assertThat(failures).as("failures of %s", reload).isNotEmpty();
		return failures.get(0);
	}

	private static List<String> findings() {
		return Nodes.strings(database,
				"select id || ' ' || ruleset_version || ' ' || present || ' ' || evidence::text from finding order by id");
	}

	private static int readiness() {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + "/actuator/health/readiness"))
					.build(), HttpResponse.BodyHandlers.ofString())
				.statusCode();
		}
		catch (Exception ex) {
			return -1;
		}
	}

}
