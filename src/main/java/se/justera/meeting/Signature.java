package se.justera.meeting;

/** A signature (underskrift) under the minutes. */
public record Signature(Long meetingId, String role, String name) {
}
