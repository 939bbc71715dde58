package se.justera.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical form of names: what looks the same is the same. */
class NamesTests {

	static final String JONKOPING = "J\u00f6nk\u00f6ping";

	@Test
	void combiningMarksAreComposed() {
		assertThat(Names.canonical("Jo\u0308nko\u0308ping")).isEqualTo(JONKOPING);
	}

	@Test
	void formatCharactersAreRemoved() {
		assertThat(Names.canonical("J\u00f6n\u200bk\u00f6ping")).isEqualTo(JONKOPING); // zero-width space
		assertThat(Names.canonical("\ufeffJ\u00f6nk\u00f6\u00adping")).isEqualTo(JONKOPING); // BOM, soft hyphen
		assertThat(Names.canonical("\u200eJ\u00f6nk\u00f6ping\u202e")).isEqualTo(JONKOPING); // bidi marks
	}

	@Test
	void aFormatCharacterDoesNotKeepAMarkFromItsLetter() {
		assertThat(Names.canonical("Jo\u200b\u0308nk\u00f6ping")).isEqualTo(JONKOPING);
	}

	@Test
	void everySpaceIsOneOrdinarySpace() {
		assertThat(Names.canonical("Anna\u00a0Ek")).isEqualTo("Anna Ek");
		assertThat(Names.canonical("Anna\u2009Ek")).isEqualTo("Anna Ek"); // thin space
		assertThat(Names.canonical("Anna\u202fEk")).isEqualTo("Anna Ek"); // narrow no-break space
		assertThat(Names.canonical("Anna\u3000Ek")).isEqualTo("Anna Ek"); // ideographic space
		assertThat(Names.canonical(" \tAnna \t\u00a0 Ek\u00a0")).isEqualTo("Anna Ek");
	}

	@Test
	void aControlCharacterIsASpaceInTheCanonicalFormAndIsFound() {
		assertThat(Names.canonical("J\u00f6n\nk\u00f6ping")).isEqualTo("J\u00f6n k\u00f6ping");
		assertThat(Names.controlCharacterAt("J\u00f6n\nk\u00f6ping")).isEqualTo(3);
		assertThat(Names.controlCharacterAt("a\u0000")).isEqualTo(1);
		assertThat(Names.controlCharacterAt("Anna\u00a0Ek\u200b")).isEqualTo(-1);
	}

	@Test
	void nullAndEmptyStayWhatTheyAre() {
		assertThat(Names.canonical(null)).isNull();
		assertThat(Names.canonical("")).isEmpty();
		assertThat(Names.canonical("\u200b \u00a0")).isEmpty();
	}

	@Test
	void theCanonicalFormIsCanonical() {
		for (String name : List.of("Jo\u0308nko\u0308ping\u00a0", " Anna\t\u2009Ek ", "\u200b\u0308x", "Kommunstyrelsen")) {
			String once = Names.canonical(name);
			assertThat(Names.canonical(once)).isEqualTo(once);
		}
	}

	@Test
	void aTextKeepsItsLinesTabsAndSpaces() {
		String text = "\ufeffKommun\u00adstyrelsen\n\tBudget\u00a0 Utfall\r\nMats O\u0308hlin (V)\u200b";

		assertThat(Names.canonicalText(text)).isEqualTo("Kommunstyrelsen\n\tBudget\u00a0 Utfall\r\nMats \u00d6hlin (V)");
		assertThat(Names.canonicalText("plain text\n")).isEqualTo("plain text\n");
		assertThat(Names.canonicalText(null)).isNull();
	}

}
