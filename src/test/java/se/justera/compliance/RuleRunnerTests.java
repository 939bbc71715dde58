package se.justera.compliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

	static RuleSet withExtra(String drl) {
		List<RuleFile> files = new ArrayList<>(real.files());
		files.add(new RuleFile("extra.drl", "x", drl));
		return COMPILER.compile(files, "The test rules");
	}

	static final String HEADER = """
			package se.justera.rules;

			import se.justera.compliance.fact.Meeting;
			import se.justera.compliance.fact.Paragraph;

			global se.justera.compliance.Findings findings;

			""";

	@Test
	void anActionThatThrowsIsNamedAndTheOtherRulesStillReport() {
		RuleSet rules = withExtra(HEADER + """
				rule "Throws in its action"
				    @ruleId("THROWS")
				    @severity("WARNING")
				    @legalBasis("Test")
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
		RuleSet rules = withExtra(HEADER + """
				rule "Divides by zero"
				    @ruleId("DIVIDES")
				    @severity("WARNING")
				    @legalBasis("Test")
				when
				    Meeting( seats / (seats - seats) > 1 )
				then
				end
				""");

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
				    @legalBasis("Test")
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
				    @legalBasis("Test")
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

	private static RuleRunner.Evaluation evaluate(RuleSet rules) {
		Minutes minutes = Minutes.clean().seats(12).deciding(6);
		return runner.evaluate(rules, Minutes.MUNICIPALITY, minutes.protocol(), minutes.settings());
	}

	private static List<String> ids(List<Finding> findings) {
		return findings.stream().map(Finding::id).sorted().toList();
	}

}
