package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Page headers and footers repeated on every page, dropped cell by cell; the minutes' text stays. */
class PageFurnitureTests {

	private final PageFurniture furniture = new PageFurniture(Vocabulary.standard());

	@Test
	void aRunningHeaderWithTheBodysNameAndItsDateIsDropped() {
		List<ProtocolLine> kept = this.furniture.drop(Snippet.lines("Kommunstyrelsen\tSida 3 (6)", "2024-05-14",
				"Beslutet skickas till ekonomienheten."), Set.of("Kommunstyrelsen"));

		assertThat(kept).extracting(ProtocolLine::number).containsExactly(3);
	}

	@Test
	void aFooterOfSignaturesIsDropped() {
		List<ProtocolLine> kept = this.furniture.drop(Snippet.lines("Justerandes sign\tUtdragsbestyrkande", "Text."), Set.of());

		assertThat(kept).extracting(ProtocolLine::text).containsExactly("Text.");
	}

	@Test
	void aDateInTheTextIsNoFurniture() {
		List<ProtocolLine> kept = this.furniture.drop(Snippet.lines("Anslaget sätts upp", "2024-05-14"), Set.of());

		assertThat(kept).hasSize(2);
	}

	@Test
	void aBodysNameGluedToTheNextHeadingIsCutOff() {
		List<ProtocolLine> kept = this.furniture.drop(Snippet.lines("**Kommunstyrelsen****Resultat drift**"),
				Set.of("Kommunstyrelsen"));

		assertThat(kept.get(0).clean()).isEqualTo("Resultat drift");
	}

	@Test
	void aTextThatEndsOnItsFooterEndsOnFurniture() {
		assertThat(this.furniture.endsOnFooter(Snippet.lines("§ 4\tVal", "Text.", "Justerandes sign", ""))).isTrue();
	}

	@Test
	void aTextThatEndsInAParagraphDoesNotEndOnFurniture() {
		assertThat(this.furniture.endsOnFooter(Snippet.lines("§ 4\tVal", "Kommunstyrelsen beslutar att"))).isFalse();
	}

	@Test
	void aVocabularysOwnFooterIsFurniture() {
		Vocabulary standard = Vocabulary.standard();
		List<String> cells = new ArrayList<>(standard.furniture());
		cells.add("expedierat\\s+\\d{4}-\\d{2}-\\d{2}");
		PageFurniture withOverlay = new PageFurniture(new Vocabulary(standard.labels(), standard.noticeHeadings(),
				standard.agendaHeadings(), standard.abbreviations(), standard.sections(), cells, standard.roles(),
				standard.delegatedDecisionTitles(), standard.messageTitles()));

		List<ProtocolLine> kept = withOverlay.drop(Snippet.lines("Expedierat 2024-05-20", "Text."), Set.of());

		assertThat(kept).extracting(ProtocolLine::text).containsExactly("Text.");
	}

}
