package se.justera.compliance;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.justera.ApiClient;
import se.justera.TestDatabase;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL (two application contexts in this JVM, and for the kill a third in a
 * process of its own): a reload on one is served by both, an import on either is judged by the
 * active ruleset, a configuration change on either is seen by both and done by the queue, and a
 * node killed in the middle of a batch loses no work.
 */
class MultiNodeTests {

	private static Map<String, String> database;

	private static Nodes.Node one;

	private static Nodes.Node two;

	@BeforeAll
	static void startTwoNodes() {
		database = TestDatabase.newDatabase("justera_multi_node");
		// node one generates a small corpus of its own first: 120 meetings of 5 municipalities
		one = Nodes.start(database, "node-1",
				List.of("generate", "--meetings", "120", "--municipalities", "5", "--meetings-per-year", "3"));
		two = Nodes.start(database, "node-2", List.of());
	}

	@AfterAll
	static void stop() {
		two.context().close();
		one.context().close();
	}

	@BeforeEach
	void theFoldersRulesServe() {
		Nodes.copyRules(one.rules());
		Nodes.copyRules(two.rules());
		if (!one.rulesetVersion().equals(originalVersion())) {
			assertThat(one.reload()).containsEntry("success", true);
		}
		Nodes.await("both nodes serve the folder's rules", () -> one.rulesetVersion().equals(originalVersion())
				&& two.rulesetVersion().equals(originalVersion()));
		Nodes.sql(database, "delete from meeting where id in (select m.id from meeting m join body b on b.id = m.body_id"
				+ " join municipality mu on mu.id = b.municipality_id where mu.name in ('Smedjebacken', 'Mora'))");
	}

	private static String originalVersion() {
		return new RuleCompiler().compile(Path.of("rules")).version();
	}

	@Test
	void aReloadOnOneNodeIsServedByBothAndAnImportOnEitherIsJudgedByTheActiveRules() throws IOException {
		Path quorum = one.rules().resolve("quorum.drl");
		// QUORUM_UNVERIFIABLE is the only INFO rule in quorum.drl
		Files.writeString(quorum, Files.readString(quorum).replace("@severity(\"INFO\")", "@severity(\"WARNING\")"));

		Map<String, Object> reload = one.reload();

		assertThat(reload).containsEntry("success", true).containsEntry("state", "ACTIVE");
		String version = (String) reload.get("rulesetVersion");
		assertThat(version).isNotEqualTo(originalVersion()).isEqualTo(reload.get("candidateVersion"));
		Nodes.await("node two serves the new version", () -> two.rulesetVersion().equals(version));
		// node two's own folder still has the old rules: it judges by the active ruleset all the same
		two.importProtocol("Mora", "protocols/mora-ks-au-2023-06-20.txt");
		one.importProtocol("Smedjebacken", "demo/smedjebacken-ks-2023-12-12.txt");
		assertThat(Nodes.strings(database, """
				select distinct f.severity || ' ' || f.ruleset_version from finding f join meeting m on m.id = f.meeting_id
				join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
				where f.rule_id = 'QUORUM_UNVERIFIABLE' and mu.name in ('Mora', 'Smedjebacken')"""))
			.containsExactly("WARNING " + version);
		// every present finding of the whole corpus was made by the active version
		assertThat(Nodes.strings(database, "select distinct ruleset_version from finding where present"))
			.containsExactly(version);
		ApiClient.Answer onTwo = two.post("{ meetings(first: 1) { edges { node { id } } } }", null);
		assertThat(onTwo.body().get("extensions").toString()).contains("rulesetVersion=" + version);
	}

	@Test
	void theLegalBasisTableTravelsWithTheRulesetToANodeWhoseFolderHasAnother() throws IOException {
		Path table = one.rules().resolve(LegalBasisTable.FILE);
		String cited = "Kommunallagen (2017:725) 11 kap. 1 § (god ekonomisk hushållning); redovisningens riktighet";
		String changed = "Kommunallagen (2017:725) 11 kap. 1 och 2 §§";
		Files.writeString(table, Files.readString(table).replace(cited, changed));

		Map<String, Object> reload = one.reload();

		assertThat(reload).containsEntry("success", true).containsEntry("state", "ACTIVE");
		String version = (String) reload.get("rulesetVersion");
		assertThat(version).isNotEqualTo(originalVersion());
		Nodes.await("node two serves the new version", () -> two.rulesetVersion().equals(version));
		// node two's own folder still has the old table: it cites from the one stored with the active ruleset
		assertThat(Files.readString(two.rules().resolve(LegalBasisTable.FILE))).contains(cited);
		assertThat(Nodes.strings(database, "select r.version from ruleset_file f join ruleset r on r.id = f.ruleset_id"
				+ " where r.state = 'ACTIVE' and f.name = 'legal-basis.yaml' and f.content like '%11 kap. 1 och 2 §§%'"))
			.containsExactly(version);
		two.importProtocol("Smedjebacken", "demo/smedjebacken-ks-2023-12-12.txt");
		assertThat(Nodes.strings(database, """
				select distinct f.legal_basis from finding f join meeting m on m.id = f.meeting_id
				join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
				where f.rule_id = 'BUDGET_FIGURE_CONFLICT' and mu.name = 'Smedjebacken'""")).containsExactly(changed);
		ApiClient.Answer rules = two.post("{ rules { ruleId legalBasis legalBases { act basis } } }", null);
		assertThat(rules.errors()).isEmpty();
		assertThat(rules.data().toString()).contains("ruleId=BUDGET_FIGURE_CONFLICT, legalBasis=" + changed);
	}

