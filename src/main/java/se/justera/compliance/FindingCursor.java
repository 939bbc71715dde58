package se.justera.compliance;

import java.time.LocalDate;

import se.justera.graphql.Cursors;
import se.justera.meeting.MeetingOrder;

/** A keyset cursor over findings: the meeting's date and id, then the finding's id. */
record FindingCursor(LocalDate date, long meetingId, String id) {

	String encode(MeetingOrder order) {
		return Cursors.encode(order.cursorKind("finding"), this.date, this.meetingId, this.id);
	}

	static FindingCursor decode(String cursor, MeetingOrder order) {
		return Cursors.decode(order.cursorKind("finding"), 3, cursor,
				key -> {
					if (!Findings.isId(key[2])) {
						throw new IllegalArgumentException("not a finding id: " + key[2]);
					}
					return new FindingCursor(Cursors.date(key[0]), Long.parseLong(key[1]), key[2]);
				});
	}

}
