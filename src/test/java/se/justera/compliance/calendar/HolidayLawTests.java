package se.justera.compliance.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calendar against an independent reading of the law, every day from 1992 to 2040. The holidays
 * are listed here as Lag (1989:253) om allmänna helgdagar words them, in its first version and as
 * SFS 2004:1320 (in force 2005-04-01) worded it, and Easter comes from the Oudin/Tøndering computus
 * rather than the anonymous Gregorian algorithm the main code uses, so that a slip in either shows
 * up as a disagreement. The non-working days are those of Lag (1930:173) 2 §.
 */
class HolidayLawTests {

	private static final int FIRST_YEAR = 1992;

	private static final int LAST_YEAR = 2040;

	/** SFS 2004:1320 took effect on 2005-04-01: the list in force on a date is the one to use. */
	private static final LocalDate AMENDMENT_IN_FORCE = LocalDate.of(2005, 4, 1);

	@Test
	void everyDayFrom1992To2040IsAHolidayExactlyWhenTheLawInForceSaysSo() {
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			Set<LocalDate> holidays = holidaysByLaw(year);
			for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
				assertThat(SwedishCalendar.isPublicHoliday(d)).as("public holiday %s", d).isEqualTo(holidays.contains(d));
				assertThat(SwedishCalendar.isNonWorkingDay(d)).as("non-working %s", d).isEqualTo(nonWorking(d));
			}
		}
	}

	@Test
	void everyAppealDeadlineFrom1992To2040IsThreeWeeksMovedToTheNextWeekday() {
		for (LocalDate posted = LocalDate.of(FIRST_YEAR, 1, 1); posted.getYear() <= LAST_YEAR; posted = posted.plusDays(1)) {
			assertThat(SwedishCalendar.appealDeadline(posted)).as("posted %s", posted)
				.isEqualTo(nextWeekday(posted.plusDays(21)));
		}
	}

	@Test
	void easterAgreesWithAnIndependentComputusEveryYear() {
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			assertThat(SwedishCalendar.easterSunday(year)).as("easter %s", year).isEqualTo(oudinEaster(year));
		}
	}

	/** The boundary years of SFS 2004:1320, fire and silent on both sides. */
	@ParameterizedTest(name = "{0}: holiday {1}, not {2}")
	@CsvSource({
			"2003, 2003-06-09, 2003-06-06", // annandag pingst a Monday; 6 June a working Friday
			"2004, 2004-05-31, 2004-06-07", // last annandag pingst; 6 June 2004 is a Sunday anyway
			"2005, 2005-06-06, 2005-05-16", // first nationaldag, a Monday; annandag pingst a working day
			"2006, 2006-06-06, 2006-06-05" })
	void theHolidayLawChangesBetween2004And2005(int year, LocalDate holiday, LocalDate workingDay) {
		assertThat(SwedishCalendar.isPublicHoliday(holiday)).isTrue();
		assertThat(SwedishCalendar.isNonWorkingDay(workingDay)).isFalse();
		assertThat(holidaysByLaw(year)).contains(holiday).doesNotContain(workingDay);
	}

	@Test
	void namesFollowTheLawOfTheYear() {
		assertThat(SwedishCalendar.publicHolidayName(LocalDate.of(2004, 5, 31))).contains("annandag pingst");
		assertThat(SwedishCalendar.publicHolidayName(LocalDate.of(2004, 6, 6))).isEmpty();
		assertThat(SwedishCalendar.nonWorkingReason(LocalDate.of(2004, 6, 6))).contains("söndag");
		assertThat(SwedishCalendar.publicHolidayName(LocalDate.of(2005, 6, 6))).contains("nationaldagen");
		assertThat(SwedishCalendar.publicHolidayName(LocalDate.of(2005, 5, 16))).isEmpty();
	}

	@Test
	void aDeadlineOnAnnandagPingstMovesIn2004AndNotIn2005() {
		// 2004-05-10 + 21 = annandag pingst 2004-05-31; 2005-04-25 + 21 = 2005-05-16, a Monday like it
		assertThat(SwedishCalendar.appealDeadline(LocalDate.of(2004, 5, 10))).isEqualTo(LocalDate.of(2004, 6, 1));
		assertThat(SwedishCalendar.appealDeadline(LocalDate.of(2005, 4, 25))).isEqualTo(LocalDate.of(2005, 5, 16));
	}

	@Test
	void aDeadlineOnTheSixthOfJuneMovesFrom2005AndNotBefore() {
		// 2003-05-16 + 21 = Friday 2003-06-06 (a working day); 2005-05-16 + 21 = Monday 2005-06-06
		assertThat(SwedishCalendar.appealDeadline(LocalDate.of(2003, 5, 16))).isEqualTo(LocalDate.of(2003, 6, 6));
		assertThat(SwedishCalendar.appealDeadline(LocalDate.of(2005, 5, 16))).isEqualTo(LocalDate.of(2005, 6, 7));
	}

	// --- the law, restated independently ---

	/**
	 * The public holidays of a year as Lag (1989:253) 1 and 2 §§ list them: the first version with
	 * annandag pingst, the version of SFS 2004:1320 with nationaldagen instead.
	 */
	private static Set<LocalDate> holidaysByLaw(int year) {
		LocalDate easter = oudinEaster(year);
		List<LocalDate> days = new ArrayList<>();
		for (MonthDay fixed : List.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1), MonthDay.of(12, 25),
				MonthDay.of(12, 26))) {
			days.add(fixed.atYear(year));
		}
		days.add(easter.minusDays(2)); // långfredagen: fredagen närmast före påskdagen
		days.add(easter); // påskdagen
		days.add(easter.plusDays(1)); // annandag påsk: dagen efter påskdagen
		days.add(sixthThursdayAfter(easter)); // Kristi himmelsfärdsdag
		LocalDate pentecost = easter.plusWeeks(7); // pingstdagen: sjunde söndagen efter påskdagen
		days.add(pentecost);
		days.add(saturdayBetween(LocalDate.of(year, 6, 20), LocalDate.of(year, 6, 26))); // midsommardagen
		days.add(saturdayBetween(LocalDate.of(year, 10, 31), LocalDate.of(year, 11, 6))); // alla helgons dag
		LocalDate whitMonday = pentecost.plusDays(1); // annandag pingst: dagen efter pingstdagen
		if (whitMonday.isBefore(AMENDMENT_IN_FORCE)) {
			days.add(whitMonday);
		}
		LocalDate nationalDay = LocalDate.of(year, 6, 6);
		if (!nationalDay.isBefore(AMENDMENT_IN_FORCE)) {
			days.add(nationalDay);
		}
		return new TreeSet<>(days);
	}

	/** Lag (1930:173) 2 §: söndag, annan allmän helgdag, lördag, midsommarafton, julafton, nyårsafton. */
	private static boolean nonWorking(LocalDate d) {
		Set<LocalDate> holidays = holidaysByLaw(d.getYear());
		LocalDate midsummerEve = saturdayBetween(LocalDate.of(d.getYear(), 6, 20), LocalDate.of(d.getYear(), 6, 26))
			.minusDays(1);
		return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(d)
				|| d.equals(midsummerEve) || MonthDay.from(d).equals(MonthDay.of(12, 24))
				|| MonthDay.from(d).equals(MonthDay.of(12, 31));
	}

	private static LocalDate nextWeekday(LocalDate d) {
		LocalDate day = d;
		while (nonWorking(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	private static LocalDate sixthThursdayAfter(LocalDate sunday) {
		LocalDate d = sunday;
		int thursdays = 0;
		while (thursdays < 6) {
			d = d.plusDays(1);
			if (d.getDayOfWeek() == DayOfWeek.THURSDAY) {
				thursdays++;
			}
		}
		return d;
	}

	private static LocalDate saturdayBetween(LocalDate first, LocalDate last) {
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
				return d;
			}
		}
		throw new AssertionError("no Saturday in " + first + ".." + last);
	}

	/**
	 * Easter Sunday by the Oudin (1940) computus as given in Claus Tøndering's Calendar FAQ: the
	 * Paschal full moon from the golden number and the century corrections, then the Sunday after.
	 */
	private static LocalDate oudinEaster(int year) {
		int g = year % 19;
		int c = year / 100;
		int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
		int i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11));
		int j = (year + year / 4 + i + 2 - c + c / 4) % 7;
		int l = i - j;
		int month = 3 + (l + 40) / 44;
		int day = l + 28 - 31 * (month / 4);
		return LocalDate.of(year, month, day);
	}

}
