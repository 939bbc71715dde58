package se.justera.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.justera.compliance.calendar.SwedishCalendar;
import se.justera.compliance.fact.BudgetRow;
import se.justera.protocol.PrintedMunicipality;

/**
 * Arithmetic and calendar functions the rules import ({@code import function}), so that the .drl
 * files say what is checked and these say how a figure is computed.
 */
public final class RuleFunctions {

	private static final Map<String, String> COLUMNS_SV = Map.of("periodBudget", "budget för perioden",
			"periodActual", "utfall för perioden", "periodDeviation", "avvikelse för perioden", "yearBudget",
			"budget för helåret", "yearForecast", "prognos för helåret", "yearDeviation", "avvikelse för helåret");

	private RuleFunctions() {
	}

	/** KL 8 kap. 12 §: the second day after checking, moved past a non-working day (Lag 1930:173). */
	public static LocalDate lastDayToPostNotice(LocalDate checkedOn) {
		return SwedishCalendar.nextWorkingDayOnOrAfter(checkedOn.plusDays(2));
	}

	/** KL 5 kap. 69 §: the meeting date plus the days allowed, moved past a non-working day (Lag 1930:173). */
	public static LocalDate lastCheckingDay(LocalDate meetingDate, int days) {
		return SwedishCalendar.nextWorkingDayOnOrAfter(meetingDate.plusDays(days));
	}

	/** KL 13 kap. 5 §: three weeks from posting, moved past a non-working day. */
	/** Whether a motion raised on {@code raisedOn} and decided on {@code decidedOn} took more than a year (KL 5 kap. 35 §). */
	public static boolean moreThanAYear(LocalDate raisedOn, LocalDate decidedOn) {
		return decidedOn.isAfter(raisedOn.plusYears(1));
	}

	public static LocalDate appealDeadline(LocalDate postedOn) {
		return SwedishCalendar.appealDeadline(postedOn);
	}

	/** Why the three-week day is not the deadline ("julafton"...), or "" when it is. */
	public static String deadlineMovedBecause(LocalDate postedOn) {
		return SwedishCalendar.nonWorkingReason(postedOn.plusDays(SwedishCalendar.APPEAL_PERIOD_DAYS)).orElse("");
	}

	/**
	 * Whether the municipality given with the minutes is the one they name: case, "kommun" and
	 * "stad", the genitive and Falu/Falun aside (the same test an import refuses by).
	 */
	public static boolean sameMunicipality(String given, String printed) {
		return PrintedMunicipality.same(given, printed);
	}

	/** Whether a deficit is more than {@code percent} % of the budget (exactly at it is not). */
	public static boolean exceedsShare(long deficit, long budget, BigDecimal percent) {
		return BigDecimal.valueOf(deficit).multiply(BigDecimal.valueOf(100))
			.compareTo(percent.multiply(BigDecimal.valueOf(budget))) > 0;
	}

	/** An amount in tkr as the message's language writes it: Swedish "8 556 tkr" (no-break spaces), English "8,556 tkr". */
	public static String tkr(Number amount, String language) {
		return se.justera.text.Language.withUnit(amount, "tkr", language);
	}

	/** A percentage as the message's language writes it: Swedish "4,68 %" (no-break space), English "4.68 %". */
	public static String percent(Number share, String language) {
		return se.justera.text.Language.withUnit(share, "%", language);
	}

	/** The deficit as a percentage of the budget, two decimals. */
	public static BigDecimal shareOf(long deficit, long budget) {
		return BigDecimal.valueOf(deficit).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(budget), 2, RoundingMode.HALF_UP);
	}

	/**
	 * A note's unit names a budget row: the same words, case aside, or one a shortening of the other
	 * ("Familje- och utbildningsn." for "Familje- och utbildningsnämnden"), never an empty name.
	 */
	public static boolean sameUnit(String noteUnit, String rowLabel) {
		if (noteUnit == null || rowLabel == null || noteUnit.isBlank() || rowLabel.isBlank()) {
			return false;
		}
		String a = noteUnit.strip().toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
		String b = rowLabel.strip().toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
		String shorter = a.length() <= b.length() ? a : b;
		return a.equals(b) || (shorter.length() >= 4 && (a.startsWith(b) || b.startsWith(a)));
	}

	/** A budget's size whatever the table's sign convention for costs. */
	public static long amount(Long figure) {
		return figure == null ? 0 : Math.absExact(figure);
	}

	/** How far a total may be off the sum of N rows, each rounded to whole tkr, as the total is. */
	public static int roundingTolerance(int rows) {
		return Math.max(1, (rows + 1) / 2);
	}

	/** The § numbers in first..last that the minutes lack. */
	public static List<Integer> missingParagraphs(int first, int last, Collection<?> numbers) {
		List<Integer> missing = new ArrayList<>();
		// a declared range can be wide: the first fifty missing name the problem, the finding stays small
		for (int n = first; n <= last && missing.size() < 50; n++) {
			if (!numbers.contains(n)) {
				missing.add(n);
			}
		}
		return missing;
	}

	/**
	 * The first column in which two rows for the same unit disagree beyond rounding (2 tkr), or null.
	 * Budget, actual and forecast are compared without sign, since tables differ in how they sign
	 * costs; deviations keep their sign, which means better (+) or worse (-) than budget in both.
	 */
	public static String conflictingColumn(BudgetRow a, BudgetRow b) {
		Long[][] pairs = { { a.periodBudget(), b.periodBudget() }, { a.periodActual(), b.periodActual() },
				{ a.periodDeviation(), b.periodDeviation() }, { a.yearBudget(), b.yearBudget() },
				{ a.yearForecast(), b.yearForecast() }, { a.yearDeviation(), b.yearDeviation() } };
		String[] names = { "periodBudget", "periodActual", "periodDeviation", "yearBudget", "yearForecast",
				"yearDeviation" };
		for (int i = 0; i < pairs.length; i++) {
			if (pairs[i][0] == null || pairs[i][1] == null) {
				continue;
			}
			boolean deviation = names[i].endsWith("Deviation");
			long a1 = deviation ? pairs[i][0] : Math.absExact(pairs[i][0]);
			long b1 = deviation ? pairs[i][1] : Math.absExact(pairs[i][1]);
			if (Math.absExact(Math.subtractExact(a1, b1)) > 2) {
				return names[i];
			}
		}
		return null;
	}

	/** A row's figure by column name. */
	public static Long figure(BudgetRow row, String column) {
		return switch (column) {
			case "periodBudget" -> row.periodBudget();
			case "periodActual" -> row.periodActual();
			case "periodDeviation" -> row.periodDeviation();
			case "yearBudget" -> row.yearBudget();
			case "yearForecast" -> row.yearForecast();
			case "yearDeviation" -> row.yearDeviation();
			default -> throw new IllegalArgumentException(column);
		};
	}

	/** The Swedish name of a column, for messages. */
	public static String columnSv(String column) {
		return COLUMNS_SV.getOrDefault(column, column);
	}

}
