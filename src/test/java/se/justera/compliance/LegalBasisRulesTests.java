package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static se.justera.budget.BudgetLineLevel.DETAIL;
import static se.justera.budget.BudgetLineLevel.TOTAL;
import static se.justera.compliance.Minutes.yearBudget;
import static se.justera.compliance.Minutes.yearTotal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.justera.compliance.calendar.SwedishCalendar;
import se.justera.protocol.ReadingNote;

/**
 * Every rule, fired by minutes of the last day under Kommunallagen (1991:900) and of the first day
 * under (2017:725): the finding cites the act in force on the meeting date, as legal-basis.yaml
 * gives it, and the same minutes without the defect stay silent on either side.
 */
class LegalBasisRulesTests {

	private static final LocalDate LAST_DAY_OF_THE_OLD_ACT = LocalDate.of(2017, 12, 31);

	private static final LocalDate FIRST_DAY_OF_THE_NEW_ACT = LocalDate.of(2018, 1, 1);

	private static RuleSet rules;

	@BeforeAll
	static void compileRules() {
		rules = new ComplianceEngine(Path.of("rules")).ruleSet();
	}

	/** For each rule id, minutes that break it; applied after the meeting is moved to the date under test. */
	private static Map<String, UnaryOperator<Minutes>> defects() {
		String member = Minutes.MEMBERS.get(3);
		Map<String, UnaryOperator<Minutes>> d = new LinkedHashMap<>();
		d.put("QUORUM", m -> m.seats(11).deciding(5));
		d.put("QUORUM_UNVERIFIABLE", m -> m.seats(null));
		d.put("RECUSAL", m -> m.recusal(163, member).proposal(163, member));
		d.put("CHECKING_LATE", m -> m.checkedOn(meeting(m).plusDays(20)).noticePostedOn(meeting(m).plusDays(21))
			.noticeRemovedOn(meeting(m).plusDays(80)));
		d.put("NOTICE_POSTED_LATE", m -> m.noticePostedOn(meeting(m).plusDays(10)));
		d.put("NOTICE_INCOMPLETE", m -> m.minutesKeptAt(null));
		d.put("NOTICE_REMOVAL_DATE_MISSING", m -> m.noticeRemovedOn(null));
		d.put("NOTICE_REMOVED_EARLY", m -> m.noticeRemovedOn(meeting(m).plusDays(4)));
		d.put("NOTICE_REMOVED_ON_DEADLINE", m -> m.noticeRemovedOn(SwedishCalendar.appealDeadline(meeting(m).plusDays(3))));
		d.put("APPEAL_DEADLINE_MISSTATED", m -> m.statedAppealDeadline(meeting(m).plusDays(4)));
		d.put("CHECKER_NOT_PRESENT", m -> m.checkers(Minutes.CHAIR, "Okänd Person"));
		d.put("PARAGRAPH_SEQUENCE", m -> m.declaredRange(162, 165));
		d.put("DECISION_MISSING", m -> m.noDecision(163));
		d.put("VOTE_COUNT_MISMATCH", m -> m.vote(163, 5, 5, 0));
		d.put("VOTE_COUNT_UNVERIFIABLE", m -> m.vote(163, 5, 5, null));
		d.put("RESERVATION_BY_NON_PARTICIPANT", m -> m.reservation(163, "Okänd Person"));
		d.put("OVERRUN_NOT_REPORTED", m -> m.budgetReport(163, yearTotal("Omsorgsnämnden", 10_000, -500)));
		d.put("BUDGET_TOTAL_MISMATCH", m -> m.budgetReport(163, yearBudget("Kommunstyrelsen", TOTAL, null, 700),
				yearBudget("KS Ledning", DETAIL, 0, 300), yearBudget("KS Stöd", DETAIL, 0, 300)));
		d.put("BUDGET_FIGURE_CONFLICT", m -> m.budgetReport(162, yearBudget("Omsorgsnämnden", TOTAL, null, 1_000))
			.budgetReport(163, yearBudget("Omsorgsnämnden", TOTAL, null, 1_500)));
		d.put("CHECKING_UNVERIFIABLE", m -> m.unread(ReadingNote.CHECKING_DATE));
		d.put("CHECKED_BEFORE_MEETING", m -> m.checkedOn(meeting(m).minusDays(1)));
		d.put("NOTICE_UNVERIFIABLE", m -> m.unread(ReadingNote.NOTICE));
		d.put("MORE_MEMBERS_THAN_SEATS", m -> m.seats(11).deciding(13));
		d.put("SUBSTITUTE_FOR_PRESENT_MEMBER", m -> m.seats(12).deciding(11)
			.servingSubstitute("Ersättare Eriksson", Minutes.MEMBERS.get(3))
			.presentOnlyIn(Minutes.MEMBERS.get(3), 163, 164));
		d.put("MUNICIPALITY_MISMATCH", m -> m.printedMunicipality("Mora"));
		d.put("IMMEDIATE_NOTICE_POSTED_LATE", m -> m.checkedAtOnce(163).noticeFor(163).noticePostedOn(meeting(m).plusDays(5)));
		d.put("IMMEDIATE_NOTICE_REMOVED_EARLY", m -> m.checkedAtOnce(163).noticeFor(163).noticePostedOn(meeting(m).plusDays(1))
			.noticeRemovedOn(meeting(m).plusDays(4)));
		d.put("MOTION_OVERDUE", m -> m.kind(se.justera.municipality.BodyKind.COUNCIL)
			.motion(163, meeting(m).minusYears(2), false, se.justera.motion.MotionOutcome.REJECTED));
		return d;
	}

