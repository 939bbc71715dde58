package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.justera.protocol.ReadingNote;

/**
 * notice.drl: the notice is posted no later than the second day after checking (KL 8 kap. 12 §), names
 * its parts, and stays up until the appeal deadline, three weeks from posting moved past non-working
 * days (KL 13 kap. 5 §, lag 1930:173).
 */
class NoticeRulesTests {

	private static RuleSet rules;

	@BeforeAll
	static void compileRules() {
		rules = new ComplianceEngine(Path.of("rules")).ruleSet();
	}

	/** Checked on a Monday: the second day after is Wednesday 2023-09-13. */
	private static Minutes checkedMonday(LocalDate posted) {
		return Minutes.clean()
			.checkedOn(LocalDate.of(2023, 9, 11))
			.noticePostedOn(posted)
			.noticeRemovedOn(LocalDate.of(2023, 10, 31));
	}

	/** Posted Tuesday 2023-12-05: three weeks later is annandag jul, so the deadline is Wednesday 2023-12-27. */
	private static Minutes postedBeforeChristmas() {
		return Minutes.clean()
			.meetingOn(LocalDate.of(2023, 11, 28))
			.checkedOn(LocalDate.of(2023, 12, 4))
			.noticePostedOn(LocalDate.of(2023, 12, 5));
	}

	// --- NOTICE_POSTED_LATE ---

	@Test
	void postedOnTheSecondDayAfterCheckingIsInTime() {
		List<Finding> findings = checkedMonday(LocalDate.of(2023, 9, 13)).check(rules);

		assertThat(Minutes.of(findings, "NOTICE_POSTED_LATE")).isEmpty();
	}

	@Test
	void postedOnTheThirdDayAfterCheckingIsLate() {
		List<Finding> findings = checkedMonday(LocalDate.of(2023, 9, 14)).check(rules);

		Finding f = Minutes.single(findings, "NOTICE_POSTED_LATE");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("checkedOn", "2023-09-11")
			.containsEntry("postedOn", "2023-09-14")
			.containsEntry("latestPostingDay", "2023-09-13");
		assertThat(f.messageEn()).contains("2023-09-14", "2023-09-11", "due by 2023-09-13");
	}

	@Test
	void postedOnTheDayOfCheckingIsInTime() {
		List<Finding> findings = checkedMonday(LocalDate.of(2023, 9, 11)).check(rules);

		assertThat(Minutes.of(findings, "NOTICE_POSTED_LATE")).isEmpty();
	}

	@Test
	void secondDayOnMidsommardagenMovesToMonday() {
		// Checked Thursday 2023-06-22; 06-24 is midsommardagen, 06-25 a Sunday.
		List<Finding> findings = Minutes.clean()
			.meetingOn(LocalDate.of(2023, 6, 20))
			.checkedOn(LocalDate.of(2023, 6, 22))
			.noticePostedOn(LocalDate.of(2023, 6, 26))
			.noticeRemovedOn(LocalDate.of(2023, 7, 31))
			.check(rules);

		assertThat(Minutes.of(findings, "NOTICE_POSTED_LATE")).isEmpty();
	}

	@Test
	void postedTheTuesdayAfterMidsummerIsLate() {
		List<Finding> findings = Minutes.clean()
			.meetingOn(LocalDate.of(2023, 6, 20))
			.checkedOn(LocalDate.of(2023, 6, 22))
			.noticePostedOn(LocalDate.of(2023, 6, 27))
			.noticeRemovedOn(LocalDate.of(2023, 7, 31))
			.check(rules);

		Finding f = Minutes.single(findings, "NOTICE_POSTED_LATE");
		assertThat(f.evidence()).containsEntry("latestPostingDay", "2023-06-26");
	}

	@Test
	void secondDayOnASaturdayMovesToMonday() {
		// Checked Thursday 2023-09-07; the second day after is Saturday 09-09.
		List<Finding> findings = Minutes.clean().noticePostedOn(LocalDate.of(2023, 9, 11)).check(rules);

		assertThat(Minutes.of(findings, "NOTICE_POSTED_LATE")).isEmpty();
	}

