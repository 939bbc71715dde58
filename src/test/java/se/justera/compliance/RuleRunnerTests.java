package se.justera.compliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules that fail, compiled by Drools beside the real rules folder: the failing rule is named with
 * its file and line and the cause, and every other rule still gives its findings.
 */
class RuleRunnerTests {

	private static final RuleCompiler COMPILER = new RuleCompiler();

	private static RuleRunner runner;

	private static List<Finding> clean;

	private static RuleSet real;

	@BeforeAll
	static void compile() {
		runner = new RuleRunner(Duration.ofSeconds(1));
		real = COMPILER.compile(Path.of("rules"));
		clean = Minutes.clean().seats(12).deciding(6).check(real);
	}

	@AfterAll
	static void close() {
		runner.close();
	}

	/** The real rules and this file, its rules with an entry in the legal basis table the ruleset carries. */
	static RuleSet withExtra(String drl) {
		return COMPILER.compile(TestLegalBases.withRuleFile(real.files(), "extra.drl", drl), "The test rules");
	}

	static final String HEADER = """
			package se.justera.rules;

			import se.justera.compliance.fact.Meeting;
			import se.justera.compliance.fact.Paragraph;

			global se.justera.compliance.Findings findings;

			""";

	/** A rule whose condition divides by zero on every meeting. */
	private static final String DIVIDES_BY_ZERO = """
			rule "Divides by zero"
			    @ruleId("DIVIDES")
			    @severity("WARNING")
			when
			    Meeting( seats / (seats - seats) > 1 )
			then
			end
			""";

