package se.justera.protocol;

import java.time.OffsetDateTime;

/** One text a meeting's minutes have had: the import is version 1, each correction the next. */
record MeetingVersion(Long meetingId, int version, OffsetDateTime createdAt, String createdBy, String reason,
		String sha256, String text) {
}
