package se.justera.meeting;

import java.time.LocalDate;

import se.justera.graphql.Cursors;

/**
 * A keyset cursor: the meeting's date and id. It stays valid while meetings are added, and a deep
 * page costs the same as the first.
 */
record MeetingCursor(LocalDate date, long id) {

	static MeetingCursor of(Meeting meeting) {
		return new MeetingCursor(meeting.date(), meeting.id());
	}

	String encode(MeetingOrder order) {
		return Cursors.encode(order.cursorKind("meeting"), this.date, this.id);
	}

	static MeetingCursor decode(String cursor, MeetingOrder order) {
		return Cursors.decode(order.cursorKind("meeting"), 2, cursor,
				key -> new MeetingCursor(Cursors.date(key[0]), Long.parseLong(key[1])));
	}

}
