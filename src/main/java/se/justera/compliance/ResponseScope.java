package se.justera.compliance;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import se.justera.budget.BudgetLine;
import se.justera.budget.BudgetReport;
import se.justera.meeting.Meeting;
import se.justera.motion.Motion;
import se.justera.paragraph.Paragraph;

/**
 * The meetings and parts of meetings one GraphQL response holds; filled as fields resolve. A part
 * whose meeting is in the response is counted with its meeting, so the usual response (meetings
 * with their paragraphs) is counted by meeting alone.
 */
class ResponseScope {

	static final String KEY = "justera.responseScope";

	private final Set<Long> meetings = ConcurrentHashMap.newKeySet();

	/** Findings per severity of meetings counted in their own statement (MeetingSummaryPart). */
	private final Map<Long, Map<Severity, Integer>> counted = new ConcurrentHashMap<>();

	/** Paragraph id to its meeting's id. */
	private final Map<Long, Long> paragraphs = new ConcurrentHashMap<>();

	/** Paragraphs known only by id (a motion's). */
	private final Set<Long> paragraphIds = ConcurrentHashMap.newKeySet();

	/** Budget report id to its meeting's id; -1 where only the report's id is known. */
	private final Map<Long, Long> budgetReports = new ConcurrentHashMap<>();

	void add(Object value) {
		if (value instanceof Meeting m) {
			this.meetings.add(m.id());
		}
		else if (value instanceof Paragraph p) {
			this.paragraphs.put(p.id(), p.meetingId());
		}
		else if (value instanceof Motion m) {
			this.paragraphIds.add(m.paragraphId());
		}
		else if (value instanceof BudgetReport r) {
			this.budgetReports.put(r.id(), r.meetingId());
		}
		else if (value instanceof BudgetLine l) {
			this.budgetReports.putIfAbsent(l.reportId(), -1L);
		}
	}

	/** A meeting the response holds that was read without its record (as SQL, see MeetingScope). */
	void addMeeting(long meetingId) {
		this.meetings.add(meetingId);
	}

	void counted(long meetingId, Map<Severity, Integer> counts) {
		this.counted.put(meetingId, counts);
	}

	/** Meetings in the response whose findings are still to be counted. */
	Set<Long> uncountedMeetings() {
		if (this.counted.isEmpty()) {
			return this.meetings;
		}
		Set<Long> result = new HashSet<>(this.meetings);
		result.removeAll(this.counted.keySet());
		return result;
	}

	/** The findings per severity of the meetings in the response counted already. */
	Map<Severity, Integer> countedSoFar() {
		Map<Severity, Integer> sum = new java.util.EnumMap<>(Severity.class);
		this.counted.forEach((meeting, counts) -> {
			if (this.meetings.contains(meeting)) {
				counts.forEach((severity, n) -> sum.merge(severity, n, Integer::sum));
			}
		});
		return sum;
	}

	boolean isEmpty() {
		return this.meetings.isEmpty() && this.paragraphs.isEmpty() && this.paragraphIds.isEmpty()
				&& this.budgetReports.isEmpty();
	}

	Set<Long> meetings() {
		return this.meetings;
	}

	/** Paragraphs in the response whose meeting is not. */
	Set<Long> paragraphs() {
		Set<Long> result = new HashSet<>(this.paragraphIds);
		this.paragraphs.forEach((paragraph, meeting) -> {
			if (!this.meetings.contains(meeting)) {
				result.add(paragraph);
			}
		});
		return result;
	}

	/** Budget reports in the response whose meeting is not. */
	Set<Long> budgetReports() {
		Set<Long> result = new HashSet<>();
		this.budgetReports.forEach((report, meeting) -> {
			if (!this.meetings.contains(meeting)) {
				result.add(report);
			}
		});
		return result;
	}

}
