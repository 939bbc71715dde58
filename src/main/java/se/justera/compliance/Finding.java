package se.justera.compliance;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What a rule found: about which paragraph (null: the whole meeting), which budget row (report and
 * line positions within the paragraph) and which subject, with the figures it used. The id is
 * stable for the same meeting, rule and subject, so that a review can be attached to it. Stored
 * findings carry their review status; present is false once the cause is gone.
 */
public record Finding(String id, Long meetingId, String ruleId, Severity severity, Integer paragraph,
		Integer budgetReport, Integer budgetLine, String subject, String messageSv, String messageEn,
		String legalBasis, Map<String, Object> evidence, FindingStatus status, String assignee, boolean present,
		OffsetDateTime firstSeenAt) {

	/** A finding just made by the rules: open, present, not yet stored. */
	static Finding found(String id, String ruleId, Severity severity, Integer paragraph, Integer budgetReport,
			Integer budgetLine, String subject, String messageSv, String messageEn, String legalBasis,
			Map<String, Object> evidence) {
		return new Finding(id, null, ruleId, severity, paragraph, budgetReport, budgetLine, subject, messageSv,
				messageEn, legalBasis, evidence, FindingStatus.OPEN, null, true, null);
	}

}
