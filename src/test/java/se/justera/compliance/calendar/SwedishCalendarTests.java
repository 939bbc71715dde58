package se.justera.compliance.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwedishCalendarTests {

	// Western (Gregorian) Easter Sundays; 2000–2040 complete, plus the extreme dates
	// (22 March, 25 April) and the years where Meeus' correction terms matter (1954, 1981).
	@ParameterizedTest(name = "easter {0}")
	@CsvSource({
			"2000-04-23", "2001-04-15", "2002-03-31", "2003-04-20", "2004-04-11", "2005-03-27",
			"2006-04-16", "2007-04-08", "2008-03-23", "2009-04-12", "2010-04-04", "2011-04-24",
			"2012-04-08", "2013-03-31", "2014-04-20", "2015-04-05", "2016-03-27", "2017-04-16",
			"2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09",
			"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01",
			"2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17", "2034-04-09", "2035-03-25",
			"2036-04-13", "2037-04-05", "2038-04-25", "2039-04-10", "2040-04-01",
			"1818-03-22", "2285-03-22", "1886-04-25", "1943-04-25", "1954-04-18", "1981-04-19" })
	void easterSundayMatchesKnownTable(LocalDate expected) {
		assertThat(SwedishCalendar.easterSunday(expected.getYear())).isEqualTo(expected);
		assertThat(SwedishCalendar.publicHolidayName(expected)).contains("påskdagen");
	}

	// Includes the edge years where the Saturday falls on the first (20th) or last (26th) allowed day.
	@ParameterizedTest(name = "midsommardagen {0}")
	@ValueSource(strings = { "2019-06-22", "2020-06-20", "2021-06-26", "2022-06-25", "2023-06-24",
			"2024-06-22", "2025-06-21", "2026-06-20", "2027-06-26" })
	void midsommardagen(LocalDate expected) {
		assertThat(SwedishCalendar.midsommardagen(expected.getYear())).isEqualTo(expected);
		assertThat(SwedishCalendar.publicHolidayName(expected)).contains("midsommardagen");
		assertThat(SwedishCalendar.nonWorkingReason(expected.minusDays(1))).contains("midsommarafton");
		// The Saturday a week earlier/later is just a Saturday.
		assertThat(SwedishCalendar.publicHolidayName(expected.minusWeeks(1))).isEmpty();
		assertThat(SwedishCalendar.publicHolidayName(expected.plusWeeks(1))).isEmpty();
	}

	// Edge years where the Saturday is 31 October or 6 November.
	@ParameterizedTest(name = "alla helgons dag {0}")
	@ValueSource(strings = { "2019-11-02", "2020-10-31", "2021-11-06", "2022-11-05", "2023-11-04",
			"2024-11-02", "2025-11-01", "2026-10-31", "2027-11-06" })
	void allaHelgonsDag(LocalDate expected) {
		assertThat(SwedishCalendar.allaHelgonsDag(expected.getYear())).isEqualTo(expected);
		assertThat(SwedishCalendar.publicHolidayName(expected)).contains("alla helgons dag");
		assertThat(SwedishCalendar.publicHolidayName(expected.minusWeeks(1))).isEmpty();
		assertThat(SwedishCalendar.publicHolidayName(expected.plusWeeks(1))).isEmpty();
		// Allhelgonaafton is not listed in Lag (1930:173) 2 §; it is a Friday working day.
		assertThat(SwedishCalendar.isNonWorkingDay(expected.minusDays(1))).isFalse();
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({
			"2024-01-01, nyårsdagen",
			"2024-01-06, trettondedag jul",
			"2024-03-29, långfredagen",
			"2024-03-31, påskdagen",
			"2024-04-01, annandag påsk",
			"2024-05-01, första maj",
			"2024-05-09, Kristi himmelsfärdsdag",
			"2024-05-19, pingstdagen",
			"2024-06-06, nationaldagen",
			"2024-06-22, midsommardagen",
			"2024-11-02, alla helgons dag",
			"2024-12-25, juldagen",
			"2024-12-26, annandag jul",
			"2025-01-06, trettondedag jul",
			"2025-04-18, långfredagen",
			"2025-04-21, annandag påsk",
			"2025-05-29, Kristi himmelsfärdsdag",
			"2025-06-08, pingstdagen" })
	void eachPublicHolidayIsNamed(LocalDate date, String name) {
		assertThat(SwedishCalendar.publicHolidayName(date)).contains(name);
		assertThat(SwedishCalendar.isPublicHoliday(date)).isTrue();
		assertThat(SwedishCalendar.isNonWorkingDay(date)).isTrue();
		assertThat(SwedishCalendar.nonWorkingReason(date)).contains(name);
	}

	@ParameterizedTest(name = "{0} is an ordinary working day")
	@ValueSource(strings = {
			"2024-01-05", // trettondagsafton
			"2024-03-28", // skärtorsdagen
			"2024-05-10", // klämdag after Kristi himmelsfärdsdag
			"2024-05-20", // annandag pingst, no longer a holiday since 2005
			"2024-06-20", // Thursday before midsommarafton
			"2024-11-01", // allhelgonaafton
			"2024-12-23", "2024-12-27", "2024-12-30", "2024-02-29" })
	void ordinaryWeekdaysAreWorkingDays(LocalDate date) {
		assertThat(SwedishCalendar.publicHolidayName(date)).isEmpty();
		assertThat(SwedishCalendar.isPublicHoliday(date)).isFalse();
		assertThat(SwedishCalendar.isNonWorkingDay(date)).isFalse();
		assertThat(SwedishCalendar.nonWorkingReason(date)).isEmpty();
		assertThat(SwedishCalendar.nextWorkingDayOnOrAfter(date)).isEqualTo(date);
	}

	@ParameterizedTest(name = "{0} is non-working: {1}")
	@CsvSource({
			"2024-03-02, lördag",
			"2024-03-03, söndag",
			"2024-06-21, midsommarafton",
			"2024-12-24, julafton",
			"2024-12-31, nyårsafton",
			"2022-12-24, julafton", // julafton on a Saturday: the more specific reason wins
			"2025-12-31, nyårsafton" })
	void nonWorkingDaysThatAreNotPublicHolidays(LocalDate date, String reason) {
		assertThat(SwedishCalendar.isPublicHoliday(date)).isFalse();
		assertThat(SwedishCalendar.isNonWorkingDay(date)).isTrue();
		assertThat(SwedishCalendar.nonWorkingReason(date)).contains(reason);
	}

	@Test
	void holidayOnWeekendIsReportedByHolidayName() {
		// 6 January 2024 is a Saturday.
		assertThat(SwedishCalendar.nonWorkingReason(LocalDate.parse("2024-01-06"))).contains("trettondedag jul");
	}

	@Test
	void yearHasThirteenDistinctPublicHolidays() {
		assertThat(holidaysIn(2024)).hasSize(13);
		assertThat(holidaysIn(2025)).hasSize(13);
	}

	@Test
	void coincidingHolidaysCarryBothNames() {
		// 2008: Easter 23 March, so Kristi himmelsfärdsdag fell on 1 May.
		assertThat(holidaysIn(2008)).hasSize(12);
		assertThat(SwedishCalendar.publicHolidayName(LocalDate.parse("2008-05-01")))
			.contains("första maj och Kristi himmelsfärdsdag");
		// 2049: Easter 18 April, so pingstdagen falls on 6 June.
		assertThat(SwedishCalendar.publicHolidayName(LocalDate.parse("2049-06-06")))
			.contains("pingstdagen och nationaldagen");
	}

	static Stream<Arguments> appealDeadlines() {
		return Stream.of(
				Arguments.of("2023-12-05", "2023-12-27", "raw deadline annandag jul"),
				Arguments.of("2023-12-15", "2024-01-05", "raw deadline an ordinary Friday"),
				Arguments.of("2024-02-08", "2024-02-29", "leap day, ordinary Thursday"),
				Arguments.of("2024-02-10", "2024-03-04", "raw deadline Saturday"),
				Arguments.of("2024-02-11", "2024-03-04", "raw deadline Sunday"),
				Arguments.of("2024-05-31", "2024-06-24", "midsommarafton, midsommardagen, Sunday"),
				Arguments.of("2024-12-10", "2025-01-02", "nyårsafton then nyårsdagen"),
				Arguments.of("2024-04-18", "2024-05-10", "Kristi himmelsfärdsdag; klämdag counts"),
				Arguments.of("2024-03-08", "2024-04-02", "långfredagen through annandag påsk"),
				Arguments.of("2025-12-03", "2025-12-29", "julafton, juldagen, annandag jul, weekend"),
				Arguments.of("2025-05-16", "2025-06-09", "nationaldagen on a Friday, then weekend"),
				Arguments.of("2025-12-16", "2026-01-07", "trettondedag jul on a Tuesday"),
				Arguments.of("2024-04-10", "2024-05-02", "första maj on a Wednesday"),
				Arguments.of("2008-04-10", "2008-05-02", "första maj and Kristi himmelsfärdsdag"),
				Arguments.of("2024-04-29", "2024-05-20", "annandag pingst is a working day"));
	}

	@ParameterizedTest(name = "posted {0} -> {1} ({2})")
	@MethodSource("appealDeadlines")
	void appealDeadline(LocalDate posted, LocalDate expected, String why) {
		assertThat(SwedishCalendar.appealDeadline(posted)).isEqualTo(expected);
		assertThat(SwedishCalendar.isNonWorkingDay(expected)).isFalse();
	}

	@Test
	void appealDeadlineIsNeverEarlierThanThreeWeeksAndAlwaysAWorkingDay() {
		for (LocalDate posted = LocalDate.parse("2020-01-01"); posted.getYear() < 2031; posted = posted.plusDays(1)) {
			LocalDate raw = posted.plusWeeks(3);
			LocalDate deadline = SwedishCalendar.appealDeadline(posted);
			assertThat(deadline).isAfterOrEqualTo(raw).isBefore(raw.plusDays(7));
			assertThat(SwedishCalendar.isNonWorkingDay(deadline)).isFalse();
			// Every day skipped over must be a non-working day.
			for (LocalDate d = raw; d.isBefore(deadline); d = d.plusDays(1)) {
				assertThat(SwedishCalendar.isNonWorkingDay(d)).as("skipped %s", d).isTrue();
			}
		}
	}

	private static List<LocalDate> holidaysIn(int year) {
		return LocalDate.of(year, 1, 1)
			.datesUntil(LocalDate.of(year + 1, 1, 1))
			.filter(SwedishCalendar::isPublicHoliday)
			.toList();
	}

}
