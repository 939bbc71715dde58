package se.justera.protocol;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.justera.jdbc.RecordRowMapper;

/**
 * The stored reading notes (table {@code reading_note}, written by {@link ProtocolWriter} with the
 * meeting), for the API: one statement for any number of meetings.
 */
@Repository
class ReadingNoteRepository {

	private final JdbcClient jdbc;

	ReadingNoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StoredReadingNote> findByMeetingIds(Long[] meetingIds) {
		return this.jdbc.sql("""
				select meeting_id, position, line, page, level, fact, message from reading_note
				where meeting_id = any(?) order by meeting_id, position""")
			.params((Object) meetingIds)
			.query(RecordRowMapper.of(StoredReadingNote.class))
			.list();
	}

	List<StoredReadingNote> findByMeetingId(long meetingId) {
		return findByMeetingIds(new Long[] { meetingId });
	}

}
