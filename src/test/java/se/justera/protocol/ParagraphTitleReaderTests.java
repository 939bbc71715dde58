package se.justera.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A paragraph's title and case number, from its heading line, the lines below, or the agenda. */
class ParagraphTitleReaderTests {

	private final ParagraphTitleReader reader = new ParagraphTitleReader(new ParagraphHeadings(Vocabulary.standard()));

	@Test
	void aCaseNumberAfterDnrOnTheHeadingLineIsSetOffTheTitle() {
		ParagraphTitleReader.Title title = this.reader.read(41, "Bygglov för garage\tDnr 2003.112",
				Snippet.lines("§ 41\tBygglov för garage\tDnr 2003.112", "Text."), null);

		assertThat(title.title()).isEqualTo("Bygglov för garage");
		assertThat(title.caseNumber()).isEqualTo("2003.112");
	}

	@Test
	void aCaseNumberInAColumnOfItsOwnNeedsNoDnr() {
		ParagraphTitleReader.Title title = this.reader.read(112, "Godkännande av dagordning\tSN 2023/002",
				Snippet.lines("§ 112\tGodkännande av dagordning\tSN 2023/002"), null);

		assertThat(title.caseNumber()).isEqualTo("SN 2023/002");
	}

	@Test
	void aTitleOnTheLineBelowTheNumberIsTheTitleAndTheBodyStartsAtTheNextText() {
		ParagraphTitleReader.Title title = this.reader.read(7, null,
				Snippet.lines("§ 7", "", "Dnr KS 2024/12", "Beslut om taxa för slamtömning", "", "Beslut", "Taxan antas."), null);

		assertThat(title.title()).isEqualTo("Beslut om taxa för slamtömning");
		assertThat(title.caseNumber()).isEqualTo("KS 2024/12");
		assertThat(title.body()).extracting(ProtocolLine::number).containsExactly(6, 7);
	}

	@Test
	void theAgendasTitleAndCaseNumberAreTheParagraphs() {
		ParagraphTitleReader.Title title = this.reader.read(3, "Budget", Snippet.lines("§ 3\tBudget"),
				new AgendaReader.Item("KS 2024/1", "Budget 2025 för kommunstyrelsen"));

		assertThat(title.title()).isEqualTo("Budget 2025 för kommunstyrelsen");
		assertThat(title.heading()).isEqualTo("Budget");
		assertThat(title.caseNumber()).isEqualTo("KS 2024/1");
	}

	@Test
	void aParagraphWithoutATitleIsRefusedAtItsLine() {
		assertThatThrownBy(() -> this.reader.read(9, null, Snippet.from(20, "§ 9", "", "Beslut"), null))
			.isInstanceOf(InvalidProtocolException.class)
			.hasMessage("§ 9 has no title (line 20)");
	}

}
