package se.justera.audit;

import java.time.OffsetDateTime;

/** One line of the audit log: who did what, when, and how it went. */
public record AuditEntry(Long id, OffsetDateTime at, String actor, String roles, String operation, String arguments,
		String outcome, String errorCode, String message) {
}
