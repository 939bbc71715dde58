package se.justera.compliance;

import java.util.Locale;
import java.util.Map;

/**
 * What a rule found: about which paragraph (null: the whole meeting), which budget row (report and
 * line positions within the paragraph) and which subject, with the figures it used. The id is
 * stable for the same meeting, rule and subject, so that a review can be attached to it.
 */
public record Finding(String id, Long meetingId, String ruleId, Severity severity, Integer paragraph,
		Integer budgetReport, Integer budgetLine, String subject, String messageSv, String messageEn,
		String legalBasis, Map<String, Object> evidence) {

	public String message(Locale locale) {
		return locale != null && locale.getLanguage().equals("en") ? this.messageEn : this.messageSv;
	}

	Finding withMeetingId(long id) {
		return new Finding(this.id, id, this.ruleId, this.severity, this.paragraph, this.budgetReport, this.budgetLine,
				this.subject, this.messageSv, this.messageEn, this.legalBasis, this.evidence);
	}

}
