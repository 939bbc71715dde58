package se.justera.meeting;

/** A minutes checker (justerare) of a meeting. */
record MinutesChecker(Long meetingId, Person person) {
}
