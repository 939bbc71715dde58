package se.justera.motion;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.justera.jdbc.RecordRowMapper;

@Repository
class MotionRepository {

	record Claim(Long motionId, String text) {
	}

	record MeetingMotion(Long meetingId, Motion motion) {
	}

	private final JdbcClient jdbc;

	MotionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Motion> findByParagraphIds(Long[] paragraphIds) {
		return this.jdbc.sql("select id, paragraph_id, party, title, outcome, raised_on, delay_reported from motion where paragraph_id = any(?)")
			.params((Object) paragraphIds)
			.query(RecordRowMapper.of(Motion.class))
			.list();
	}

	List<MeetingMotion> findByMeetingIds(Long[] meetingIds) {
		return this.jdbc.sql("""
				select p.meeting_id, m.id, m.paragraph_id, m.party, m.title, m.outcome, m.raised_on, m.delay_reported
				from motion m join paragraph p on p.id = m.paragraph_id
				where p.meeting_id = any(?) order by p.meeting_id, p.position""")
			.params((Object) meetingIds)
			.query((rs, n) -> new MeetingMotion(rs.getLong("meeting_id"),
					new Motion(rs.getLong("id"), rs.getLong("paragraph_id"), rs.getString("party"), rs.getString("title"),
							rs.getString("outcome") == null ? null : MotionOutcome.valueOf(rs.getString("outcome")),
							rs.getObject("raised_on", java.time.LocalDate.class), rs.getBoolean("delay_reported"))))
			.list();
	}

	List<Claim> findClaims(Long[] motionIds) {
		return this.jdbc.sql("select motion_id, text from motion_claim where motion_id = any(?) order by motion_id, position")
			.params((Object) motionIds)
			.query(RecordRowMapper.of(Claim.class))
			.list();
	}

}