	@Test
	void anActionThatThrowsIsNamedAndTheOtherRulesStillReport() {
		RuleSet rules = withExtra(HEADER + """
				rule "Throws in its action"
				    @ruleId("THROWS")
				    @severity("WARNING")
					when
				    Meeting()
				then
				    throw new IllegalStateException("broken on purpose");
				end
				""");

		RuleRunner.Evaluation evaluation = evaluate(rules);

		assertThat(evaluation.failures()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("THROWS");
			assertThat(f.rule()).isEqualTo("Throws in its action");
			assertThat(f.file()).isEqualTo("extra.drl");
			assertThat(f.line()).isEqualTo(8);
			assertThat(f.cause()).isEqualTo("IllegalStateException: broken on purpose");
		});
		assertThat(ids(evaluation.findings())).isEqualTo(ids(clean));
	}

	@Test
	void aConditionThatDividesByZeroIsNamed() {
		RuleSet rules = withExtra(HEADER + DIVIDES_BY_ZERO);

		RuleRunner.Evaluation evaluation = evaluate(rules);

		assertThat(evaluation.failures()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("DIVIDES");
			assertThat(f.cause()).contains("ArithmeticException", "/ by zero");
		});
		assertThat(ids(evaluation.findings())).isEqualTo(ids(clean));
		assertThat(evaluation.findingsWithErrors(rules, "k").stream().filter(f -> f.ruleId().equals("RULE_ERROR")))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.severity()).isEqualTo(Severity.INFO);
				assertThat(f.subject()).isEqualTo("DIVIDES");
				assertThat(f.messageEn()).contains("DIVIDES", "extra.drl", "did not run");
			});
	}

	@Test
	void anActionThatNeverReturnsIsStoppedAtTheBudgetAndNamed() {
		RuleSet rules = withExtra(HEADER + """
				rule "Never returns"
				    @ruleId("FOREVER")
				    @severity("WARNING")
					when
				    Meeting()
				then
				    long n = 0;
				    while (n >= 0) { n = (n + 1) % 1000; }
				end
				""");

		RuleRunner.Evaluation evaluation = evaluate(rules);

		assertThat(evaluation.failures()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("FOREVER");
			assertThat(f.timedOut()).isTrue();
			assertThat(f.cause()).contains("did not finish within 1 s");
		});
		assertThat(ids(evaluation.findings())).isEqualTo(ids(clean));
		// the next meeting does not pay the budget again: the rule is skipped on this node
		assertThat(evaluate(rules).failures()).singleElement()
			.satisfies(f -> assertThat(f.cause()).startsWith("skipped on this node"));
	}

	@Test
	void aConditionThatNeverReturnsIsFoundByRunningEachRuleAlone() {
		RuleSet rules = withExtra(HEADER + """
				function boolean spin(int seats) {
				    long n = 0;
				    while (n >= 0) { n = (n + 1) % 1000; }
				    return true;
				}

				rule "Spins in its condition"
				    @ruleId("SPINS")
				    @severity("WARNING")
					when
				    $m : Meeting()
				    Paragraph( eval( spin(number) ) )
				then
				end
				""");

		RuleRunner.Evaluation evaluation = evaluate(rules);

		assertThat(evaluation.failures()).extracting(RuleFailure::ruleId).containsExactly("SPINS");
		assertThat(ids(evaluation.findings())).isEqualTo(ids(clean));
	}

	@Test
	void theGuardedRunCitesTheActInForceOnTheMeetingDateAsDoesItsRuleError() {
		RuleSet rules = withExtra(HEADER + DIVIDES_BY_ZERO);
		Map<LocalDate, String> acts = Map.of(LocalDate.of(2017, 12, 12), "1991:900", LocalDate.of(2018, 1, 9), "2017:725");

		acts.forEach((date, act) -> {
			// too few deciding members: QUORUM, cited from the table the ruleset carries
			Minutes minutes = Minutes.clean().seats(12).deciding(5).heldOn(date);
			RuleRunner.Evaluation evaluation = runner.evaluate(rules, Minutes.MUNICIPALITY, minutes.protocol(),
					minutes.settings());

			assertThat(evaluation.meetingDate()).isEqualTo(date);
			assertThat(evaluation.findings()).extracting(Finding::ruleId).contains("QUORUM");
			assertThat(evaluation.findings()).allSatisfy(f -> assertThat(f.legalBasis())
				.isEqualTo(rules.legalBasis().rules().get(f.ruleId()).get(act).basis()));
			assertThat(evaluation.findings().stream().filter(f -> f.ruleId().equals("QUORUM")))
				.isNotEmpty()
				.allSatisfy(f -> assertThat(f.legalBasis()).startsWith("Kommunallagen (" + act + ") 6 kap."));
			assertThat(evaluation.findingsWithErrors(rules, "k").stream().filter(f -> f.ruleId().equals("RULE_ERROR")))
				.singleElement()
				.satisfies(f -> assertThat(f.legalBasis()).isEqualTo(TestLegalBases.basis(act)));
		});
	}

	@Test
	void aRulesetCarriesItsLegalBasisTableAsOneOfItsFilesAndCompilesFromThemAlone() {
		assertThat(real.files()).extracting(RuleFile::name).contains(LegalBasisTable.FILE, "quorum.drl");
		RuleFile table = real.files().stream().filter(f -> f.name().equals(LegalBasisTable.FILE)).findFirst().orElseThrow();
		assertThat(table.sha256()).hasSize(64);

		RuleSet again = COMPILER.compile(real.files(), "The stored ruleset " + real.version());

		assertThat(again.version()).isEqualTo(real.version());
		assertThat(again.legalBasis()).isEqualTo(real.legalBasis());
		assertThat(again.rules()).isEqualTo(real.rules());
	}

	@Test
	void storedFilesWithAnotherTableAreAnotherVersionWithThatTable() {
		List<RuleFile> files = new ArrayList<>();
		for (RuleFile file : real.files()) {
			files.add(file.name().equals(LegalBasisTable.FILE) ? new RuleFile(file.name(), "x",
					file.content().replace("6 kap. 27 §; för fullmäktige 5 kap. 45 §", "6 kap. 27 § (changed)")) : file);
		}

		RuleSet changed = COMPILER.compile(files, "The stored ruleset");

		assertThat(changed.version()).isNotEqualTo(real.version());
		assertThat(changed.legalBasis().basesOn(LocalDate.of(2023, 9, 5))).containsEntry("QUORUM",
				"Kommunallagen (2017:725) 6 kap. 27 § (changed)");
	}

	@Test
	void storedFilesWithoutTheTableAreRefusedWithTheMessageOfAFolderWithoutIt() {
		List<RuleFile> drl = real.files().stream().filter(f -> f.name().endsWith(".drl")).toList();

		assertThatThrownBy(() -> COMPILER.compile(drl, "The stored ruleset abc")).isInstanceOfSatisfying(
				RuleCompilationException.class, ex -> {
					assertThat(ex.getMessage()).contains("legal-basis.yaml of the stored ruleset abc does not fit the rules");
					assertThat(ex.problems()).singleElement().satisfies(p -> {
						assertThat(p.file()).isEqualTo(LegalBasisTable.FILE);
						assertThat(p.message()).contains("has no legal-basis.yaml");
					});
				});
	}

	@Test
	void aTestRuleStillCarryingItsOwnLegalBasisIsRefusedInStoredFilesToo() {
		assertThatThrownBy(() -> withExtra(HEADER + """
				rule "Old style"
				    @ruleId("OLD_STYLE")
				    @legalBasis("KL 6 kap. 27 §")
				when
				    Meeting()
				then
				end
				""")).isInstanceOfSatisfying(RuleCompilationException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(p -> {
					assertThat(p.file()).isEqualTo("extra.drl");
					assertThat(p.line()).isEqualTo(10);
				}));
	}

	private static RuleRunner.Evaluation evaluate(RuleSet rules) {
		Minutes minutes = Minutes.clean().seats(12).deciding(6);
		return runner.evaluate(rules, Minutes.MUNICIPALITY, minutes.protocol(), minutes.settings());
	}

	private static List<String> ids(List<Finding> findings) {
		return findings.stream().map(Finding::id).sorted().toList();
	}

}
