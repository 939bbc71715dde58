package se.justera.protocol;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tallies in words. */
class SwedishNumbersTests {

	@ParameterizedTest
	@CsvSource({ "en,1", "ett,1", "två,2", "tolv,12", "nitton,19", "tjugo,20", "tjugoen,21", "Fyrtiosju,47", "nittionio,99" })
	void aNumberWordIsItsValue(String word, int value) {
		assertThat(SwedishNumbers.value(word)).isEqualTo(value);
	}

	@ParameterizedTest
	@CsvSource({ "12", "tjugonoll", "ledamot", "tjugotolv" })
	void otherWordsAreNoNumber(String word) {
		assertThat(SwedishNumbers.value(word)).isNull();
	}

}
