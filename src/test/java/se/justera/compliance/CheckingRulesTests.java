package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
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
	void aStoredLimitLongerThanTheLawIsHeldToFourteenDays() {
		// configureBody refuses more than 14 now; a limit stored before that must not loosen the law
		List<Finding> findings = Minutes.clean().checkingDays(21).checkedOn(Minutes.MEETING.plusDays(15)).check(rules);

		Finding f = Minutes.single(findings, "CHECKING_LATE");
		assertThat(f.evidence()).containsEntry("days", "15").containsEntry("allowed", "14");
	}

	@Test
	void aStoredLimitLongerThanTheLawStillAllowsFourteenDays() {
		List<Finding> findings = Minutes.clean().checkingDays(21).checkedOn(Minutes.MEETING.plusDays(14)).check(rules);

		assertThat(Minutes.of(findings, "CHECKING_LATE")).isEmpty();
	}

	// --- the act in force on the meeting date ---

	@Test
	void minutesOfTheLastDayOf2017CiteTheOldAct() {
		// 2017-12-31 + 14 is Sunday 2018-01-14: the last day is Monday the 15th
		List<Finding> late = Minutes.clean().heldOn(LocalDate.of(2017, 12, 31)).checkedOn(LocalDate.of(2018, 1, 16)).check(rules);
		List<Finding> inTime = Minutes.clean().heldOn(LocalDate.of(2017, 12, 31)).checkedOn(LocalDate.of(2018, 1, 15)).check(rules);

		Finding f = Minutes.single(late, "CHECKING_LATE");
		assertThat(f.legalBasis()).isEqualTo("Kommunallagen (1991:900) 5 kap. 61 §; lag (1930:173) om beräkning av lagstadgad tid");
		assertThat(f.evidence()).containsEntry("lastDay", "2018-01-15");
		assertThat(Minutes.of(inTime, "CHECKING_LATE")).isEmpty();
	}

	@Test
	void minutesOfTheFirstDayOf2018CiteTheNewAct() {
		List<Finding> late = Minutes.clean().heldOn(LocalDate.of(2018, 1, 1)).checkedOn(LocalDate.of(2018, 1, 16)).check(rules);
		List<Finding> inTime = Minutes.clean().heldOn(LocalDate.of(2018, 1, 1)).checkedOn(LocalDate.of(2018, 1, 15)).check(rules);

		assertThat(Minutes.single(late, "CHECKING_LATE").legalBasis()).isEqualTo(
				"Kommunallagen (2017:725) 5 kap. 69 §, för nämnder genom 6 kap. 35 §; lag (1930:173) om beräkning av lagstadgad tid");
		assertThat(Minutes.of(inTime, "CHECKING_LATE")).isEmpty();
	}

	// --- the holiday law over time (SFS 2004:1320) ---

	@Test
	void aLastDayOnAnnandagPingst2004MovesToTuesday() {
		// 2004-05-17 + 14 = annandag pingst 2004-05-31, a holiday until 2004
		List<Finding> inTime = Minutes.clean().heldOn(LocalDate.of(2004, 5, 17)).checkedOn(LocalDate.of(2004, 6, 1)).check(rules);
		List<Finding> late = Minutes.clean().heldOn(LocalDate.of(2004, 5, 17)).checkedOn(LocalDate.of(2004, 6, 2)).check(rules);

		assertThat(Minutes.of(inTime, "CHECKING_LATE")).isEmpty();
		assertThat(Minutes.single(late, "CHECKING_LATE").evidence()).containsEntry("lastDay", "2004-06-01");
	}

	@Test
	void aLastDayOnAnnandagPingst2005DoesNotMove() {
		// 2005-05-02 + 14 = 2005-05-16, annandag pingst but a working day from 2005
		List<Finding> inTime = Minutes.clean().heldOn(LocalDate.of(2005, 5, 2)).checkedOn(LocalDate.of(2005, 5, 16)).check(rules);
		List<Finding> late = Minutes.clean().heldOn(LocalDate.of(2005, 5, 2)).checkedOn(LocalDate.of(2005, 5, 17)).check(rules);

		assertThat(Minutes.of(inTime, "CHECKING_LATE")).isEmpty();
		assertThat(Minutes.single(late, "CHECKING_LATE").evidence()).containsEntry("lastDay", "2005-05-16");
	}

	@Test
	void aLastDayOnTheSixthOfJuneMovesFrom2005AndNotIn2003() {
		// 2005-05-23 + 14 = Monday 2005-06-06, nationaldagen; 2003-05-23 + 14 = Friday 2003-06-06, a working day
		List<Finding> in2005 = Minutes.clean().heldOn(LocalDate.of(2005, 5, 23)).checkedOn(LocalDate.of(2005, 6, 7)).check(rules);
		List<Finding> in2003 = Minutes.clean().heldOn(LocalDate.of(2003, 5, 23)).checkedOn(LocalDate.of(2003, 6, 9)).check(rules);

		assertThat(Minutes.of(in2005, "CHECKING_LATE")).isEmpty();
		assertThat(Minutes.single(in2003, "CHECKING_LATE").evidence()).containsEntry("lastDay", "2003-06-06");
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
