package se.justera.meeting;

import java.time.LocalDate;

/** Which meetings to list; null fields do not narrow. */
public record MeetingFilter(String municipality, String body, LocalDate from, LocalDate to) {

	static final MeetingFilter NONE = new MeetingFilter(null, null, null, null);

}
