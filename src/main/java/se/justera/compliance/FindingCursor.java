package se.justera.compliance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import se.justera.graphql.InvalidArgumentException;

/** A keyset cursor over findings: the meeting's date and id, then the finding's id. */
record FindingCursor(LocalDate date, long meetingId, String id) {

	private static final String PREFIX = "finding:";

	String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + this.date + ":" + this.meetingId + ":" + this.id).getBytes(StandardCharsets.UTF_8));
	}

	static FindingCursor decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
			if (parts.length != 4 || !(parts[0] + ":").equals(PREFIX)) {
				throw new IllegalArgumentException();
			}
			return new FindingCursor(LocalDate.parse(parts[1]), Long.parseLong(parts[2]), parts[3]);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw new InvalidArgumentException("'" + cursor + "' is not a findings cursor: pass an endCursor from a"
					+ " previous page of findings");
		}
	}

}
