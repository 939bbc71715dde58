package se.justera.meeting;

import java.time.LocalDate;

/** The notice of checked minutes (anslag/bevis). */
public record Notice(Long meetingId, String bodyName, LocalDate meetingDate, LocalDate postedOn, LocalDate removedOn,
		String minutesKeptAt, LocalDate statedAppealDeadline, String signedBy) {
}
