package se.justera.meeting;

import java.time.LocalDate;

/**
 * The notice of checked minutes (anslag/bevis); paragraphs: the paragraphs it is for when it names them
 * (the notice of paragraphs checked at once), empty for the notice of the whole minutes.
 */
public record Notice(Long meetingId, String bodyName, LocalDate meetingDate, LocalDate postedOn, LocalDate removedOn,
		String minutesKeptAt, LocalDate statedAppealDeadline, String signedBy, java.util.List<Integer> paragraphs) {
}
