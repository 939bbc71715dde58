package se.justera.protocol;

import java.util.List;

/**
 * The stored meeting's id, whether this import created it (false: the same minutes were already
 * there), and the reading notes of the text as imported.
 */
public record ImportResult(long meetingId, boolean created, List<ReadingNote> readingNotes) {
}
