package se.justera.compliance.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Swedish calendar facts needed to compute statutory time limits.
 * <ul>
 * <li>Public holidays (allmänna helgdagar) per Lag (1989:253) om allmänna helgdagar, as it stood
 * on the date: SFS 2004:1320, in force 2005-04-01, made nationaldagen (6 June) a public holiday and
 * struck annandag pingst from the list. Both fall after 1 April, so the change goes by year: annandag
 * pingst through 2004, nationaldagen from 2005.</li>
 * <li>Non-working days per Lag (1930:173) om beräkning av lagstadgad tid, 2 §: a time limit
 * ending on a Saturday, Sunday, other public holiday, midsommarafton, julafton or nyårsafton
 * is extended to the next weekday.</li>
 * <li>The appeal deadline for laglighetsprövning per Kommunallagen (2017:725) 13 kap. 5 §, before
 * 2018 (1991:900) 10 kap. 6 §: three weeks from the day the justering of the minutes was announced
 * on the notice board.</li>
 * </ul>
 * All methods are static and pure so they can be imported as functions in Drools rules.
 */
public final class SwedishCalendar {

	/** KL 13 kap. 5 §: "inom tre veckor". */
	public static final int APPEAL_PERIOD_DAYS = 21;

	/** The first year of nationaldagen as a public holiday and the first without annandag pingst (SFS 2004:1320). */
	public static final int NATIONAL_DAY_FROM_YEAR = 2005;

	private SwedishCalendar() {
	}

	/**
	 * Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, as given by
	 * Meeus, "Astronomical Algorithms").
	 */
	public static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

	/** Midsommardagen: the Saturday falling 20–26 June. */
	public static LocalDate midsommardagen(int year) {
		return LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
	}

	/** Alla helgons dag: the Saturday falling 31 October – 6 November. */
	public static LocalDate allaHelgonsDag(int year) {
		return LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
	}

	/**
	 * The Swedish name of the public holiday on {@code date}, if any. Movable and fixed
	 * holidays can coincide (första maj and Kristi himmelsfärdsdag in 2008, nationaldagen and
	 * pingstdagen in 2049); both names are then given, joined by " och ", so that messages stay
	 * truthful.
	 */
	public static Optional<String> publicHolidayName(LocalDate date) {
		int year = date.getYear();
		LocalDate easter = easterSunday(year);
		List<String> names = new ArrayList<>(2);
		addIf(names, date, LocalDate.of(year, Month.JANUARY, 1), "nyårsdagen");
		addIf(names, date, LocalDate.of(year, Month.JANUARY, 6), "trettondedag jul");
		addIf(names, date, easter.minusDays(2), "långfredagen");
		addIf(names, date, easter, "påskdagen");
		addIf(names, date, easter.plusDays(1), "annandag påsk");
		addIf(names, date, LocalDate.of(year, Month.MAY, 1), "första maj");
		addIf(names, date, easter.plusDays(39), "Kristi himmelsfärdsdag");
		addIf(names, date, easter.plusDays(49), "pingstdagen");
		// SFS 2004:1320: annandag pingst until 2004, nationaldagen from 2005
		if (year < NATIONAL_DAY_FROM_YEAR) {
			addIf(names, date, easter.plusDays(50), "annandag pingst");
		}
		else {
			addIf(names, date, LocalDate.of(year, Month.JUNE, 6), "nationaldagen");
		}
		addIf(names, date, midsommardagen(year), "midsommardagen");
		addIf(names, date, allaHelgonsDag(year), "alla helgons dag");
		addIf(names, date, LocalDate.of(year, Month.DECEMBER, 25), "juldagen");
		addIf(names, date, LocalDate.of(year, Month.DECEMBER, 26), "annandag jul");
		return names.isEmpty() ? Optional.empty() : Optional.of(String.join(" och ", names));
	}

	public static boolean isPublicHoliday(LocalDate date) {
		return publicHolidayName(date).isPresent();
	}

	/**
	 * Why {@code date} does not count as a last day of a time limit under Lag (1930:173) 2 §,
	 * or empty if it is an ordinary weekday. A holiday name is preferred over the weekday
	 * name because it is the more informative reason (pingstdagen is always a Sunday).
	 */
	public static Optional<String> nonWorkingReason(LocalDate date) {
		Optional<String> holiday = publicHolidayName(date);
		if (holiday.isPresent()) {
			return holiday;
		}
		if (date.equals(midsommardagen(date.getYear()).minusDays(1))) {
			return Optional.of("midsommarafton");
		}
		if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 24) {
			return Optional.of("julafton");
		}
		if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 31) {
			return Optional.of("nyårsafton");
		}
		return switch (date.getDayOfWeek()) {
			case SATURDAY -> Optional.of("lördag");
			case SUNDAY -> Optional.of("söndag");
			default -> Optional.empty();
		};
	}

	/** Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton (Lag (1930:173) 2 §). */
	public static boolean isNonWorkingDay(LocalDate date) {
		return nonWorkingReason(date).isPresent();
	}

	/** {@code date} itself if it is a working day, otherwise the first working day after it. */
	public static LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
		LocalDate candidate = date;
		// Terminates quickly: the longest run of non-working days is a handful (e.g. julafton to a weekend).
		while (isNonWorkingDay(candidate)) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	/**
	 * Last day to lodge an appeal (laglighetsprövning, KL 13 kap. 5 §): three weeks after the
	 * day the justering was announced on the notice board, moved to the next working day if it
	 * falls on a non-working day (Lag (1930:173) 2 §).
	 */
	public static LocalDate appealDeadline(LocalDate noticePostedOn) {
		return nextWorkingDayOnOrAfter(noticePostedOn.plusDays(APPEAL_PERIOD_DAYS));
	}

	private static void addIf(List<String> names, LocalDate date, LocalDate holiday, String name) {
		if (date.equals(holiday)) {
			names.add(name);
		}
	}

}
