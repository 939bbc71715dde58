package se.justera.meeting;

import java.util.List;

/** One person's attendance at a meeting; null paragraphs: the whole meeting. */
public record Attendance(Long meetingId, Person person, String party, AttendanceRole role, String title,
		Person replaces, List<Integer> paragraphs, String paragraphsNote) {

	public boolean decides() {
		return this.role.decides();
	}

}
