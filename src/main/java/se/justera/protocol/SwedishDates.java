package se.justera.protocol;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and times as Swedish minutes write them: 2023-12-12, "tisdagen den 12 december 2023", "kl 08:30-11.00". */
final class SwedishDates {

	private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
			"augusti", "september", "oktober", "november", "december");

	static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

	private static final Pattern LONG = Pattern.compile(
			"(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\\s+)?(?:den\\s+)?(\\d{1,2})(?::[ae])?\\s+("
					+ String.join("|", MONTHS) + ")(?:\\s+(\\d{4}))?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern TIME_RANGE = Pattern.compile(
			"(?:kl\\.?|klockan)?\\s*(\\d{1,2})[.:](\\d{2})\\s*(?:-|–|—|till)\\s*(?:kl\\.?\\s*)?(\\d{1,2})[.:](\\d{2})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TIME = Pattern.compile("(?:kl\\.?|klockan)\\s*(\\d{1,2})(?:[.:](\\d{2}))?",
			Pattern.CASE_INSENSITIVE);

	private SwedishDates() {
	}

	/** A date found in a text, with where it stood so that callers can cut it out. */
	record Found<T>(T value, int start, int end) {
	}

	/**
	 * The first date in the text, ISO or Swedish long form. A date without a year takes the year
	 * that puts it closest after {@code reference} (a checking two weeks after a December meeting
	 * may fall in January).
	 */
	static Found<LocalDate> findDate(String text, int line, LocalDate reference) {
		Matcher iso = ISO.matcher(text);
		Matcher longForm = LONG.matcher(text);
		boolean hasIso = iso.find();
		boolean hasLong = longForm.find();
		if (hasIso && (!hasLong || iso.start() <= longForm.start())) {
			return new Found<>(date(iso.group(), Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
					Integer.parseInt(iso.group(3)), line), iso.start(), iso.end());
		}
		if (!hasLong) {
			return null;
		}
		int day = Integer.parseInt(longForm.group(1));
		int month = MONTHS.indexOf(longForm.group(2).toLowerCase(Locale.ROOT)) + 1;
		Integer year = longForm.group(3) == null ? null : Integer.valueOf(longForm.group(3));
		if (year == null) {
			if (reference == null) {
				throw new InvalidProtocolException("The date '" + longForm.group().trim()
						+ "' has no year and there is no meeting date to take it from", line);
			}
			year = reference.getYear();
			LocalDate candidate = date(longForm.group(), year, month, day, line);
			if (candidate.isBefore(reference.minusMonths(6))) {
				year++;
			}
		}
		return new Found<>(date(longForm.group().trim(), year, month, day, line), longForm.start(), longForm.end());
	}

	static LocalDate date(String written, int year, int month, int day, int line) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new InvalidProtocolException("Impossible date '" + written + "'", line);
		}
	}

	/** Start and end time ("kl 08:30-11.00"), or only a start ("klockan 14.00"). */
	static Found<LocalTime[]> findTimes(String text, int line) {
		Matcher range = TIME_RANGE.matcher(text);
		if (range.find()) {
			return new Found<>(new LocalTime[] { time(range.group(1), range.group(2), line),
					time(range.group(3), range.group(4), line) }, range.start(), range.end());
		}
		Matcher single = TIME.matcher(text);
		if (single.find()) {
			return new Found<>(new LocalTime[] { time(single.group(1), single.group(2), line), null },
					single.start(), single.end());
		}
		return null;
	}

	private static LocalTime time(String hours, String minutes, int line) {
		try {
			return LocalTime.of(Integer.parseInt(hours), minutes == null ? 0 : Integer.parseInt(minutes));
		}
		catch (DateTimeException ex) {
			throw new InvalidProtocolException("Impossible time '" + hours + "." + minutes + "'", line);
		}
	}

}
