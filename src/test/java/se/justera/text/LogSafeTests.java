package se.justera.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Log lines that user input cannot split. */
class LogSafeTests {

	@Test
	void aNewlineCannotStartALine() {
		String forged = "J\u00f6nk\u00f6ping\n2026-12-01 INFO Imported nothing";

		assertThat(LogSafe.escape(forged)).isEqualTo("J\u00f6nk\u00f6ping\\n2026-12-01 INFO Imported nothing")
			.doesNotContain("\n");
	}

	@Test
	void carriageReturnAndTabAreShownByName() {
		assertThat(LogSafe.escape("a\rb\tc")).isEqualTo("a\\rb\\tc");
	}

	@Test
	void otherInvisibleCharactersAreShownByCodePoint() {
		assertThat(LogSafe.escape("a\u0000b\u001bc")).isEqualTo("a\\u0000b\\u001Bc");
		assertThat(LogSafe.escape("line\u2028separator\u2029")).isEqualTo("line\\u2028separator\\u2029");
		assertThat(LogSafe.escape("\u202eevil")).isEqualTo("\\u202Eevil"); // right-to-left override
		assertThat(LogSafe.escape("tag\udb40\udc01")).isEqualTo("tag\\uDB40\\uDC01"); // U+E0001, a format character
	}

	@Test
	void printableTextIsLeftAlone() {
		assertThat(LogSafe.escape("Kommunstyrelsen i J\u00f6nk\u00f6ping, 12\u00a0december")).isEqualTo(
				"Kommunstyrelsen i J\u00f6nk\u00f6ping, 12\u00a0december");
		assertThat(LogSafe.escape("C:\\minutes\\a.txt")).isEqualTo("C:\\minutes\\a.txt");
		assertThat(LogSafe.escape("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
	}

	@Test
	void nullIsShownAsNull() {
		assertThat(LogSafe.escape(null)).isEqualTo("null");
	}

}
