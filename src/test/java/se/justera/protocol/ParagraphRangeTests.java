package se.justera.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The paragraphs the minutes declare, as covers print them. */
class ParagraphRangeTests {

	@Test
	void aRangeWithSectionSignsIsItsFirstAndLast() {
		assertThat(ParagraphRange.find("§§ 162-174", 1)).isEqualTo(new ParagraphRange(162, 174));
	}

	@Test
	void aBareRangeUnderItsLabelIsARange() {
		assertThat(ParagraphRange.find("88–104", 1)).isEqualTo(new ParagraphRange(88, 104));
	}

	@Test
	void oneParagraphIsARangeOfOne() {
		assertThat(ParagraphRange.find("§ 57", 1)).isEqualTo(new ParagraphRange(57, 57));
	}

	@Test
	void aValueWithoutParagraphsStatesNoRange() {
		assertThat(ParagraphRange.find("Kommunhuset", 1)).isNull();
	}

}
