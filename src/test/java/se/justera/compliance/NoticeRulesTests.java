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
	void noticeWithoutRemovalDateIsComplete() {
		// KL 8 kap. 12 § asks for body, meeting date, posting date and where the minutes are kept, no removal date
		List<Finding> findings = Minutes.clean().noticeRemovedOn(null).check(rules);

		assertThat(Minutes.of(findings, "NOTICE_INCOMPLETE")).isEmpty();
		assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
	}

	// --- NOTICE_REMOVAL_DATE_MISSING ---

	@Test
	void noticeWithoutRemovalDateIsInformation() {
		List<Finding> findings = Minutes.clean().noticeRemovedOn(null).check(rules);

		Finding f = Minutes.single(findings, "NOTICE_REMOVAL_DATE_MISSING");
		assertThat(f.severity()).isEqualTo(Severity.INFO);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("postedOn", "2023-09-08").containsEntry("appealDeadline", "2023-09-29");
		assertThat(f.messageEn()).contains("does not say when it comes down", "asks for no such date", "through 2023-09-29");
		assertThat(f.messageSv()).contains("inte när det tas ned", "till och med 2023-09-29");
		assertThat(f.legalBasis()).isEqualTo("Kommunallagen (2017:725) 8 kap. 12 § (kräver inget datum för nedtagning)"
				+ " och 13 kap. 5 § (tillkännagivandet ska finnas på anslagstavlan hela överklagandetiden)");
	}

	@Test
	void noticeWithRemovalDateGivesNoRemovalInformation() {
		List<Finding> findings = Minutes.clean().check(rules);

		assertThat(Minutes.of(findings, "NOTICE_REMOVAL_DATE_MISSING")).isEmpty();
	}

	@Test
	void noticeWithoutPostingOrRemovalDateIsIncompleteForThePostingDateOnly() {
		List<Finding> findings = Minutes.clean().noticePostedOn(null).noticeRemovedOn(null).check(rules);

		Finding incomplete = Minutes.single(findings, "NOTICE_INCOMPLETE");
		assertThat(incomplete.evidence()).containsEntry("missing", "[the date it was posted]");
		Finding info = Minutes.single(findings, "NOTICE_REMOVAL_DATE_MISSING");
		assertThat(info.evidence()).containsEntry("postedOn", null).containsEntry("appealDeadline", null);
		assertThat(info.messageEn()).endsWith("appeal period.");
	}

	@Test
	void noNoticeAtAllIsIncompleteWithoutTheRemovalInformation() {
		List<Finding> findings = Minutes.clean().noNotice().check(rules);

		assertThat(Minutes.of(findings, "NOTICE_REMOVAL_DATE_MISSING")).isEmpty();
	}

	@Test
	void oldMinutesWithoutRemovalDateCiteTheAppealSectionOfTheOldAct() {
		List<Finding> findings = Minutes.clean().heldOn(LocalDate.of(2016, 4, 19)).noticeRemovedOn(null).check(rules);

		assertThat(Minutes.of(findings, "NOTICE_INCOMPLETE")).isEmpty();
		assertThat(Minutes.single(findings, "NOTICE_REMOVAL_DATE_MISSING").legalBasis())
			.startsWith("Kommunallagen (1991:900) 10 kap. 6 § andra stycket");
	}

	// --- the holiday law over time (SFS 2004:1320) ---

	@Test
	void aDeadlineOnAnnandagPingst2004MovesSoTakingTheNoticeDownThatDayIsEarly() {
		// posted Monday 2004-05-10: three weeks later is annandag pingst, a holiday until 2004
		List<Finding> findings = Minutes.clean()
			.meetingOn(LocalDate.of(2004, 5, 4))
			.checkedOn(LocalDate.of(2004, 5, 7))
			.noticePostedOn(LocalDate.of(2004, 5, 10))
			.noticeRemovedOn(LocalDate.of(2004, 5, 31))
			.check(rules);

		Finding f = Minutes.single(findings, "NOTICE_REMOVED_EARLY");
		assertThat(f.evidence()).containsEntry("appealDeadline", "2004-06-01")
			.containsEntry("deadlineMovedBecause", "annandag pingst");
		assertThat(f.legalBasis()).startsWith("Kommunallagen (1991:900) 10 kap. 6 §");
		assertThat(Minutes.of(findings, "NOTICE_REMOVED_ON_DEADLINE")).isEmpty();
	}

	@Test
	void aDeadlineOnAnnandagPingst2005StaysSoTakingTheNoticeDownThatDayIsOnlyAWarning() {
		// posted Monday 2005-04-25: three weeks later is annandag pingst, a working day from 2005
		List<Finding> findings = Minutes.clean()
			.meetingOn(LocalDate.of(2005, 4, 19))
			.checkedOn(LocalDate.of(2005, 4, 22))
			.noticePostedOn(LocalDate.of(2005, 4, 25))
			.noticeRemovedOn(LocalDate.of(2005, 5, 16))
			.check(rules);

		assertThat(Minutes.of(findings, "NOTICE_REMOVED_EARLY")).isEmpty();
		assertThat(Minutes.single(findings, "NOTICE_REMOVED_ON_DEADLINE").evidence())
			.containsEntry("appealDeadline", "2005-05-16");
	}

	@Test
	void theSecondDayAfterCheckingOnTheSixthOfJuneMovesFrom2005() {
		// checked Thursday 2005-06-02: Saturday, Sunday, then nationaldagen, so Tuesday 06-07 is in time
		List<Finding> findings = Minutes.clean()
			.meetingOn(LocalDate.of(2005, 5, 31))
			.checkedOn(LocalDate.of(2005, 6, 2))
			.noticePostedOn(LocalDate.of(2005, 6, 7))
			.noticeRemovedOn(LocalDate.of(2005, 7, 31))
			.check(rules);

		assertThat(Minutes.of(findings, "NOTICE_POSTED_LATE")).isEmpty();
	}

	@Test
	void theSecondDayAfterCheckingOnTheSixthOfJune2003IsAWorkingDay() {
		// checked Wednesday 2003-06-04: Friday 06-06 was no holiday before 2005, so Monday 06-09 is late
		List<Finding> findings = Minutes.clean()
			.meetingOn(LocalDate.of(2003, 6, 2))
			.checkedOn(LocalDate.of(2003, 6, 4))
			.noticePostedOn(LocalDate.of(2003, 6, 9))
			.noticeRemovedOn(LocalDate.of(2003, 7, 31))
			.check(rules);

		Finding f = Minutes.single(findings, "NOTICE_POSTED_LATE");
		assertThat(f.evidence()).containsEntry("latestPostingDay", "2003-06-06");
		assertThat(f.legalBasis()).startsWith("Kommunallagen (1991:900) 5 kap. 62 §");
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
		assertThat(f.evidence()).containsEntry("missing", "[the body, the meeting date]");
		assertThat(f.legalBasis()).isEqualTo("Kommunallagen (2017:725) 8 kap. 12 §");
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
