package se.justera.protocol;

/** The stored meeting's id, and whether this import created it (false: the same minutes were already there). */
public record ImportResult(long meetingId, boolean created) {
}
