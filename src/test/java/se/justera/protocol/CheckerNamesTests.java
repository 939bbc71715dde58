package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checkers (justerare) of a cover, one a line or several on one line. */
class CheckerNamesTests {

	private final ProtocolParser parser = new ProtocolParser(1_000_000);

	@Test
	void twoCheckersWithoutPartiesOnTwoLinesAreTwoPeople() {
		Protocol read = this.parser.parse(String.join("\n", "Kommunfullmäktige", "",
				"Plats och tid\tStadshuset, 2021-06-14 kl. 18.00", "", "Beslutande\tAnna Ek (S), ordförande", "",
				"Justerare\tKarin Ström", "\tGöran Kjell", "", "§ 1", "Val av justerare", "", "Beslut", "Anna Ek utses."));

		assertThat(read.checkers()).containsExactly("Karin Ström", "Göran Kjell");
	}

	@Test
	void severalOnOneLineAreSetApartByCommaOchOrTheirParties() {
		assertThat(CheckerNames.read(List.of("Ulla Berggren (C) Mikael Sten (SD)"))).containsExactly("Ulla Berggren",
				"Mikael Sten");
		assertThat(CheckerNames.read(List.of("Maja Tornberg och Bo Hedström"))).containsExactly("Maja Tornberg",
				"Bo Hedström");
		assertThat(CheckerNames.read(List.of("Ulla Berggren (C) och", "Mikael Sten (SD)"))).containsExactly("Ulla Berggren",
				"Mikael Sten");
		assertThat(CheckerNames.read(List.of("Stina Wallgren, Fredrik Stål", "Stina Wallgren")))
			.containsExactly("Stina Wallgren", "Fredrik Stål");
	}

}
