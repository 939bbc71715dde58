package se.justera.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.Tokens;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;
import se.justera.protocol.ProtocolImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reloadRules against a copy of the rules folder: a broken file is reported with file, line and
 * column and the old rules keep serving; a good change is put in use and re-evaluates what is stored.
 */
@IntegrationTest
class RuleReloadTests {

	static final Path RULES = Path.of("target", "reload-test-rules");

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		copyRules();
		registry.add("justera.rules.path", RULES::toString);
	}

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		this.graphQl = Tokens.as(graphQl, tokens, Role.COMPLIANCE_OFFICER);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProtocolImportService imports;

	String versionBefore;

	@BeforeEach
	void importTheSample() throws IOException {
		copyRules();
		reload().path("reloadRules.success").entity(Boolean.class).isEqualTo(true);
		Database.clear();
		this.imports.importProtocol("Smedjebacken",
				new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8));
		this.versionBefore = this.graphQl.documentName("rules").execute().path("rulesetVersion").entity(String.class).get();
	}

	/** The active ruleset is shared by every test on this database: leave the folder's rules active. */
	@AfterEach
	void restoreTheRules() {
		copyRules();
		reload().path("reloadRules.success").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void aBrokenRuleIsReportedWithFileLineAndColumnAndTheOldRulesKeepServing() throws IOException {
		Files.writeString(RULES.resolve("broken.drl"), """
				package se.justera.rules;

				rule "Broken"
				when
				    Meeting( seats == )
				then
				end
				""");
		List<String> findingsBefore = findingIds();

		var response = reload();

		response.path("reloadRules.success").entity(Boolean.class).isEqualTo(false);
		response.path("reloadRules.rulesetVersion").entity(String.class).isEqualTo(this.versionBefore);
		response.path("reloadRules.errors[0].file").entity(String.class).isEqualTo("broken.drl");
		response.path("reloadRules.errors[0].line").entity(Integer.class).satisfies(line -> assertThat(line).isEqualTo(5));
		response.path("reloadRules.errors[0].column").entity(Integer.class).isEqualTo(23);
		response.path("reloadRules.errors").entityList(Object.class).hasSize(1);
		response.path("reloadRules.errors[0].message").entity(String.class).satisfies(m -> assertThat(m).contains("no viable alternative"));
		this.graphQl.documentName("rules").execute().path("rulesetVersion").entity(String.class).isEqualTo(this.versionBefore);
		assertThat(findingIds()).isEqualTo(findingsBefore);
	}

	@Test
	void aGoodChangeIsPutInUseAndReevaluatesStoredMeetings() throws IOException {
		Path quorum = RULES.resolve("quorum.drl");
		// the INFO rules in quorum.drl are QUORUM_UNVERIFIABLE's (seats not configured, attendance not read)
		Files.writeString(quorum, Files.readString(quorum).replace("@severity(\"INFO\")", "@severity(\"WARNING\")"));

		var response = reload();

		response.path("reloadRules.success").entity(Boolean.class).isEqualTo(true);
		response.path("reloadRules.reevaluatedMeetings").entity(Integer.class).isEqualTo(1);
		response.path("reloadRules.rulesetVersion").entity(String.class)
			.satisfies(version -> assertThat(version).isNotEqualTo(this.versionBefore));
		assertThat(this.jdbc.sql("select severity from finding where rule_id = 'QUORUM_UNVERIFIABLE'")
			.query(String.class)
			.single()).isEqualTo("WARNING");
	}

	@Test
	void aChangedCitationInTheLegalBasisTableReachesTheStoredFindings() throws IOException {
		Path table = RULES.resolve(LegalBasisTable.FILE);
		String cited = "Kommunallagen (2017:725) 11 kap. 1 § (god ekonomisk hushållning); redovisningens riktighet";
		assertThat(storedLegalBasis("BUDGET_FIGURE_CONFLICT")).isEqualTo(cited);
		Files.writeString(table, Files.readString(table).replace(cited, "Kommunallagen (2017:725) 11 kap. 1 och 2 §§"));

		var response = reload();

		response.path("reloadRules.success").entity(Boolean.class).isEqualTo(true);
		response.path("reloadRules.rulesetVersion").entity(String.class)
			.satisfies(version -> assertThat(version).isNotEqualTo(this.versionBefore));
		assertThat(storedLegalBasis("BUDGET_FIGURE_CONFLICT")).isEqualTo("Kommunallagen (2017:725) 11 kap. 1 och 2 §§");
	}

	@Test
	void aTableWithoutARuleIdIsReportedWithItsLineAndTheOldRulesKeepServing() throws IOException {
		Path table = RULES.resolve(LegalBasisTable.FILE);
		// a misspelt rule id: the entry names no rule, and the rule has no entry
		Files.writeString(table, Files.readString(table).replace("  BUDGET_FIGURE_CONFLICT:\n", "  BUDGET_FIGURE_KONFLIKT:\n"));
		List<String> findingsBefore = findingIds();

		var response = reload();

		response.path("reloadRules.success").entity(Boolean.class).isEqualTo(false);
		response.path("reloadRules.rulesetVersion").entity(String.class).isEqualTo(this.versionBefore);
		response.path("reloadRules.errors[*].file").entityList(String.class).containsExactly("legal-basis.yaml", "legal-basis.yaml");
		response.path("reloadRules.errors[*].message").entityList(String.class).containsExactly(
				"no rule has the id BUDGET_FIGURE_KONFLIKT (a misspelt or removed rule?)",
				"the rule id BUDGET_FIGURE_CONFLICT has no entry: give its legal basis under every act");
		response.path("reloadRules.errors[0].line").entity(Integer.class).satisfies(line -> assertThat(line).isGreaterThan(1));
		assertThat(findingIds()).isEqualTo(findingsBefore);
	}

	@Test
	void aFolderWithoutTheTableIsRefusedOnReloadAndTheOldRulesKeepServing() throws IOException {
		Files.delete(RULES.resolve(LegalBasisTable.FILE));
		List<String> findingsBefore = findingIds();

		var response = reload();

		response.path("reloadRules.success").entity(Boolean.class).isEqualTo(false);
		response.path("reloadRules.rulesetVersion").entity(String.class).isEqualTo(this.versionBefore);
		response.path("reloadRules.errors[*].file").entityList(String.class).containsExactly("legal-basis.yaml");
		response.path("reloadRules.errors[0].message").entity(String.class).isEqualTo("the rules folder has no"
				+ " legal-basis.yaml: every rule's legal basis per act (Kommunallagen 1991:900 and 2017:725) lives there");
		response.path("reloadRules.message").entity(String.class)
			.satisfies(m -> assertThat(m).contains(RULES.resolve(LegalBasisTable.FILE).toAbsolutePath().toString()));
		assertThat(findingIds()).isEqualTo(findingsBefore);
		assertThat(this.jdbc.sql("select count(*) from ruleset where state = 'STAGING'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void theStoredRulesetHoldsTheTableItCitesFrom() {
		String active = this.jdbc.sql("select f.content from ruleset_file f join ruleset r on r.id = f.ruleset_id"
				+ " where r.state = 'ACTIVE' and f.name = 'legal-basis.yaml'").query(String.class).single();

		assertThat(active).contains("BUDGET_FIGURE_CONFLICT:", storedLegalBasis("BUDGET_FIGURE_CONFLICT"));
	}

	@Test
	void findingsKeepTheirIdsAcrossAReload() {
		List<String> before = findingIds();

		reload().path("reloadRules.success").entity(Boolean.class).isEqualTo(true);

		assertThat(findingIds()).isNotEmpty().isEqualTo(before);
	}

	private String storedLegalBasis(String ruleId) {
		return this.jdbc.sql("select legal_basis from finding where rule_id = ?").params(ruleId).query(String.class).single();
	}

	private List<String> findingIds() {
		return this.jdbc.sql("select id from finding order by id").query(String.class).list();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response reload() {
		return this.graphQl.documentName("reloadRules").execute();
	}

	static void copyRules() {
		try {
			if (Files.exists(RULES)) {
				try (Stream<Path> files = Files.list(RULES)) {
					for (Path file : files.toList()) {
						Files.delete(file);
					}
				}
			}
			Files.createDirectories(RULES);
			try (Stream<Path> files = Files.list(Path.of("rules"))) {
				for (Path file : files
					.filter(f -> f.toString().endsWith(".drl") || f.getFileName().toString().equals(LegalBasisTable.FILE))
					.toList()) {
					Files.copy(file, RULES.resolve(file.getFileName()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
