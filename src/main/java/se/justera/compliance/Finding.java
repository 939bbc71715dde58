package se.justera.compliance;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What a rule found: about which paragraph (null: the whole meeting), which budget row (report and
 * line positions within the paragraph) and which subject, with the figures it used. The id is
 * stable for the same meeting, rule and subject, so that a review can be attached to it. Stored
 * findings carry their review status; present is false once the cause is gone. page: the page of the
 * paragraph it is about, when the finding was made from minutes not stored (checkProtocol); stored
 * findings take it from their stored paragraph when asked (Finding.page).
 */
public record Finding(String id, Long meetingId, String ruleId, Severity severity, Integer paragraph,
		Integer budgetReport, Integer budgetLine, String subject, String messageSv, String messageEn,
		String legalBasis, Map<String, Object> evidence, FindingStatus status, String assignee, boolean present,
		OffsetDateTime firstSeenAt, Integer page) {

	/** A finding just made by the rules: open, present, not yet stored. */
	static Finding found(String id, String ruleId, Severity severity, Integer paragraph, Integer budgetReport,
			Integer budgetLine, String subject, String messageSv, String messageEn, String legalBasis,
			Map<String, Object> evidence) {
		return new Finding(id, null, ruleId, severity, paragraph, budgetReport, budgetLine, subject, messageSv,
				messageEn, legalBasis, evidence, FindingStatus.OPEN, null, true, null, null);
	}

	/** The same finding on the page its paragraph begins on. */
	Finding onPage(Integer page) {
		return new Finding(this.id, this.meetingId, this.ruleId, this.severity, this.paragraph, this.budgetReport,
				this.budgetLine, this.subject, this.messageSv, this.messageEn, this.legalBasis, this.evidence, this.status,
				this.assignee, this.present, this.firstSeenAt, page);
	}

}
