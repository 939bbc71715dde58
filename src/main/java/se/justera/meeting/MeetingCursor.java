package se.justera.meeting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import se.justera.graphql.InvalidArgumentException;

/**
 * A keyset cursor: the meeting's date and id. It stays valid while meetings are added, and a deep
 * page costs the same as the first.
 */
record MeetingCursor(LocalDate date, long id) {

	private static final String PREFIX = "meeting:";

	static MeetingCursor of(Meeting meeting) {
		return new MeetingCursor(meeting.date(), meeting.id());
	}

	String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + this.date + ":" + this.id).getBytes(StandardCharsets.UTF_8));
	}

	static MeetingCursor decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith(PREFIX)) {
				throw new IllegalArgumentException();
			}
			String[] parts = text.substring(PREFIX.length()).split(":");
			return new MeetingCursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
		}
		catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException ex) {
			throw new InvalidArgumentException("'" + cursor + "' is not a meeting cursor: pass an endCursor from a"
					+ " previous page of meetings");
		}
	}

}
