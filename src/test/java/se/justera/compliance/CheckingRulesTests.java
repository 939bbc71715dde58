package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.justera.protocol.ReadingNote;

/** checking.drl: the minutes are checked no later than 14 days (or the body's configured days) after the meeting. */
class CheckingRulesTests {

	private static RuleSet rules;

	@BeforeAll
	static void compileRules() {
		rules = new ComplianceEngine(Path.of("rules")).ruleSet();
	}

	@Test
	void checkedOnDayFourteenIsInTime() {
		List<Finding> findings = Minutes.clean().checkedOn(Minutes.MEETING.plusDays(14)).check(rules);

		assertThat(Minutes.of(findings, "CHECKING_LATE")).isEmpty();
	}

	@Test
	void checkedOnDayFifteenIsLate() {
		List<Finding> findings = Minutes.clean().checkedOn(Minutes.MEETING.plusDays(15)).check(rules);

		Finding f = Minutes.single(findings, "CHECKING_LATE");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("meetingDate", "2023-09-05")
			.containsEntry("checkedOn", "2023-09-20")
			.containsEntry("days", "15")
			.containsEntry("allowed", "14");
		assertThat(f.messageEn()).contains("2023-09-20", "15 days", "at most 14");
	}

	@Test
	void checkedAtOnceIsInTime() {
		List<Finding> findings = Minutes.clean().checkedOn(Minutes.MEETING).check(rules);

		assertThat(Minutes.of(findings, "CHECKING_LATE")).isEmpty();
	}

	@Test
	void noCheckingDateRecordedIsNotJudgedLate() {
		List<Finding> findings = Minutes.clean().checkedOn(null).check(rules);

		assertThat(Minutes.of(findings, "CHECKING_LATE")).isEmpty();
	}

	@Test
	void bodyWithSevenDaysIsLateOnDayEight() {
		List<Finding> findings = Minutes.clean().checkingDays(7).checkedOn(Minutes.MEETING.plusDays(8)).check(rules);

		Finding f = Minutes.single(findings, "CHECKING_LATE");
		assertThat(f.evidence()).containsEntry("days", "8").containsEntry("allowed", "7");
		assertThat(f.messageEn()).contains("8 days", "at most 7");
	}

	@Test
	void bodyWithSevenDaysIsInTimeOnDaySeven() {
		List<Finding> findings = Minutes.clean().checkingDays(7).checkedOn(Minutes.MEETING.plusDays(7)).check(rules);

		assertThat(Minutes.of(findings, "CHECKING_LATE")).isEmpty();
	}

	@Test
	void bodyWithTwentyOneDaysIsInTimeOnDayTwenty() {
		List<Finding> findings = Minutes.clean().checkingDays(21).checkedOn(Minutes.MEETING.plusDays(20)).check(rules);

		assertThat(Minutes.of(findings, "CHECKING_LATE")).isEmpty();
	}

	@Test
	void aLastDayOnAHolidayMovesToTheNextWorkingDay() {
		// 2023-12-12 + 14 days is annandag jul, 2023-12-26: checking on the 27th is in time
		List<Finding> inTime = Minutes.clean().meetingOn(java.time.LocalDate.of(2023, 12, 12))
			.checkedOn(java.time.LocalDate.of(2023, 12, 27))
			.check(rules);
		List<Finding> late = Minutes.clean().meetingOn(java.time.LocalDate.of(2023, 12, 12))
			.checkedOn(java.time.LocalDate.of(2023, 12, 28))
			.check(rules);

		assertThat(Minutes.of(inTime, "CHECKING_LATE")).isEmpty();
		assertThat(Minutes.single(late, "CHECKING_LATE").evidence()).containsEntry("lastDay", "2023-12-27");
	}

	// --- unknown is not empty: a checking date the reader could not read ---

	@Test
	void anUnreadCheckingDateCannotBeChecked() {
		List<Finding> findings = Minutes.clean().checkedOn(null).unread(ReadingNote.CHECKING_DATE).check(rules);

		assertThat(Minutes.of(findings, "CHECKING_LATE")).isEmpty();
		Finding f = Minutes.single(findings, "CHECKING_UNVERIFIABLE");
		assertThat(f.severity()).isEqualTo(Severity.INFO);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("checkingDate", "unknown");
		assertThat(f.messageEn()).contains("date of checking could not be read", "cannot be checked");
	}

	@Test
	void aCheckingDateInDoubtIsNotJudgedLate() {
		List<Finding> findings = Minutes.clean().checkedOn(Minutes.MEETING.plusDays(30)).unread(ReadingNote.CHECKING_DATE)
			.check(rules);

		assertThat(Minutes.of(findings, "CHECKING_LATE")).isEmpty();
		assertThat(Minutes.of(findings, "CHECKING_UNVERIFIABLE")).hasSize(1);
	}

	@Test
	void aReadCheckingDateIsNotUnverifiable() {
		List<Finding> findings = Minutes.clean().check(rules);

		assertThat(Minutes.of(findings, "CHECKING_UNVERIFIABLE")).isEmpty();
	}

	// --- CHECKED_BEFORE_MEETING ---

	@Test
	void checkedTheDayBeforeTheMeeting() {
		List<Finding> findings = Minutes.clean().checkedOn(Minutes.MEETING.minusDays(1)).check(rules);

		Finding f = Minutes.single(findings, "CHECKED_BEFORE_MEETING");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("meetingDate", "2023-09-05").containsEntry("checkedOn", "2023-09-04");
		assertThat(f.messageEn()).contains("checked on 2023-09-04, before the meeting on 2023-09-05");
		assertThat(Minutes.of(findings, "CHECKING_LATE")).isEmpty();
	}

	@Test
	void checkedOnTheDayOfTheMeetingIsPlausible() {
		List<Finding> findings = Minutes.clean().checkedOn(Minutes.MEETING).check(rules);

		assertThat(Minutes.of(findings, "CHECKED_BEFORE_MEETING")).isEmpty();
	}

	@Test
	void aCheckingDateInDoubtIsNotJudgedEarly() {
		List<Finding> findings = Minutes.clean().checkedOn(Minutes.MEETING.minusDays(1)).unread(ReadingNote.CHECKING_DATE)
			.check(rules);

		assertThat(Minutes.of(findings, "CHECKED_BEFORE_MEETING")).isEmpty();
	}

}
