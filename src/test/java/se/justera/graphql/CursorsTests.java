package se.justera.graphql;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorsTests {

	@Test
	void aDatePartIsReadAsLocalDateParseReadsIt() {
		for (String part : new String[] { "2019-08-11", "0001-01-01", "9999-12-31", "2024-02-29" }) {
			assertThat(Cursors.date(part)).isEqualTo(LocalDate.parse(part));
		}
	}

	@Test
	void aDateThatIsNoDayOfTheCalendarIsRefused() {
		for (String part : new String[] { "2019-02-30", "2019-13-01", "2019-00-10", "2023-02-29" }) {
			assertThatThrownBy(() -> Cursors.date(part)).as(part).isInstanceOf(DateTimeException.class);
		}
	}

	@Test
	void aDatePartNotWrittenAsCursorsWriteItIsLeftToLocalDateParse() {
		assertThatThrownBy(() -> Cursors.date("2019-8-11")).isInstanceOf(DateTimeException.class);
		assertThatThrownBy(() -> Cursors.date("2019-08-1x")).isInstanceOf(DateTimeException.class);
		assertThatThrownBy(() -> Cursors.date("+10000-01-01")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Cursors.date("0000-01-01")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anEncodedKeyDecodesToItsParts() {
		String cursor = Cursors.encode("meeting", LocalDate.of(2019, 8, 11), 49991L);

		LocalDate date = Cursors.decode("meeting", 2, cursor, key -> Cursors.date(key[0]));

		assertThat(date).isEqualTo(LocalDate.of(2019, 8, 11));
	}

	@Test
	void anEditedDateInACursorGetsTheCursorsError() {
		String cursor = Cursors.encode("meeting", "2019-02-30", 1L);

		assertThatThrownBy(() -> Cursors.decode("meeting", 2, cursor, key -> Cursors.date(key[0])))
			.isInstanceOf(InvalidArgumentException.class);
	}

}
