package se.justera.compliance.fact;

import java.util.List;

import se.justera.meeting.AttendanceRole;

/**
 * A person on the attendance list; paragraphs: the § numbers listed for them, or null for all;
 * replaces: the member a serving substitute serves for, or null.
 */
public record Attendee(String person, AttendanceRole role, boolean decides, List<Integer> paragraphs, String replaces) {
}
