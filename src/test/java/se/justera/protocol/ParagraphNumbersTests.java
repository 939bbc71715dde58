package se.justera.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** § numbers as written, bounded, and the paragraphs a note names within the meeting's own. */
class ParagraphNumbersTests {

	@Test
	void aListWithRangesNamesEachParagraph() {
		assertThat(ParagraphNumbers.expand("§§ 1-3, 7", 1, 10)).containsExactly(1, 2, 3, 7);
	}

	@Test
	void fromAParagraphRunsToTheMeetingsLast() {
		assertThat(ParagraphNumbers.expand("från § 8", 1, 10)).containsExactly(8, 9, 10);
	}

	@Test
	void toAParagraphRunsFromTheMeetingsFirst() {
		assertThat(ParagraphNumbers.expand("t.o.m. § 4", 2, 10)).containsExactly(2, 3, 4);
	}

	@Test
	void aRangeBeyondTheMeetingNamesNoMoreThanItHas() {
		assertThat(ParagraphNumbers.expand("§§ 1-2000000000", 5, 7)).containsExactly(5, 6, 7);
	}

	@Test
	void aNumberBeyondTheLargestIsRefusedWithItsLine() {
		assertThatThrownBy(() -> ParagraphNumbers.number("123456", 17)).isInstanceOf(InvalidProtocolException.class)
			.hasMessageContaining("out of range")
			.hasMessageEndingWith("(line 17)");
	}

	@Test
	void leadingZerosAreNoDigitsOfTheNumber() {
		assertThat(ParagraphNumbers.number("000012", 1)).isEqualTo(12);
	}

}
