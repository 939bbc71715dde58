package se.justera.protocol;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.justera.jdbc.RecordRowMapper;

@Repository
class MeetingVersionRepository {

	private final JdbcClient jdbc;

	MeetingVersionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MeetingVersion> findByMeetingIds(Long[] meetingIds) {
		return this.jdbc.sql("""
				select meeting_id, version, created_at, created_by, reason, sha256, text from meeting_version
				where meeting_id = any(?) order by meeting_id, version""")
			.params((Object) meetingIds)
			.query(RecordRowMapper.of(MeetingVersion.class))
			.list();
	}

}
