package se.justera.compliance;

/**
 * A rule that failed on a stored meeting while its ruleset was staged: what the reload answers
 * with, and what the ruleset keeps. meeting names it for people: municipality, body and date.
 */
public record StagingFailure(String ruleId, String rule, String file, int line, String cause, boolean timedOut,
		long meetingId, String meeting) {

	static StagingFailure of(RuleFailure failure, long meetingId, String meeting) {
		return new StagingFailure(failure.ruleId(), failure.rule(), failure.file(), failure.line(), failure.cause(),
				failure.timedOut(), meetingId, meeting);
	}

	String describe() {
		return this.ruleId + " (rule \"" + this.rule + "\"" + (this.file.isEmpty() ? "" : " in " + this.file)
				+ (this.line > 0 ? ", line " + this.line : "") + ") failed on meeting " + this.meetingId + " ("
				+ this.meeting + "): " + this.cause;
	}

}
