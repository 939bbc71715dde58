package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legal basis table beside the rules is checked with them: a rule id without a basis under every
 * act, an entry without a rule, malformed YAML, or a rule still carrying @legalBasis stops the rules
 * from loading, with the file, line and column to fix (real DRL compiled by Drools).
 */
class LegalBasisTableTests {

	private static final String RULE = """
			package se.justera.rules;

			import se.justera.compliance.fact.Meeting;

			global se.justera.compliance.Findings findings;

			rule "Seats not configured"
			    @ruleId("SEATS")
			    @severity("INFO")
			when
			    $meeting : Meeting( seats == null )
			then
			    findings.report(kcontext, null, $meeting.body(), "sv", "en");
			end
			""";

	private static final String ACTS = """
			acts:
			  - act: "1991:900"
			    title: Kommunallagen (1991:900)
			    from: "1992-01-01"
			    source: SFS 1991:900
			  - act: "2017:725"
			    title: Kommunallagen (2017:725)
			    from: "2018-01-01"
			    source: SFS 2017:725
			""";

	private static final String SEATS = """
			rules:
			  SEATS:
			    "1991:900":
			      basis: Kommunallagen (1991:900) 6 kap. 22 §
			      source: the old act
			      verified: false
			    "2017:725":
			      basis: Kommunallagen (2017:725) 6 kap. 27 §
			      source: the new act
			      verified: true
			""";

	@Test
	void aCompleteTableLoadsAndFindingsCiteTheActOfTheMeetingDate(@TempDir Path dir) throws IOException {
		write(dir, RULE, ACTS + SEATS);

		RuleSet rules = new ComplianceEngine(dir).ruleSet();

		assertThat(rules.legalBasis().basesOn(LocalDate.of(2017, 12, 31))).containsEntry("SEATS", "Kommunallagen (1991:900) 6 kap. 22 §");
		assertThat(rules.legalBasis().basesOn(LocalDate.of(2018, 1, 1))).containsEntry("SEATS", "Kommunallagen (2017:725) 6 kap. 27 §");
		assertThat(rules.rules()).singleElement().satisfies(rule -> {
			assertThat(rule.legalBasis()).isEqualTo("Kommunallagen (2017:725) 6 kap. 27 §");
			assertThat(rule.legalBases()).extracting(RuleInfo.LegalBasis::verified).containsExactly(false, true);
		});
	}

	@Test
	void theTableIsPartOfTheRulesetVersion(@TempDir Path dir) throws IOException {
		write(dir, RULE, ACTS + SEATS);
		String before = new ComplianceEngine(dir).ruleSet().version();

		write(dir, RULE, ACTS + SEATS.replace("6 kap. 27 §", "6 kap. 27 § första stycket"));

		assertThat(new ComplianceEngine(dir).ruleSet().version()).isNotEqualTo(before);
	}

	@Test
	void aFolderWithoutTheTableIsRefused(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("seats.drl"), RULE);