	/** The meeting date the minutes were moved to (the builder's state, read back from its protocol). */
	private static LocalDate meeting(Minutes minutes) {
		return minutes.protocol().meetingDate();
	}

	static Stream<Arguments> everyRuleOnBothSidesOf2018() {
		return defects().keySet().stream()
			.flatMap(rule -> Stream.of(Arguments.of(rule, LAST_DAY_OF_THE_OLD_ACT, "1991:900"),
					Arguments.of(rule, FIRST_DAY_OF_THE_NEW_ACT, "2017:725")));
	}

	@ParameterizedTest(name = "{0} on {1} cites {2}")
	@MethodSource("everyRuleOnBothSidesOf2018")
	void aFindingCitesTheActInForceOnTheMeetingDate(String ruleId, LocalDate meetingDate, String act) {
		Minutes clean = Minutes.clean().heldOn(meetingDate);
		List<Finding> silent = clean.check(rules);
		List<Finding> fired = defects().get(ruleId).apply(Minutes.clean().heldOn(meetingDate)).check(rules);

		assertThat(Minutes.of(silent, ruleId)).as("%s in clean minutes of %s", ruleId, meetingDate).isEmpty();
		List<Finding> found = Minutes.of(fired, ruleId);
		assertThat(found).as("%s in minutes of %s", ruleId, meetingDate).isNotEmpty();
		String expected = rules.legalBasis().rules().get(ruleId).get(act).basis();
		assertThat(found).allSatisfy(f -> assertThat(f.legalBasis()).isEqualTo(expected));
		if (!ruleId.equals("CHECKER_NOT_PRESENT") && !ruleId.equals("OVERRUN_NOT_REPORTED")
				&& !ruleId.equals("MUNICIPALITY_MISMATCH")) {
			// local rules aside, every basis is a section of the act in force
			assertThat(expected).startsWith("Kommunallagen (" + act + ")");
		}
		assertThat(expected).contains("(" + act + ")");
	}

	@Test
	void everyRuleIdOfTheTableIsExercised() {
		assertThat(defects().keySet()).containsExactlyInAnyOrderElementsOf(rules.legalBasis().rules().keySet());
		assertThat(rules.rules()).extracting(RuleInfo::ruleId).containsOnly(defects().keySet().toArray(String[]::new));
	}

	@Test
	void theTwoActsGiveDifferentCitationsForEveryStatutoryRule() {
		rules.legalBasis().rules().forEach((ruleId, byAct) -> assertThat(byAct.get("1991:900").basis())
			.as(ruleId)
			.isNotEqualTo(byAct.get("2017:725").basis()));
	}

	@Test
	void theActInForceChangesOnTheFirstOf2018() {
		LegalBasisTable table = rules.legalBasis();

		assertThat(table.actOn(LocalDate.of(1992, 1, 1)).id()).isEqualTo("1991:900");
		assertThat(table.actOn(LAST_DAY_OF_THE_OLD_ACT).id()).isEqualTo("1991:900");
		assertThat(table.actOn(FIRST_DAY_OF_THE_NEW_ACT).id()).isEqualTo("2017:725");
		assertThat(table.currentAct().id()).isEqualTo("2017:725");
	}

	@Test
	void theRuleListCarriesTheBasisUnderEveryActAndTheCurrentOneFirst() {
		RuleInfo quorum = rules.rules().stream().filter(r -> r.ruleId().equals("QUORUM")).findFirst().orElseThrow();

		assertThat(quorum.legalBasis()).isEqualTo("Kommunallagen (2017:725) 6 kap. 27 §; för fullmäktige 5 kap. 45 §");
		assertThat(quorum.legalBases()).extracting(RuleInfo.LegalBasis::act).containsExactly("1991:900", "2017:725");
		assertThat(quorum.legalBases().get(0).inForceFrom()).isEqualTo(LocalDate.of(1992, 1, 1));
		assertThat(quorum.legalBases().get(1).inForceFrom()).isEqualTo(FIRST_DAY_OF_THE_NEW_ACT);
	}

	@Test
	void checkerNotPresentRestsOnTheBodysOwnRulesOfProcedure() {
		List<Finding> findings = Minutes.clean().checkers(Minutes.CHAIR, "Okänd Person").check(rules);

		assertThat(Minutes.single(findings, "CHECKER_NOT_PRESENT").legalBasis())
			.startsWith("Fullmäktiges arbetsordning eller nämndens reglemente (lokal regel")
			.doesNotContain("5 kap. 69 §");
	}

}
