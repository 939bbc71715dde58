package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.justera.motion.MotionOutcome;
import se.justera.municipality.BodyKind;

/**
 * motion.drl: a motion should be decided within a year of being raised; decided later without the
 * report to fullmäktige (KL 5 kap. 35 §; 1991:900 5 kap. 33 §) it gives MOTION_OVERDUE.
 */
class MotionRulesTests {

	private static RuleSet rules;

	private static final LocalDate DECIDED = LocalDate.of(2021, 6, 14);

	@BeforeAll
	static void compileRules() {
		rules = new ComplianceEngine(Path.of("rules")).ruleSet();
	}

	private static Minutes council(LocalDate raisedOn, boolean delayReported, MotionOutcome outcome) {
		return Minutes.clean().kind(BodyKind.COUNCIL).heldOn(DECIDED).motion(163, raisedOn, delayReported, outcome);
	}

	@Test
	void aMotionDecidedADayMoreThanAYearAfterItWasRaisedIsOverdue() {
		List<Finding> findings = council(LocalDate.of(2020, 6, 13), false, MotionOutcome.REJECTED).check(rules);

		Finding f = Minutes.single(findings, "MOTION_OVERDUE");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo("Ärende 163"); // the paragraph's title, as the corpus names it
		assertThat(f.evidence()).containsEntry("raisedOn", "2020-06-13").containsEntry("decidedOn", "2021-06-14");
		assertThat(f.legalBasis()).contains("5 kap. 35 §");
	}

	@Test
	void aMotionDecidedOneYearToTheDayAfterItWasRaisedIsInTime() {
		List<Finding> findings = council(LocalDate.of(2020, 6, 14), false, MotionOutcome.GRANTED).check(rules);

		assertThat(Minutes.of(findings, "MOTION_OVERDUE")).isEmpty();
	}

	@Test
	void aLateMotionWhoseDelayWasReportedIsFine() {
		List<Finding> findings = council(LocalDate.of(2019, 3, 1), true, MotionOutcome.ANSWERED).check(rules);

		assertThat(Minutes.of(findings, "MOTION_OVERDUE")).isEmpty();
	}

	@Test
	void aMotionWhoseRaisingIsNotDatedIsNotJudged() {
		List<Finding> findings = council(null, false, MotionOutcome.REJECTED).check(rules);

		assertThat(Minutes.of(findings, "MOTION_OVERDUE")).isEmpty();
	}

	@Test
	void aMotionReferredBackIsNotDecidedYet() {
		List<Finding> findings = council(LocalDate.of(2019, 3, 1), false, MotionOutcome.REFERRED_BACK).check(rules);

		assertThat(Minutes.of(findings, "MOTION_OVERDUE")).isEmpty();
	}

	@Test
	void aCommitteePreparingAMotionDoesNotDecideIt() {
		List<Finding> findings = Minutes.clean().kind(BodyKind.EXECUTIVE_BOARD).heldOn(DECIDED)
			.motion(163, LocalDate.of(2019, 3, 1), false, MotionOutcome.REJECTED).check(rules);

		assertThat(Minutes.of(findings, "MOTION_OVERDUE")).isEmpty();
	}

	@Test
	void oldMinutesCiteTheOldAct() {
		List<Finding> findings = Minutes.clean().kind(BodyKind.COUNCIL).heldOn(LocalDate.of(2016, 10, 24))
			.motion(163, LocalDate.of(2015, 3, 1), false, MotionOutcome.REJECTED).check(rules);

		assertThat(Minutes.single(findings, "MOTION_OVERDUE").legalBasis()).contains("1991:900", "5 kap. 33 §");
	}

}