	@Test
	void secondDayOnASaturdayStillEndsOnMonday() {
		List<Finding> findings = Minutes.clean()
			.noticePostedOn(LocalDate.of(2023, 9, 12))
			.noticeRemovedOn(LocalDate.of(2023, 10, 31))
			.check(rules);

		assertThat(Minutes.single(findings, "NOTICE_POSTED_LATE").evidence())
			.containsEntry("latestPostingDay", "2023-09-11");
	}

	// --- NOTICE_REMOVED_EARLY / NOTICE_REMOVED_ON_DEADLINE ---

	@Test
	void takenDownOnTheHolidayBeforeTheMovedDeadlineIsEarly() {
		List<Finding> findings = postedBeforeChristmas().noticeRemovedOn(LocalDate.of(2023, 12, 26)).check(rules);

		Finding f = Minutes.single(findings, "NOTICE_REMOVED_EARLY");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("postedOn", "2023-12-05")
			.containsEntry("removedOn", "2023-12-26")
			.containsEntry("appealDeadline", "2023-12-27")
			.containsEntry("deadlineMovedBecause", "annandag jul");
		assertThat(f.messageEn()).contains("2023-12-26", "before the appeal deadline 2023-12-27");
		assertThat(Minutes.of(findings, "NOTICE_REMOVED_ON_DEADLINE")).isEmpty();
	}

	@Test
	void takenDownOnTheMovedDeadlineIsAWarning() {
		List<Finding> findings = postedBeforeChristmas().noticeRemovedOn(LocalDate.of(2023, 12, 27)).check(rules);

		Finding f = Minutes.single(findings, "NOTICE_REMOVED_ON_DEADLINE");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("removedOn", "2023-12-27").containsEntry("appealDeadline", "2023-12-27");
		assertThat(f.messageEn()).contains("2023-12-27");
		assertThat(Minutes.of(findings, "NOTICE_REMOVED_EARLY")).isEmpty();
	}

	@Test
	void takenDownTheDayAfterTheMovedDeadlineIsFine() {
		List<Finding> findings = postedBeforeChristmas().noticeRemovedOn(LocalDate.of(2023, 12, 28)).check(rules);

		assertThat(Minutes.of(findings, "NOTICE_REMOVED_EARLY")).isEmpty();
		assertThat(Minutes.of(findings, "NOTICE_REMOVED_ON_DEADLINE")).isEmpty();
	}

	@Test
	void weekdayDeadlineIsNotMoved() {
		// Posted Friday 2023-09-08: the deadline is Friday 2023-09-29.
		List<Finding> findings = Minutes.clean().noticeRemovedOn(LocalDate.of(2023, 9, 28)).check(rules);

		Finding f = Minutes.single(findings, "NOTICE_REMOVED_EARLY");
		assertThat(f.evidence()).containsEntry("appealDeadline", "2023-09-29").containsEntry("deadlineMovedBecause", "");
	}

	// --- APPEAL_DEADLINE_MISSTATED ---

	@Test
	void statedDeadlineIgnoringTheHolidayIsMisstated() {
		List<Finding> findings = postedBeforeChristmas()
			.noticeRemovedOn(LocalDate.of(2023, 12, 28))
			.statedAppealDeadline(LocalDate.of(2023, 12, 26))
			.check(rules);

		Finding f = Minutes.single(findings, "APPEAL_DEADLINE_MISSTATED");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("postedOn", "2023-12-05")
			.containsEntry("stated", "2023-12-26")
			.containsEntry("computed", "2023-12-27")
			.containsEntry("deadlineMovedBecause", "annandag jul");
		assertThat(f.messageEn()).contains("2023-12-26", "but it is 2023-12-27");
	}

	@Test
	void statedDeadlineOnTheMovedDayIsRight() {
		List<Finding> findings = postedBeforeChristmas()
			.noticeRemovedOn(LocalDate.of(2023, 12, 28))
			.statedAppealDeadline(LocalDate.of(2023, 12, 27))
			.check(rules);

		assertThat(Minutes.of(findings, "APPEAL_DEADLINE_MISSTATED")).isEmpty();
	}

