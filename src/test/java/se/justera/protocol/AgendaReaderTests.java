package se.justera.protocol;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The agenda's matters, each with its title and case number, and where the paragraphs begin. */
class AgendaReaderTests {

	private static final PageFurniture FURNITURE = new PageFurniture(Vocabulary.standard());

	@Test
	void titlesAndCaseNumbersInColumnsAreTheMatters() {
		AgendaReader.Agenda agenda = AgendaReader.read(Snippet.lines("Ärendelista", "§ 1\tVal av justerare",
				"§ 2\tBudget 2025\tDnr KS 2024/118", "", "§ 1\tVal av justerare"), 0, FURNITURE, Set.of());

		assertThat(agenda.items()).containsEntry(1, new AgendaReader.Item(null, "Val av justerare"))
			.containsEntry(2, new AgendaReader.Item("KS 2024/118", "Budget 2025"));
	}

	@Test
	void theParagraphsBeginAtTheFirstNumberListedAgain() {
		AgendaReader.Agenda agenda = AgendaReader.read(Snippet.lines("Ärendelista", "§ 1\tVal", "§ 2\tBudget", "",
				"§ 1\tVal", "Text."), 0, FURNITURE, Set.of());

		assertThat(agenda.paragraphStart()).isEqualTo(4);
	}

	@Test
	void aTitleOnTheLineBelowItsNumberIsItsTitle() {
		AgendaReader.Agenda agenda = AgendaReader.read(Snippet.lines("Föredragningslista", "§ 5\tDnr KS 2024/12",
				"Taxa för slamtömning"), 0, FURNITURE, Set.of());

		assertThat(agenda.items().get(5)).isEqualTo(new AgendaReader.Item("KS 2024/12", "Taxa för slamtömning"));
	}

	@Test
	void anAgendaThatNoParagraphFollowsHasNoStart() {
		AgendaReader.Agenda agenda = AgendaReader.read(Snippet.lines("Ärendelista", "§ 1\tVal"), 0, FURNITURE, Set.of());

		assertThat(agenda.paragraphStart()).isEqualTo(-1);
	}

}
