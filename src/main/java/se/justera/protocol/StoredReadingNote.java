package se.justera.protocol;

/** A {@link ReadingNote} as stored with its meeting, in the reader's order (position from 0). */
record StoredReadingNote(Long meetingId, int position, Integer line, Integer page, ReadingNote.Level level,
		String fact, String message) {
}
