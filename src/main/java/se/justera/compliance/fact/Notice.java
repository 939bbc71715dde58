package se.justera.compliance.fact;

import java.time.LocalDate;

/** The notice of checked minutes (anslag), as the minutes state it; any part may be missing. */
public record Notice(LocalDate postedOn, LocalDate removedOn, String minutesKeptAt, LocalDate statedAppealDeadline) {
}
