package se.justera.compliance.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import se.justera.municipality.BodyKind;

/**
 * The meeting under check, with its body's configuration: seats (null when not configured), the
 * days allowed for checking the minutes, and the municipality's overrun threshold in percent.
 * unknown: the facts the reader left unknown ({@code "attendance"}, {@code "checkingDate"},
 * {@code "notice"}, {@code "budgetTable"}: named by a reading note), which a rule that needs one
 * must not judge as empty. printedMunicipality: the municipality the text names, or null when the
 * reader did not say.
 */
public record Meeting(String municipality, String body, BodyKind bodyKind, LocalDate date, LocalDate checkedOn,
		Integer seats, int checkingDaysAllowed, Integer firstParagraph, Integer lastParagraph,
		BigDecimal overrunThresholdPercent, Set<String> unknown, String printedMunicipality) {

	/** Days from the meeting to the checking of its minutes, or null when no checking is recorded. */
	public Long daysToChecking() {
		return this.checkedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(this.date, this.checkedOn);
	}

}