		assertThatThrownBy(() -> new ComplianceEngine(dir)).isInstanceOfSatisfying(RuleCompilationException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(p -> {
					assertThat(p.file()).isEqualTo("legal-basis.yaml");
					assertThat(p.message()).contains("has no legal-basis.yaml");
				}));
	}

	@Test
	void aRuleIdWithoutAnEntryIsNamed(@TempDir Path dir) throws IOException {
		write(dir, RULE.replace("@ruleId(\"SEATS\")", "@ruleId(\"SEATS_UNKNOWN\")"), ACTS + SEATS);

		assertThatThrownBy(() -> new ComplianceEngine(dir)).isInstanceOfSatisfying(RuleCompilationException.class, ex -> {
			assertThat(ex.problems()).extracting(RuleCompilationException.Problem::message)
				.containsExactly("no rule has the id SEATS (a misspelt or removed rule?)",
						"the rule id SEATS_UNKNOWN has no entry: give its legal basis under every act");
			// the entry for SEATS is on line 11 of the file: acts take nine lines, then "rules:"
			assertThat(ex.problems().get(0).line()).isEqualTo(11);
			assertThat(ex.problems().get(0).column()).isEqualTo(3);
		});
	}

	@Test
	void anEntryWithoutABasisUnderEveryActIsRefused(@TempDir Path dir) throws IOException {
		String onlyNew = """
				rules:
				  SEATS:
				    "2017:725":
				      basis: Kommunallagen (2017:725) 6 kap. 27 §
				      source: the new act
				      verified: true
				""";
		write(dir, RULE, ACTS + onlyNew);

		assertThatThrownBy(() -> new ComplianceEngine(dir)).isInstanceOfSatisfying(RuleCompilationException.class,
				ex -> assertThat(ex.problems()).extracting(RuleCompilationException.Problem::message)
					.containsExactly("SEATS has no basis under Kommunallagen (1991:900)"));
	}

	@Test
	void aBasisWithoutItsSourceIsRefused(@TempDir Path dir) throws IOException {
		write(dir, RULE, ACTS + SEATS.replace("      source: the old act\n", ""));

		assertThatThrownBy(() -> new ComplianceEngine(dir)).isInstanceOfSatisfying(RuleCompilationException.class,
				ex -> assertThat(ex.problems()).extracting(RuleCompilationException.Problem::message)
					.containsExactly("source is missing or empty"));
	}

	@Test
	void malformedYamlIsReportedWithLineAndColumn(@TempDir Path dir) throws IOException {
		write(dir, RULE, ACTS + "rules:\n  SEATS: [unclosed\n");

		assertThatThrownBy(() -> new ComplianceEngine(dir)).isInstanceOfSatisfying(RuleCompilationException.class, ex -> {
			assertThat(ex.problems()).singleElement().satisfies(p -> {
				assertThat(p.file()).isEqualTo("legal-basis.yaml");
				assertThat(p.line()).isGreaterThanOrEqualTo(11);
				assertThat(p.message()).startsWith("not valid YAML");
			});
			assertThat(ex.getMessage()).contains("legal-basis.yaml:");
		});
	}

	@Test
	void actsOutOfOrderAreRefused(@TempDir Path dir) throws IOException {
		write(dir, RULE, ACTS.replace("\"2018-01-01\"", "\"1990-01-01\"") + SEATS);

		assertThatThrownBy(() -> new ComplianceEngine(dir)).isInstanceOfSatisfying(RuleCompilationException.class,
				ex -> assertThat(ex.problems()).extracting(RuleCompilationException.Problem::message)
					.contains("acts must be listed oldest first, each from a later date than the one before"));
	}

	@Test
	void aRuleStillCarryingItsOwnLegalBasisIsPointedAt(@TempDir Path dir) throws IOException {
		write(dir, RULE.replace("    @severity(\"INFO\")\n", "    @severity(\"INFO\")\n    @legalBasis(\"KL 6 kap. 27 §\")\n"),
				ACTS + SEATS);

		assertThatThrownBy(() -> new ComplianceEngine(dir)).isInstanceOfSatisfying(RuleCompilationException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(p -> {
					assertThat(p.file()).isEqualTo("seats.drl");
					assertThat(p.line()).isEqualTo(10);
					assertThat(p.message()).contains("legal-basis.yaml");
				}));
	}

	@Test
	void theRulesFolderOfTheAppHasACompleteTable() {
		RuleSet rules = new ComplianceEngine(Path.of("rules")).ruleSet();

		assertThat(rules.legalBasis().acts()).extracting(LegalBasisTable.Act::id).containsExactly("1991:900", "2017:725");
		assertThat(rules.rules()).allSatisfy(rule -> assertThat(rule.legalBases()).hasSize(2)
			.allSatisfy(b -> assertThat(b.source()).isNotBlank()));
	}

	private static void write(Path dir, String drl, String table) throws IOException {
		Files.writeString(dir.resolve("seats.drl"), drl);
		Files.writeString(dir.resolve(LegalBasisTable.FILE), table);
	}

}
