package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * notice.drl for paragraphs checked at the meeting (omedelbar justering, KL 5 kap. 70 §): a notice that
 * names the paragraph is its own, due by the second day after the meeting and up until three weeks
 * from its own posting; it is not judged against the checking of the rest of the minutes.
 */
class ImmediateCheckingRulesTests {

	private static RuleSet rules;

	/** Tuesday 2024-04-16: the second day after is Thursday 2024-04-18. */
	private static final LocalDate MEETING = LocalDate.of(2024, 4, 16);

	@BeforeAll
	static void compileRules() {
		rules = new ComplianceEngine(Path.of("rules")).ruleSet();
	}

	/** § 163 checked at the meeting, the rest checked a week later; the text's notice is § 163's. */
	private static Minutes checkedAtOnce(LocalDate posted, LocalDate removed) {
		return Minutes.clean().meetingOn(MEETING).checkedOn(MEETING.plusDays(6)).checkedAtOnce(163).noticeFor(163)
			.noticePostedOn(posted).noticeRemovedOn(removed);
	}

	@Test
	void itsNoticePostedAfterTheSecondDayAfterTheMeetingIsLate() {
		List<Finding> findings = checkedAtOnce(LocalDate.of(2024, 4, 19), LocalDate.of(2024, 6, 1)).check(rules);

		Finding f = Minutes.single(findings, "IMMEDIATE_NOTICE_POSTED_LATE");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.evidence()).containsEntry("latestPostingDay", "2024-04-18").containsEntry("postedOn", "2024-04-19");
		// posted before the rest of the minutes was checked: the whole minutes' rule does not judge this notice
		assertThat(Minutes.of(findings, "NOTICE_POSTED_LATE")).isEmpty();
	}

	@Test
	void itsNoticePostedOnTheSecondDayIsInTime() {
		List<Finding> findings = checkedAtOnce(LocalDate.of(2024, 4, 18), LocalDate.of(2024, 6, 1)).check(rules);

		assertThat(Minutes.of(findings, "IMMEDIATE_NOTICE_POSTED_LATE")).isEmpty();
	}

	@Test
	void itsNoticeTakenDownTheDayBeforeItsOwnDeadlineIsEarly() {
		// posted Wednesday 2024-04-17: three weeks later is Wednesday 2024-05-08
		List<Finding> findings = checkedAtOnce(LocalDate.of(2024, 4, 17), LocalDate.of(2024, 5, 7)).check(rules);

		Finding f = Minutes.single(findings, "IMMEDIATE_NOTICE_REMOVED_EARLY");
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.evidence()).containsEntry("appealDeadline", "2024-05-08");
		assertThat(Minutes.of(findings, "NOTICE_REMOVED_EARLY")).isEmpty();
	}

	@Test
	void itsNoticeUpAfterItsOwnDeadlineIsFine() {
		List<Finding> findings = checkedAtOnce(LocalDate.of(2024, 4, 17), LocalDate.of(2024, 5, 9)).check(rules);

		assertThat(Minutes.of(findings, "IMMEDIATE_NOTICE_REMOVED_EARLY")).isEmpty();
		assertThat(Minutes.of(findings, "IMMEDIATE_NOTICE_POSTED_LATE")).isEmpty();
	}

	@Test
	void theNoticeOfTheWholeMinutesIsNotTheNoticeOfAParagraphCheckedAtOnce() {
		List<Finding> findings = Minutes.clean().meetingOn(MEETING).checkedOn(MEETING.plusDays(6)).checkedAtOnce(163)
			.noticePostedOn(MEETING.plusDays(7)).noticeRemovedOn(MEETING.plusDays(60)).check(rules);

		assertThat(Minutes.of(findings, "IMMEDIATE_NOTICE_POSTED_LATE")).isEmpty();
		assertThat(Minutes.of(findings, "NOTICE_POSTED_LATE")).isEmpty();
	}

	@Test
	void aNoticeOfAParagraphNotCheckedAtOnceIsNotJudgedAsOne() {
		List<Finding> findings = Minutes.clean().meetingOn(MEETING).checkedOn(MEETING.plusDays(6)).noticeFor(163)
			.noticePostedOn(LocalDate.of(2024, 4, 19)).noticeRemovedOn(LocalDate.of(2024, 6, 1)).check(rules);

		assertThat(Minutes.of(findings, "IMMEDIATE_NOTICE_POSTED_LATE")).isEmpty();
	}

}
