package se.justera.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An extract is told by its title or its certification, and says so at the cover. */
class ProtocolExtractTests {

	@Test
	void anExtractsTitleMakesTheTextAnExtract() {
		assertThat(ProtocolExtract.is(Snippet.lines("Kommunstyrelsen", "Utdrag ur protokoll 2024-04-16"))).isTrue();
	}

	@Test
	void theCertificationInAColumnMakesTheTextAnExtract() {
		assertThat(ProtocolExtract.is(Snippet.lines("Justerandes sign\tUtdraget bestyrks"))).isTrue();
	}

	@Test
	void minutesThatMentionAnExtractAreNone() {
		assertThat(ProtocolExtract.is(Snippet.lines("Ett protokollsutdrag skickas till nämnden."))).isFalse();
	}

	@Test
	void theNoteIsAtTheCoversLineAndAboutTheParagraphs() {
		ReadingNote note = ProtocolExtract.note(Snippet.from(4, "Kommunstyrelsen").get(0));

		assertThat(note.line()).isEqualTo(4);
		assertThat(note.fact()).isEqualTo(ReadingNote.PARAGRAPHS);
		assertThat(note.level()).isEqualTo(ReadingNote.Level.INFO);
	}

}
