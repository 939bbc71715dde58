package se.justera.compliance;

import java.time.OffsetDateTime;

/** One action on a finding: who, when, what, and why. */
public record Review(Long id, String findingId, ReviewAction action, String actor, OffsetDateTime at,
		String justification, String assignee, String comment) {
}
