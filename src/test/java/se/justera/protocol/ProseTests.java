package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A paragraph's lines as prose, list items and sentences. */
class ProseTests {

	@Test
	void linesOfABlockAreJoinedAndBlocksAreSeparated() {
		assertThat(Prose.of(Snippet.lines("Nämnden har", "fått en ansökan.", "", "Den avser ett garage."))).isEqualTo(
				"Nämnden har\nfått en ansökan.\n\nDen avser ett garage.");
	}

	@Test
	void aLineInLowerCaseContinuesTheItemAbove() {
		assertThat(Prose.items(Snippet.lines("- Tjänsteskrivelse 2024-04-02", "Protokoll från", "arbetsutskottet")))
			.containsExactly("Tjänsteskrivelse 2024-04-02", "Protokoll från arbetsutskottet");
	}

	@Test
	void sentencesEndAtAFullStopAndAtAHeading() {
		List<String> sentences = Prose.sentences(Snippet.lines("Anna Ek (S) yrkar bifall. Lars Wik (M)", "yrkar avslag.",
				"Beslut", "Bifall."), new ParagraphHeadings(Vocabulary.standard()));

		assertThat(sentences).containsExactly("Anna Ek (S) yrkar bifall.", "Lars Wik (M) yrkar avslag.", "Bifall.");
	}

}
