package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.budget.BudgetLineLevel;
import se.justera.protocol.Protocol.BudgetLine;
import se.justera.protocol.Protocol.BudgetReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Budget tables in plain text, where no row is bold: the words mark the totals (Norrvika § 43 and
 * § 44). A "Summa" row and a row without a label are totals, so the rules add them up; the unit
 * cell over the label column ("Tkr") is the unit, not the period.
 */
class PlainTextBudgetTotalsTests {

	private final ProtocolParser parser = new ProtocolParser(1_000_000);

	@Test
	void aSummaRowAndAnUnlabelledRowAreTotalsWithoutBold() {
		BudgetReport table = table("Tkr\tJanuari–mars 2024\t\t\tHelår 2024",
				"\tBudget\tUtfall\tAvvikelse\tBudget\tPrognos\tAvvikelse",
				"Kommunledningskontoret\t9 450\t8 910\t540\t37 800\t37 300\t500",
				"Summa nämnder\t9 450\t8 910\t540\t37 800\t37 300\t500",
				"Räddningstjänsten\t4 650\t4 810\t-160\t18 600\t19 000\t-400",
				"\t14 100\t13 720\t380\t56 400\t56 300\t100");

		assertThat(table.lines()).extracting(BudgetLine::label, BudgetLine::level)
			.containsExactly(tuple("Kommunledningskontoret", BudgetLineLevel.DETAIL),
					tuple("Summa nämnder", BudgetLineLevel.TOTAL), tuple("Räddningstjänsten", BudgetLineLevel.DETAIL),
					tuple(null, BudgetLineLevel.TOTAL));
	}

	@Test
	void theUnitOverTheLabelsIsNotThePeriod() {
		BudgetReport table = table("Tkr\tJanuari–mars 2024\t\t\tHelår 2024",
				"\tBudget\tUtfall\tAvvikelse\tBudget\tPrognos\tAvvikelse",
				"Kommunledningskontoret\t9 450\t8 910\t540\t37 800\t37 300\t500");

		assertThat(List.of(table.amountUnit(), table.period(), table.fullYear()))
			.containsExactly("tkr", "Januari–mars 2024", "Helår 2024");
	}

	private BudgetReport table(String... rows) {
		String text = String.join("\n", "Kommunstyrelsen", "", "Plats och tid\tKommunhuset, 2024-05-14 kl. 13.00", "",
				"Beslutande\tAnders Wikström (S), ordförande", "", "§ 43", "", "Budgetuppföljning kommunstyrelsen per mars 2024",
				"", "Kommunstyrelsens beslut", "", "Budgetuppföljningen godkänns.", "", "Ärendebeskrivning", "",
				String.join("\n", rows), "", "Beslutsunderlag", "Tjänsteskrivelse 2024-04-22");
		return this.parser.parse(text).paragraphs().get(0).budgetReports().get(0);
	}

}
