package se.justera.compliance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.justera.compliance.calendar.SwedishCalendar;
import se.justera.graphql.Batches;
import se.justera.meeting.MeetingRepository;
import se.justera.meeting.Notice;
import se.justera.paragraph.Paragraph;

/**
 * Each paragraph's appeal deadline (KL 13 kap. 5 §): three weeks from the posting of the notice of its
 * checking. A paragraph checked at the meeting (KL 5 kap. 70 §) has a notice of its own, one that names
 * it; the other paragraphs count from the notice of the whole minutes.
 */
@Component
class AppealDeadlines {

	private final MeetingRepository meetings;

	AppealDeadlines(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	/** The deadlines of a batch of paragraphs, one statement for their meetings' notices. */
	Map<Paragraph, LocalDate> of(List<Paragraph> paragraphs) {
		Map<Long, Notice> notices = new HashMap<>();
		this.meetings.findNotices(Batches.ids(paragraphs, Paragraph::meetingId)).forEach(n -> notices.put(n.meetingId(), n));
		Map<Paragraph, LocalDate> deadlines = new HashMap<>();
		for (Paragraph p : paragraphs) {
			// a missing entry is a null deadline: the minutes carry no notice for the paragraph
			LocalDate deadline = deadline(p.number(), p.immediatelyChecked(), notices.get(p.meetingId()));
			if (deadline != null) {
				deadlines.put(p, deadline);
			}
		}
		return deadlines;
	}

	/**
	 * The deadline of paragraph {@code number} given the minutes' notice, or null when that notice is not
	 * the paragraph's (a paragraph checked at once whose own notice is elsewhere; the notice of other
	 * paragraphs) or gives no posting date.
	 */
	static LocalDate deadline(int number, boolean immediatelyChecked, Notice notice) {
		if (notice == null || notice.postedOn() == null) {
			return null;
		}
		List<Integer> named = notice.paragraphs() == null ? List.of() : notice.paragraphs();
		boolean itsNotice = named.isEmpty() ? !immediatelyChecked : named.contains(number);
		return itsNotice ? SwedishCalendar.appealDeadline(notice.postedOn()) : null;
	}

}
