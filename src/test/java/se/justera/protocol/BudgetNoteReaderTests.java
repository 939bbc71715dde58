package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.protocol.Protocol.BudgetLine;
import se.justera.protocol.Protocol.BudgetNote;
import se.justera.protocol.Protocol.BudgetReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Notes on a budget's deviations, and whether they report measures. */
class BudgetNoteReaderTests {

	private final BudgetNoteReader reader = new BudgetNoteReader(new ParagraphHeadings(Vocabulary.standard()));

	@Test
	void aUnitWithItsDeviationOverItsTextIsANote() {
		List<BudgetNote> read = this.reader.read(Snippet.lines("Socialnämnden – -3 300 tkr",
				"Underskottet beror på placeringar. En handlingsplan tas fram."), List.of());

		assertThat(read).containsExactly(new BudgetNote("Socialnämnden", -3300L,
				"Underskottet beror på placeringar. En handlingsplan tas fram.", true));
	}

	@Test
	void aNoteThatSaysNoMeasuresWereTakenReportsNone() {
		assertThat(BudgetNoteReader.reportsMeasures("Nämnden har ännu inte beslutat om några åtgärder.")).isFalse();
	}

	@Test
	void anActionPlanSectionIsTheMeasuresForEachTablesTotal() {
		BudgetReport report = new BudgetReport("Resultat", "tkr", null, null, List.of(new BudgetLine("Tekniska nämnden totalt",
				BudgetLineLevel.TOTAL, Emphasis.BOLD, null, null, null, null, 900L, 1200L, -300L)));

		List<BudgetNote> read = this.reader.read(Snippet.lines("Handlingsplan", "Vakanser hålls öppna."), List.of(report));

		assertThat(read).extracting(BudgetNote::unit, BudgetNote::amount)
			.containsExactly(tuple("Tekniska nämnden", 300L));
	}

	@Test
	void textWithoutAUnitsDeviationHasNoNotes() {
		assertThat(this.reader.read(Snippet.lines("Budgeten följs."), List.of())).isEmpty();
	}

}