	@Test
	void aConfigurationChangeOnEitherNodeIsSeenByBoth() {
		String meeting = (String) ((Map<?, ?>) one.importProtocol("Smedjebacken", "demo/smedjebacken-ks-2023-12-12.txt")
			.get("meeting")).get("id");

		ApiClient.Answer answer = two.post("""
				mutation { configureBody(input: { municipality: "Smedjebacken", body: "Kommunstyrelsen", seats: 25 })
				  { queuedMeetings } }""", Role.COMPLIANCE_OFFICER);

		assertThat(answer.errors()).isEmpty();
		assertThat(answer.data().toString()).contains("queuedMeetings=1");
		Nodes.awaitIdle(database);
		String query = "{ meeting(id: \"" + meeting + "\") { findings { ruleId } } }";
		for (Nodes.Node node : List.of(one, two)) {
			String findings = node.post(query, null).data().toString();
			assertThat(findings).contains("ruleId=QUORUM").doesNotContain("QUORUM_UNVERIFIABLE");
		}
		assertThat(Nodes.number(database, "select count(*) from finding where present and ruleset_version <> '"
				+ originalVersion() + "'")).isZero();
	}

	@Test
	void aNodeKilledDuringReevaluationLosesNoWork() throws Exception {
		// a rule that takes a while on every meeting, so that the batches are long enough to be killed in
		Nodes.write(one.rules(), "slow.drl", """
				package se.justera.rules;

				import se.justera.compliance.fact.Meeting;

				rule "Slow"
				when
				    Meeting()
				then
				    Thread.sleep(150);
				end
				""");
		assertThat(one.reload()).containsEntry("success", true);
		String version = one.rulesetVersion();
		List<String> expected = findings();
		Nodes.sql(database, "delete from finding");

		Process killed = startProcess("node-killed");
		try {
			Nodes.await("the third node is up", () -> Nodes.number(database,
					"select count(*) from pg_stat_activity where application_name = 'justera-listen node-killed'") > 0);
			Nodes.sql(database, "insert into reevaluation (meeting_id, reason) select id, 'test' from meeting"
					+ " on conflict (target, meeting_id) do update set state = 'QUEUED', done_by = null");
			Nodes.sql(database, "notify justera_work");
			try {
				Nodes.await("the third node has done a batch and is in the middle of another", () -> Nodes.number(database,
						"select count(*) from reevaluation where target = 0 and done_by = 'node-killed'") > 0
						&& Nodes.numberAsApp(database, "select count(*) from pg_stat_activity where application_name ="
								+ " 'justera-write node-killed' and backend_xid is not null") > 0);
			}
			catch (AssertionError ex) {
				throw new AssertionError(ex.getMessage() + ": " + Nodes.strings(database,
						"select coalesce(done_by, '-') || ' ' || state || ' ' || count(*) from reevaluation group by done_by, state")
						+ Nodes.strings(database, "select application_name || ' ' || coalesce(state, '-') || ' '"
								+ " || coalesce(backend_xid::text, '-') from pg_stat_activity where application_name like 'justera%'"));
			}
		}
		finally {
			killed.destroyForcibly().waitFor();
		}

		Nodes.awaitIdle(database);
		assertThat(Nodes.number(database, "select count(*) from reevaluation where target = 0 and state <> 'DONE'")).isZero();
		assertThat(Nodes.strings(database, "select distinct done_by from reevaluation where target = 0 order by 1"))
			.contains("node-killed")
			.containsAnyOf("node-1", "node-2");
		assertThat(findings()).isEqualTo(expected);
		assertThat(Nodes.strings(database, "select distinct ruleset_version from finding")).containsExactly(version);
	}

	private static List<String> findings() {
		return Nodes.strings(database, "select id || ' ' || evidence::text from finding where present order by id");
	}

	/** A node in a process of its own, so that it can be killed as a machine dies: no shutdown at all. */
	private static Process startProcess(String name) throws IOException {
		Path rules = Path.of("target", "nodes", name, "rules");
		Nodes.copyRules(rules);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-cp", System.getProperty("java.class.path"), "se.justera.JusteraApplication"));
		command.addAll(TestDatabase.appArguments(database));
		command.addAll(List.of("--server.port=0", "--justera.node.id=" + name, "--justera.rules.path=" + rules,
				"--justera.cluster.poll-interval=1s", "--justera.reevaluation.batch-size=10"));
		File log = Path.of("target", "nodes", name + ".log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

}
