package se.justera.protocol;

import org.junit.jupiter.api.Test;

import se.justera.protocol.Protocol.Signature;

import static org.assertj.core.api.Assertions.assertThat;

/** Signatures of a cover: a label and a name, a dotted line with the name below it, a range beside one. */
class SignatureReaderTests {

	private final SignatureReader reader = new SignatureReader(Vocabulary.standard());

	@Test
	void aLabelledNameIsASignature() {
		this.reader.read(Snippet.lines("Sekreterare\tAnna Ek\tParagrafer\t§§ 1-15").get(0));

		assertThat(this.reader.signatures()).containsExactly(new Signature("Sekreterare", "Anna Ek"));
		assertThat(this.reader.range()).isEqualTo(new ParagraphRange(1, 15));
	}

	@Test
	void aNameBelowADottedLineSignsForItsRole() {
		Snippet.lines("Ordförande\t..............", "\tGustav Ehn").forEach(this.reader::read);

		assertThat(this.reader.signatures()).containsExactly(new Signature("Ordförande", "Gustav Ehn"));
	}

	@Test
	void aRangeBesideASignatureIsTheMinutesRange() {
		this.reader.read(Snippet.lines("Sekreterare\t____ §18–24").get(0));

		assertThat(this.reader.range()).isEqualTo(new ParagraphRange(18, 24));
		assertThat(this.reader.signatures()).isEmpty();
	}

	@Test
	void aDottedLineIsOneToSignOn() {
		assertThat(SignatureReader.isSignatureLine("…………")).isTrue();
	}

	@Test
	void aNameIsNoLineToSignOn() {
		assertThat(SignatureReader.isSignatureLine("Anna Ek")).isFalse();
	}

}
