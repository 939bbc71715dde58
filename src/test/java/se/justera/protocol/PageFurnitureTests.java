package se.justera.protocol;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Page headers and footers repeated on every page, dropped cell by cell; the minutes' text stays. */
class PageFurnitureTests {

	@Test
	void aRunningHeaderWithTheBodysNameAndItsDateIsDropped() {
		List<ProtocolLine> kept = PageFurniture.drop(Snippet.lines("Kommunstyrelsen\tSida 3 (6)", "2024-05-14",
				"Beslutet skickas till ekonomienheten."), Set.of("Kommunstyrelsen"));

		assertThat(kept).extracting(ProtocolLine::number).containsExactly(3);
	}

	@Test
	void aFooterOfSignaturesIsDropped() {
		List<ProtocolLine> kept = PageFurniture.drop(Snippet.lines("Justerandes sign\tUtdragsbestyrkande", "Text."), Set.of());

		assertThat(kept).extracting(ProtocolLine::text).containsExactly("Text.");
	}

	@Test
	void aDateInTheTextIsNoFurniture() {
		List<ProtocolLine> kept = PageFurniture.drop(Snippet.lines("Anslaget sätts upp", "2024-05-14"), Set.of());

		assertThat(kept).hasSize(2);
	}

	@Test
	void aBodysNameGluedToTheNextHeadingIsCutOff() {
		List<ProtocolLine> kept = PageFurniture.drop(Snippet.lines("**Kommunstyrelsen****Resultat drift**"),
				Set.of("Kommunstyrelsen"));

		assertThat(kept.get(0).clean()).isEqualTo("Resultat drift");
	}

	@Test
	void aTextThatEndsOnItsFooterEndsOnFurniture() {
		assertThat(PageFurniture.endsOnFooter(Snippet.lines("§ 4\tVal", "Text.", "Justerandes sign", ""))).isTrue();
	}

	@Test
	void aTextThatEndsInAParagraphDoesNotEndOnFurniture() {
		assertThat(PageFurniture.endsOnFooter(Snippet.lines("§ 4\tVal", "Kommunstyrelsen beslutar att"))).isFalse();
	}

}
