package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text as numbered lines on pages, after the checks that refuse what is not minutes. */
class ProtocolLinesTests {

	private final ProtocolLines reader = new ProtocolLines(1_000, Vocabulary.standard());

	@Test
	void aFormFeedStartsTheNextPage() {
		List<ProtocolLine> lines = this.reader.read("Kommunstyrelsen\n§ 1\tVal\n\f§ 2\tBudget");

		assertThat(lines).extracting(l -> l.number() + ":" + l.page()).containsExactly("1:1", "2:1", "3:2");
	}

	@Test
	void withoutFormFeedsAPrintedPageNumberSaysWhereThePageBegins() {
		List<ProtocolLine> lines = this.reader.read("Kommunstyrelsen\nText\nSida 2 (3)\nMer text");

		assertThat(lines).extracting(ProtocolLine::page).containsExactly(1, 1, 2, 2);
	}

	@Test
	void aControlCharacterIsRefusedAsBinaryWithItsLine() {
		assertThatThrownBy(() -> this.reader.read("Kommunstyrelsen\nPlats\u0001och tid")).isInstanceOf(InvalidProtocolException.class)
			.hasMessageContaining("looks binary")
			.hasMessageContaining("column 6")
			.hasMessageEndingWith("(line 2)");
	}

	@Test
	void anImpossibleDateIsRefusedWithItsLine() {
		assertThatThrownBy(() -> this.reader.read("Kommunstyrelsen\n\nDatum 2024-02-30")).isInstanceOf(InvalidProtocolException.class)
			.hasMessageEndingWith("(line 3)");
	}

	@Test
	void aTextOverTheLimitIsRefused() {
		assertThatThrownBy(() -> new ProtocolLines(10, Vocabulary.standard()).read("Kommunstyrelsen sammanträder"))
			.isInstanceOf(InvalidProtocolException.class)
			.hasMessageContaining("the limit is 10");
	}

	@Test
	void aBlankTextIsEmpty() {
		assertThatThrownBy(() -> this.reader.read(" \n \n")).isInstanceOf(InvalidProtocolException.class)
			.hasMessage("The protocol is empty");
	}

}
