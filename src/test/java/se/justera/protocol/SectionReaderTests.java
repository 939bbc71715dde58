package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.protocol.Protocol.Section;

import static org.assertj.core.api.Assertions.assertThat;

/** A paragraph's sections, its supporting documents and the description of its matter. */
class SectionReaderTests {

	private final ParagraphHeadings headings = new ParagraphHeadings(Vocabulary.standard());

	@Test
	void theDocumentsAreTheItemsUnderBeslutsunderlag() {
		SectionReader.Sections read = read("Beslutsunderlag", "- Tjänsteskrivelse 2024-04-02", "- Karta");

		assertThat(read.documents()).containsExactly("Tjänsteskrivelse 2024-04-02", "Karta");
	}

	@Test
	void theDescriptionIsTheMatterNotHowItWasHandled() {
		SectionReader.Sections read = read("Ärendebeskrivning", "Ansökan avser ett garage.", "", "Yrkanden",
				"Anna Ek (S) yrkar bifall.", "", "Ekonomiska konsekvenser", "Inga.");

		assertThat(read.description()).isEqualTo("Ansökan avser ett garage.\n\nEkonomiska konsekvenser\nInga.");
	}

	@Test
	void everyHeadedPartIsASectionButTheDecision() {
		List<ProtocolLine> lines = Snippet.lines("Bakgrund", "Text.", "", "Beslut", "Bifall.");
		List<ParagraphHeadings.Part> parts = this.headings.split(lines);

		SectionReader.Sections read = new SectionReader(this.headings).read(parts, parts.get(1));

		assertThat(read.sections()).containsExactly(new Section("Bakgrund", "Text."));
	}

	@Test
	void aParagraphWithoutProseHasNoDescription() {
		SectionReader.Sections read = read("Beslutsunderlag", "- Karta");

		assertThat(read.description()).isNull();
	}

	private SectionReader.Sections read(String... texts) {
		return new SectionReader(this.headings).read(this.headings.split(Snippet.lines(texts)), null);
	}

}