	@Test
	void noStatedDeadlineIsNotMisstated() {
		List<Finding> findings = postedBeforeChristmas().noticeRemovedOn(LocalDate.of(2023, 12, 28)).check(rules);

		assertThat(Minutes.of(findings, "APPEAL_DEADLINE_MISSTATED")).isEmpty();
	}

	// --- NOTICE_INCOMPLETE ---

	@Test
	void completeNoticeIsSilent() {
		List<Finding> findings = Minutes.clean().check(rules);

		assertThat(Minutes.of(findings, "NOTICE_INCOMPLETE")).isEmpty();
	}

	@Test
	void noticeWithoutPostingDate() {
		List<Finding> findings = Minutes.clean().noticePostedOn(null).check(rules);

		Finding f = Minutes.single(findings, "NOTICE_INCOMPLETE");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("postedOn", null).containsEntry("minutesKeptAt", "Kommunkansliet");
		assertThat(f.messageEn()).contains("the date it was posted");
		// The date-based notice checks need the posting date and stay silent.
		assertThat(findings).extracting(Finding::ruleId)
			.doesNotContain("NOTICE_POSTED_LATE", "NOTICE_REMOVED_EARLY", "NOTICE_REMOVED_ON_DEADLINE");
	}

	@Test
	void noticeWithoutRemovalDate() {
		List<Finding> findings = Minutes.clean().noticeRemovedOn(null).check(rules);

		Finding f = Minutes.single(findings, "NOTICE_INCOMPLETE");
		assertThat(f.evidence()).containsEntry("postedOn", "2023-09-08").containsEntry("removedOn", null);
		assertThat(f.messageEn()).contains("the date it was taken down");
	}

	@Test
	void noticeWithoutWhereTheMinutesAreKept() {
		List<Finding> findings = Minutes.clean().minutesKeptAt(null).check(rules);

		Finding f = Minutes.single(findings, "NOTICE_INCOMPLETE");
		assertThat(f.evidence()).containsEntry("minutesKeptAt", null);
		assertThat(f.messageEn()).contains("where the minutes are kept");
		assertThat(f.messageSv()).contains("förvaringsplats");
	}

	@Test
	void noNoticeAtAll() {
		List<Finding> findings = Minutes.clean().noNotice().check(rules);

		Finding f = Minutes.single(findings, "NOTICE_INCOMPLETE");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("notice", "missing");
		assertThat(f.messageEn()).contains("no notice");
	}

	@Test
	void noticeWithoutBodyOrMeetingDate() {
		List<Finding> findings = Minutes.clean().noticeBody(null).noticeMeetingDate(null).check(rules);

		Finding f = Minutes.single(findings, "NOTICE_INCOMPLETE");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
	}

	// --- unknown is not empty: a notice the reader could not find or read ---

	@Test
	void aNoticeNotFoundInTheTextCannotBeCheckedAndIsNotMissing() {
		List<Finding> findings = Minutes.clean()
			.noNotice()
			.readingNote(ReadingNote.info(null, null, ReadingNote.NOTICE, "No notice of checked minutes was found"))
			.check(rules);

		assertThat(Minutes.of(findings, "NOTICE_INCOMPLETE")).isEmpty();
		Finding f = Minutes.single(findings, "NOTICE_UNVERIFIABLE");
		assertThat(f.severity()).isEqualTo(Severity.INFO);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("notice", "unknown");
		assertThat(f.messageEn()).contains("notice", "could not be read", "cannot be checked");
	}

	@Test
	void aNoticeReadInPartIsNotJudgedPartByPart() {
		List<Finding> findings = Minutes.clean()
			.noticeRemovedOn(null)
			.noticePostedOn(Minutes.CHECKED.plusDays(10))
			.unread(ReadingNote.NOTICE)
			.check(rules);

		assertThat(Minutes.of(findings, "NOTICE_INCOMPLETE")).isEmpty();
		assertThat(Minutes.of(findings, "NOTICE_POSTED_LATE")).isEmpty();
		assertThat(Minutes.of(findings, "NOTICE_UNVERIFIABLE")).hasSize(1);
	}

	@Test
	void aReadNoticeIsNotUnverifiable() {
		List<Finding> findings = Minutes.clean().check(rules);

		assertThat(Minutes.of(findings, "NOTICE_UNVERIFIABLE")).isEmpty();
	}

}
