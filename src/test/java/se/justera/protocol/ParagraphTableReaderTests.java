package se.justera.protocol;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.justera.protocol.Protocol.DataRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The tables of a paragraph: budget tables, voting tables, other tables, and a note on what does not map. */
class ParagraphTableReaderTests {

	private final ParagraphTableReader reader = new ParagraphTableReader(new VoteReader(Map.of("Anna Ek", "S"), List.of()));

	@Test
	void aSixColumnBudgetTableIsABudgetReportWithTheTitleAbove() {
		ParagraphTableReader.Tables read = this.reader.read(Snippet.lines("Resultat per nämnd", "Belopp i tkr",
				"\tBudget\tUtfall\tAvvikelse\tBudget\tPrognos\tAvvikelse", "Skola\t100\t90\t10\t300\t290\t10"));

		assertThat(read.budgets()).extracting(Protocol.BudgetReport::title).containsExactly("Resultat per nämnd");
		assertThat(read.notes()).isEmpty();
	}

	@Test
	void aBudgetTableThatDoesNotMapIsKeptAsATableWithANoteAtTheRow() {
		ParagraphTableReader.Tables read = this.reader.read(Snippet.from(30, "\tBudget\tUtfall\tAvvikelse\tBudget\tPrognos\tAvvikelse",
				"Skola\t100\tx\t10"));

		assertThat(read.budgets()).isEmpty();
		assertThat(read.tables()).hasSize(1);
		assertThat(read.notes()).extracting(ReadingNote::line, ReadingNote::fact)
			.containsExactly(tuple(31, ReadingNote.BUDGET_TABLE));
	}

	@Test
	void aVotingTableGivesBallots() {
		ParagraphTableReader.Tables read = this.reader.read(Snippet.lines("Ledamot\tJa\tNej", "Anna Ek\tX\t"));

		assertThat(read.ballots()).extracting(Protocol.Ballot::person).containsExactly("Anna Ek");
		assertThat(read.tables()).isEmpty();
	}

	@Test
	void anyOtherTableIsRowsWithABoldHeader() {
		ParagraphTableReader.Tables read = this.reader.read(Snippet.lines("Bidrag 2024", "**Förening**\t**Belopp**",
				"IK Sävast\t12 000"));

		assertThat(read.tables().get(0).title()).isEqualTo("Bidrag 2024");
		assertThat(read.tables().get(0).rows()).extracting(DataRow::header).containsExactly(true, false);
	}

}
