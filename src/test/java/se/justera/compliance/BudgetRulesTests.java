package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static se.justera.budget.BudgetLineLevel.DETAIL;
import static se.justera.budget.BudgetLineLevel.TOTAL;
import static se.justera.compliance.Minutes.group;
import static se.justera.compliance.Minutes.yearBudget;
import static se.justera.compliance.Minutes.yearTotal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.justera.budget.Emphasis;
import se.justera.protocol.Protocol;
import se.justera.protocol.ReadingNote;

/**
 * budget.drl: a committee forecasting a deficit above the local threshold must report measures
 * (local styrmodell); totals add up within rounding; one unit's figure agrees between tables.
 */
class BudgetRulesTests {

	private static RuleSet rules;

	@BeforeAll
	static void compileRules() {
		rules = new ComplianceEngine(Path.of("rules")).ruleSet();
	}

	/** Kommunstyrelsen (not a committee) and Omsorgsnämnden with a full-year budget of 10 000 tkr. */
	private static Minutes omsorgsnamndenForecasting(long yearDeviation) {
		return Minutes.clean()
			.budgetReport(163, yearTotal("Kommunstyrelsen", 67_625, 2_650), yearTotal("Omsorgsnämnden", 10_000, yearDeviation));
	}

	// --- OVERRUN_NOT_REPORTED ---

	@Test
	void deficitExactlyAtTheThresholdIsSilent() {
		List<Finding> findings = omsorgsnamndenForecasting(-150).check(rules);

		assertThat(Minutes.of(findings, "OVERRUN_NOT_REPORTED")).isEmpty();
	}

