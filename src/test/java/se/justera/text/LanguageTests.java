package se.justera.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's language from its Accept-Language header: Swedish unless English is preferred. */
class LanguageTests {

	@Test
	void englishIsChosenWhereItIsPreferredToSwedish() {
		assertThat(Language.ofAcceptLanguage("en-GB,en;q=0.9")).isEqualTo("en");
		assertThat(Language.ofAcceptLanguage("de, en;q=0.5, sv;q=0.4")).isEqualTo("en");
	}

	@Test
	void swedishIsChosenWithoutAHeaderWhereSwedishComesFirstAndForAMalformedHeader() {
		assertThat(Language.ofAcceptLanguage(null)).isEqualTo("sv");
		assertThat(Language.ofAcceptLanguage("sv, en;q=0.8")).isEqualTo("sv");
		assertThat(Language.ofAcceptLanguage("de")).isEqualTo("sv");
		assertThat(Language.ofAcceptLanguage("en;q=x")).isEqualTo("sv");
	}

}
