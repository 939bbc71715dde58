package se.justera.meeting;

/** The order of a list of meetings: by date, then by id. */
public enum MeetingOrder {

	NEWEST_FIRST, OLDEST_FIRST

}
