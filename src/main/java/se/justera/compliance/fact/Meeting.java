package se.justera.compliance.fact;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.justera.municipality.BodyKind;

/**
 * The meeting under check, with its body's configuration: seats (null when not configured), the
 * days allowed for checking the minutes, and the municipality's overrun threshold in percent.
 */
public record Meeting(String municipality, String body, BodyKind bodyKind, LocalDate date, LocalDate checkedOn,
		Integer seats, int checkingDaysAllowed, Integer firstParagraph, Integer lastParagraph,
		BigDecimal overrunThresholdPercent) {

	/** Days from the meeting to the checking of its minutes, or null when no checking is recorded. */
	public Long daysToChecking() {
		return this.checkedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(this.date, this.checkedOn);
	}

}
