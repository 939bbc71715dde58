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
		// QUORUM_UNVERIFIABLE is the only INFO rule in quorum.drl
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
	void findingsKeepTheirIdsAcrossAReload() {
		List<String> before = findingIds();

		reload().path("reloadRules.success").entity(Boolean.class).isEqualTo(true);

		assertThat(findingIds()).isNotEmpty().isEqualTo(before);
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
				for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
					Files.copy(file, RULES.resolve(file.getFileName()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