	@Test
	void deficitOneTkrAboveTheThresholdWithoutMeasures() {
		List<Finding> findings = omsorgsnamndenForecasting(-151).check(rules);

		Finding f = Minutes.single(findings, "OVERRUN_NOT_REPORTED");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.budgetReport()).isEqualTo(0);
		assertThat(f.budgetLine()).isEqualTo(1);
		assertThat(f.subject()).isEqualTo("Omsorgsnämnden");
		assertThat(f.evidence()).containsEntry("deficit", "151")
			.containsEntry("yearBudget", "10000")
			.containsEntry("percent", "1.51")
			.containsEntry("threshold", "1.5");
		assertThat(f.messageEn()).contains("deficit of 151 tkr", "budget of 10,000 tkr", "1.51 %", "threshold is 1.5 %");
		// Swedish writes 10 000 and 1,51, with no-break spaces inside the number and before its unit
		assertThat(f.messageSv()).contains("151\u00a0tkr", "10\u00a0000\u00a0tkr", "1,51\u00a0%", "gränsen är 1,5\u00a0%");
	}

	@Test
	void actionPlanNotedForTheUnitKeepsItSilent() {
		List<Finding> findings = omsorgsnamndenForecasting(-4_500).budgetNote(163, "Omsorgsnämnden", true).check(rules);

		assertThat(Minutes.of(findings, "OVERRUN_NOT_REPORTED")).isEmpty();
	}

	@Test
	void noteWithoutAnActionPlanDoesNotCount() {
		List<Finding> findings = omsorgsnamndenForecasting(-4_500).budgetNote(163, "Omsorgsnämnden", false).check(rules);

		assertThat(Minutes.single(findings, "OVERRUN_NOT_REPORTED").subject()).isEqualTo("Omsorgsnämnden");
	}

	@Test
	void actionPlanForAnotherUnitDoesNotCount() {
		List<Finding> findings = omsorgsnamndenForecasting(-4_500)
			.budgetNote(163, "Miljö- o byggnadsnämnden", true)
			.check(rules);

		assertThat(Minutes.single(findings, "OVERRUN_NOT_REPORTED").subject()).isEqualTo("Omsorgsnämnden");
	}

	@Test
	void unitConfiguredAsNoCommitteeIsSilent() {
		List<Finding> findings = Minutes.clean()
			.committeeUnits(Map.of("vbu", false, "omsorgsnämnden", true))
			.budgetReport(163, yearTotal("VBU", 68_930, -5_250))
			.check(rules);

		assertThat(Minutes.of(findings, "OVERRUN_NOT_REPORTED")).isEmpty();
	}

	@Test
	void unitConfiguredAsCommitteeCountsWhateverItsName() {
		List<Finding> findings = Minutes.clean()
			.committeeUnits(Map.of("vbu", true))
			.budgetReport(163, yearTotal("VBU", 68_930, -5_250))
			.check(rules);

		Finding f = Minutes.single(findings, "OVERRUN_NOT_REPORTED");
		assertThat(f.subject()).isEqualTo("VBU");
		assertThat(f.evidence()).containsEntry("deficit", "5250").containsEntry("percent", "7.62");
	}

	@Test
	void unitNotNamedNamndIsNoCommitteeByDefault() {
		List<Finding> findings = Minutes.clean().budgetReport(163, yearTotal("Finans", 8_950, -5_000)).check(rules);

		assertThat(Minutes.of(findings, "OVERRUN_NOT_REPORTED")).isEmpty();
	}

	@Test
	void thresholdNotConfiguredIsSilent() {
		List<Finding> findings = omsorgsnamndenForecasting(-4_500).overrunThreshold(null).check(rules);

		assertThat(Minutes.of(findings, "OVERRUN_NOT_REPORTED")).isEmpty();
	}

	@Test
	void forecastSurplusIsSilent() {
		List<Finding> findings = omsorgsnamndenForecasting(500).check(rules);

		assertThat(Minutes.of(findings, "OVERRUN_NOT_REPORTED")).isEmpty();
	}

	// --- BUDGET_TOTAL_MISMATCH ---

	/** Kommunstyrelsen's total over two sub-units adding up to 67 626. */
	private static Minutes kommunstyrelsenTotal(long stated) {
		return Minutes.clean()
			.budgetReport(163, yearBudget("Kommunstyrelsen", TOTAL, null, stated),
					yearBudget("KS Ledning och stöd", DETAIL, 0, 53_626),
					yearBudget("KS Förfogandeanslag", DETAIL, 0, 14_000));
	}

	@Test
	void totalOffByRoundingIsSilent() {
		List<Finding> findings = kommunstyrelsenTotal(67_627).check(rules);

		assertThat(Minutes.of(findings, "BUDGET_TOTAL_MISMATCH")).isEmpty();
	}

	@Test
	void totalOffBeyondRounding() {
		List<Finding> findings = kommunstyrelsenTotal(67_628).check(rules);

		Finding f = Minutes.single(findings, "BUDGET_TOTAL_MISMATCH");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.budgetReport()).isEqualTo(0);
		assertThat(f.budgetLine()).isEqualTo(0);
		assertThat(f.subject()).isEqualTo("Kommunstyrelsen – budget för helåret");
		assertThat(f.evidence()).containsEntry("column", "yearBudget")
			.containsEntry("stated", "67628")
			.containsEntry("sumOfRows", "67626")
			.containsEntry("rows", "2");
		assertThat(f.messageEn()).contains("§ 163", "Kommunstyrelsen", "67,628 tkr", "67,626 tkr");
		assertThat(f.messageSv()).contains("67\u00a0628\u00a0tkr", "67\u00a0626\u00a0tkr");
	}

	/** Three top-level rows (600 tkr, a sub-unit not counted twice) under "Summa nämnder", then "Summa finans". */
	private static Minutes summaNamnder(long stated) {
		return Minutes.clean()
			.budgetReport(163, yearBudget("Kultur- och samhällsbyggnadsnämnd", TOTAL, null, 100),
					yearBudget("Kulturskolan", DETAIL, 0, 100), yearBudget("Omsorgsnämnden", TOTAL, null, 200),
					yearBudget("Revision", DETAIL, null, 300), yearBudget("Summa nämnder", TOTAL, null, stated),
					yearBudget("Finans", DETAIL, null, 50), yearBudget("Summa finans", TOTAL, null, 50));
	}

	@Test
	void summaRowWithinRoundingOfTheRowsAboveIt() {
		List<Finding> findings = summaNamnder(602).check(rules);

		assertThat(Minutes.of(findings, "BUDGET_TOTAL_MISMATCH")).isEmpty();
	}

	@Test
	void summaRowBeyondRoundingOfTheRowsAboveIt() {
		List<Finding> findings = summaNamnder(603).check(rules);

		Finding f = Minutes.single(findings, "BUDGET_TOTAL_MISMATCH");
		assertThat(f.budgetLine()).isEqualTo(4);
		assertThat(f.subject()).isEqualTo("Summa nämnder – budget för helåret");
		assertThat(f.evidence()).containsEntry("stated", "603").containsEntry("sumOfRows", "600").containsEntry("rows", "3");
	}

	@Test
	void unlabelledTotalUnderAHeadingIsNamedAfterTheHeading() {
		List<Finding> findings = Minutes.clean()
			.budgetReport(162, group("Kommunstyrelseförvaltningen"),
					yearBudget("Kansliavdelning", DETAIL, 0, 15_543),
					yearBudget("Personalavdelning", DETAIL, 0, 9_583),
					yearBudget(null, TOTAL, 0, 25_130))
			.check(rules);

		Finding f = Minutes.single(findings, "BUDGET_TOTAL_MISMATCH");
		assertThat(f.paragraph()).isEqualTo(162);
		assertThat(f.budgetLine()).isEqualTo(3);
		assertThat(f.subject()).isEqualTo("Kommunstyrelseförvaltningen – budget för helåret");
		assertThat(f.evidence()).containsEntry("stated", "25130").containsEntry("sumOfRows", "25126");
	}

	// --- BUDGET_FIGURE_CONFLICT ---

	private static Minutes omsorgsnamndenInTwoTables(long first, long second) {
		return Minutes.clean()
			.budgetReport(162, yearBudget("Omsorgsnämnden", TOTAL, null, first))
			.budgetReport(163, yearBudget("Revision", TOTAL, null, 972), yearBudget("Omsorgsnämnden", TOTAL, null, second));
	}

	@Test
	void sameUnitWithDifferentFiguresInTwoTables() {
		List<Finding> findings = omsorgsnamndenInTwoTables(224_092, 224_592).check(rules);

		Finding f = Minutes.single(findings, "BUDGET_FIGURE_CONFLICT");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.budgetReport()).isEqualTo(0);
		assertThat(f.budgetLine()).isEqualTo(1);
		assertThat(f.subject()).isEqualTo("Omsorgsnämnden");
		assertThat(f.evidence()).containsEntry("column", "yearBudget")
			.containsEntry("this table", "224592")
			.containsEntry("other table", "224092")
			.containsEntry("other row", "Omsorgsnämnden");
		assertThat(f.messageEn()).contains("§ 163", "224,592 tkr", "224,092 tkr");
		assertThat(f.messageSv()).contains("224\u00a0592\u00a0tkr", "224\u00a0092\u00a0tkr");
	}

	/**
	 * Norrvika § 43 and § 44: the board's own follow-up ends in an unlabelled total, the committees'
	 * table has the board as a row; the year's forecast differs (85 200 and 85 600 tkr).
	 */
	private static Minutes boardsTotalAndBoardsRow(String titleOf162) {
		return Minutes.clean()
			.title(162, titleOf162)
			.budgetReport(162, new Protocol.BudgetLine("Kommunledningskontoret", DETAIL, Emphasis.NONE, null, null, null, null,
					37_800L, 37_300L, 500L),
					new Protocol.BudgetLine("Räddningstjänsten", DETAIL, Emphasis.NONE, null, null, null, null, 47_500L, 47_900L,
							-400L),
					new Protocol.BudgetLine(null, TOTAL, Emphasis.NONE, null, null, null, null, 85_300L, 85_200L, 100L))
			.title(163, "Budgetuppföljning per mars 2024 för kommunens nämnder")
			.budgetReport(163, new Protocol.BudgetLine("Kommunstyrelsen", DETAIL, Emphasis.NONE, null, null, null, null,
					85_300L, 85_600L, -300L),
					new Protocol.BudgetLine("Omsorgsnämnden", DETAIL, Emphasis.NONE, null, null, null, null, 324_800L,
							331_300L, -6_500L));
	}

	@Test
	void anUnlabelledTotalIsTheUnitItsParagraphsTitleNamesAndConflictsWithThatUnitsRowElsewhere() {
		List<Finding> findings = boardsTotalAndBoardsRow("Budgetuppföljning kommunstyrelsen per mars 2024").check(rules);

		Finding f = Minutes.single(findings, "BUDGET_FIGURE_CONFLICT");
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo("Kommunstyrelsen");
		assertThat(f.evidence()).containsEntry("column", "yearForecast")
			.containsEntry("this table", "85600")
			.containsEntry("other table", "85200")
			.containsEntry("other row", "the total row of § 162");
		assertThat(Minutes.of(findings, "BUDGET_TOTAL_MISMATCH")).isEmpty();
	}

	@Test
	void anUnlabelledTotalWhoseParagraphNamesNoOtherTablesUnitIsComparedWithNothing() {
		List<Finding> findings = boardsTotalAndBoardsRow("Budgetuppföljning per mars 2024").check(rules);

		assertThat(Minutes.of(findings, "BUDGET_FIGURE_CONFLICT")).isEmpty();
	}

	@Test
	void anUnlabelledTotalNotUnderAHeadingAddsUpTheRowsAboveIt() {
		List<Finding> findings = Minutes.clean()
			.budgetReport(162, yearBudget("Kommunledningskontoret", DETAIL, null, 37_800),
					yearBudget("Räddningstjänsten", DETAIL, null, 18_600), yearBudget(null, TOTAL, null, 56_800))
			.check(rules);

		Finding f = Minutes.single(findings, "BUDGET_TOTAL_MISMATCH");
		assertThat(f.evidence()).containsEntry("stated", "56800").containsEntry("sumOfRows", "56400").containsEntry("rows", "2");
	}

	@Test
	void sameUnitWithEqualFiguresInTwoTables() {
		List<Finding> findings = omsorgsnamndenInTwoTables(224_092, 224_092).check(rules);

		assertThat(Minutes.of(findings, "BUDGET_FIGURE_CONFLICT")).isEmpty();
	}

	@Test
	void sameUnitDifferingOnlyBySign() {
		List<Finding> findings = omsorgsnamndenInTwoTables(-224_092, 224_092).check(rules);

		assertThat(Minutes.of(findings, "BUDGET_FIGURE_CONFLICT")).isEmpty();
	}

	@Test
	void sameUnitDifferingByTwoTkrIsRounding() {
		List<Finding> findings = omsorgsnamndenInTwoTables(224_092, 224_094).check(rules);

		assertThat(Minutes.of(findings, "BUDGET_FIGURE_CONFLICT")).isEmpty();
	}

	@Test
	void sameUnitDifferingByThreeTkr() {
		List<Finding> findings = omsorgsnamndenInTwoTables(224_092, 224_095).check(rules);

		assertThat(Minutes.single(findings, "BUDGET_FIGURE_CONFLICT").evidence()).containsEntry("this table", "224095");
	}

	@Test
	void summaRowIsTheSameUnitAsItsPlainName() {
		List<Finding> findings = Minutes.clean()
			.budgetReport(162, yearBudget("Summa verksamhetens nettokostnad", TOTAL, null, -723_772))
			.budgetReport(163, yearBudget("Verksamhetens nettokostnad", TOTAL, null, 733_222))
			.check(rules);

		Finding f = Minutes.single(findings, "BUDGET_FIGURE_CONFLICT");
		assertThat(f.subject()).isEqualTo("Verksamhetens nettokostnad");
		assertThat(f.evidence()).containsEntry("other row", "Summa verksamhetens nettokostnad")
			.containsEntry("other table", "-723772")
			.containsEntry("this table", "733222");
	}

	@Test
	void twoTablesInTheSameParagraph() {
		List<Finding> findings = Minutes.clean()
			.budgetReport(163, yearBudget("Omsorgsnämnden", TOTAL, null, 224_092))
			.budgetReport(163, yearBudget("Omsorgsnämnden", TOTAL, null, 228_592))
			.check(rules);

		Finding f = Minutes.single(findings, "BUDGET_FIGURE_CONFLICT");
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.budgetReport()).isEqualTo(1);
		assertThat(f.budgetLine()).isEqualTo(0);
	}

	@Test
	void costsPrintedAsNegativeBudgetsAreCheckedToo() {
		List<Finding> findings = Minutes.clean()
			.budgetReport(163, yearTotal("Omsorgsnämnden", -10_000, -151))
			.check(rules);

		assertThat(Minutes.single(findings, "OVERRUN_NOT_REPORTED").evidence()).containsEntry("yearBudget", "10000");
	}

	@Test
	void aNoteWithoutAUnitSilencesNothing() {
		List<Finding> findings = omsorgsnamndenForecasting(-151).budgetNote(163, " ", true).check(rules);

		assertThat(Minutes.of(findings, "OVERRUN_NOT_REPORTED")).hasSize(1);
	}

	@Test
	void deviationsOfOppositeSignConflict() {
		List<Finding> findings = Minutes.clean()
			.budgetReport(162, yearTotal("Omsorgsnämnden", 10_000, 400))
			.budgetReport(163, yearTotal("Omsorgsnämnden", 10_000, -400))
			.check(rules);

		assertThat(Minutes.single(findings, "BUDGET_FIGURE_CONFLICT").evidence()).containsEntry("column", "yearForecast");
	}

	// --- findings resting on a budget table the reader could not fully map ---

	@Test
	void aFindingOnTheTablesReadSaysABudgetTableWasInDoubt() {
		List<Finding> findings = omsorgsnamndenForecasting(-151)
			.readingNote(ReadingNote.warning(212, 5, ReadingNote.BUDGET_TABLE, "A budget table's columns could not be mapped"))
			.check(rules);

		Finding f = Minutes.single(findings, "OVERRUN_NOT_REPORTED");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.evidence()).containsEntry("uncertain", "budgetTable (line 212)").containsEntry("deficit", "151");
	}

	@Test
	void aBudgetTableNoteThatIsOnlyInformationLeavesTheFindingCertain() {
		List<Finding> findings = omsorgsnamndenForecasting(-151)
			.readingNote(ReadingNote.info(212, 5, ReadingNote.BUDGET_TABLE, "An extra column was left out"))
			.check(rules);

		assertThat(Minutes.single(findings, "OVERRUN_NOT_REPORTED").evidence()).doesNotContainKey("uncertain");
	}

	@Test
	void aWarningAboutAnotherFactLeavesTheBudgetFindingCertain() {
		List<Finding> findings = omsorgsnamndenForecasting(-151).unread(ReadingNote.CHECKING_DATE).check(rules);

		assertThat(Minutes.single(findings, "OVERRUN_NOT_REPORTED").evidence()).doesNotContainKey("uncertain");
	}

	@Test
	void aRuleThatDoesNotReadTheTablesIsNotMarked() {
		List<Finding> findings = omsorgsnamndenForecasting(-151)
			.noDecision(164)
			.readingNote(ReadingNote.warning(212, 5, ReadingNote.BUDGET_TABLE, "A budget table's columns could not be mapped"))
			.check(rules);

		assertThat(Minutes.single(findings, "DECISION_MISSING").evidence()).doesNotContainKey("uncertain");
	}

}
