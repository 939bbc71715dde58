package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.budget.BudgetLineLevel;
import se.justera.protocol.Protocol.BudgetReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Budget tables in the sample's six columns: groups, details, bold totals and what does not fit. */
class SixColumnBudgetReaderTests {

	private static final List<ProtocolLine> TABLE = Snippet.lines("Belopp i mkr\tJan-apr\tHelår",
			"\tBudget\tUtfall\tAvvikelse\tBudget\tPrognos\tAvvikelse", "Grundskola", "Skola\t100\t90\t10\t300\t290\t10",
			"**Summa\t100\t90\t10\t300\t290\t10**");

	@Test
	void theHeaderIsTheRowWithBudgetAndUtfall() {
		assertThat(SixColumnBudgetReader.header(TABLE)).isEqualTo(1);
	}

	@Test
	void theRowsAreAGroupItsDetailAndABoldTotal() {
		BudgetReport read = SixColumnBudgetReader.read(TABLE, 1, "Resultat", "tkr");

		assertThat(read.lines()).extracting(l -> l.label() + " " + l.level() + " " + l.parent())
			.containsExactly("Grundskola GROUP null", "Skola DETAIL 0", "Summa TOTAL 0");
		assertThat(read.amountUnit()).isEqualTo("mkr");
		assertThat(read.period()).isEqualTo("Jan-apr");
		assertThat(read.lines().get(1).yearForecast()).isEqualTo(290);
	}

	@Test
	void aRowWithoutSixFiguresIsUnreadableAtItsLine() {
		List<ProtocolLine> block = Snippet.lines("\tBudget\tUtfall\tAvvikelse", "Skola\t100\t90\t10");

		assertThatThrownBy(() -> SixColumnBudgetReader.read(block, 0, null, "tkr"))
			.isInstanceOf(SixColumnBudgetReader.Unreadable.class)
			.hasMessageContaining("has 3 figures; expected 6")
			.satisfies(e -> assertThat(((SixColumnBudgetReader.Unreadable) e).line()).isEqualTo(2));
	}

	@Test
	void aFigureBeyondWhatTheApiCarriesIsRefused() {
		assertThatThrownBy(() -> SixColumnBudgetReader.figure("99 999 999 999", "99999999999", 12))
			.isInstanceOf(InvalidProtocolException.class)
			.hasMessageEndingWith("(line 12)");
	}

	@Test
	void aTableWithoutBudgetAndOutcomeHasNoHeader() {
		assertThat(SixColumnBudgetReader.header(Snippet.lines("Namn\tParti", "Anna Ek\tS"))).isEqualTo(-1);
	}

}
