package se.justera.compliance;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.compliance.fact.BudgetSum;
import se.justera.protocol.Protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.justera.budget.BudgetLineLevel.DETAIL;
import static se.justera.budget.BudgetLineLevel.TOTAL;
import static se.justera.compliance.Minutes.yearBudget;

/** Budget rows added up exactly: a sum beyond a long is an error, never a wrapped figure. */
class FactBuilderTests {

	static final ComplianceSettings SETTINGS = ComplianceSettings.defaults("Kommunstyrelsen");

	@Test
	void theLargestFiguresTheParserTakesAddUpExactly() {
		Protocol protocol = Minutes.clean()
			.budgetReport(163, yearBudget("Kommunstyrelsen", TOTAL, null, 1),
					yearBudget("KS Ledning", DETAIL, 0, Integer.MAX_VALUE), yearBudget("KS Stöd", DETAIL, 0, Integer.MAX_VALUE))
			.protocol();

		List<BudgetSum> sums = FactBuilder.facts("Smedjebacken", protocol, SETTINGS).stream()
			.filter(BudgetSum.class::isInstance).map(BudgetSum.class::cast).toList();

		assertThat(sums).singleElement().satisfies(sum -> {
			assertThat(sum.computed()).isEqualTo(2L * Integer.MAX_VALUE);
			assertThat(sum.difference()).isEqualTo(2L * Integer.MAX_VALUE - 1);
		});
	}

	@Test
	void aSumBeyondALongIsAnErrorNotAWrappedValue() {
		Protocol protocol = Minutes.clean()
			.budgetReport(163, yearBudget("Kommunstyrelsen", TOTAL, null, 1),
					yearBudget("KS Ledning", DETAIL, 0, Long.MAX_VALUE), yearBudget("KS Stöd", DETAIL, 0, 1))
			.protocol();

		assertThatThrownBy(() -> FactBuilder.facts("Smedjebacken", protocol, SETTINGS))
			.isInstanceOf(ArithmeticException.class);
	}

	@Test
	void differencesAndAmountsBeyondALongAreErrorsToo() {
		BudgetSum sum = new BudgetSum(163, 0, 0, "Kommunstyrelsen", "yearBudget", Long.MIN_VALUE, 1, 2);

		assertThatThrownBy(sum::difference).isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> RuleFunctions.amount(Long.MIN_VALUE)).isInstanceOf(ArithmeticException.class);
		assertThat(RuleFunctions.amount(-Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
	}

}
