package se.justera.analysis;

import java.time.LocalDate;

import se.justera.budget.BudgetLineLevel;
import se.justera.compliance.Severity;
import se.justera.motion.MotionOutcome;
import se.justera.municipality.BodyKind;
import se.justera.paragraph.ParagraphKind;

/** The analysts' filters; null fields do not narrow. */
final class AnalysisFilters {

	private AnalysisFilters() {
	}

	record ParagraphFilter(String municipality, String body, BodyKind bodyKind, LocalDate from, LocalDate to,
			String caseNumber, ParagraphKind kind, Boolean hasFindings, String ruleId, Severity severity) {

		static final ParagraphFilter NONE = new ParagraphFilter(null, null, null, null, null, null, null, null, null, null);

	}

	record MotionFilter(String municipality, String body, BodyKind bodyKind, String party, MotionOutcome outcome,
			LocalDate from, LocalDate to, String caseNumber, Boolean hasFindings, String ruleId, Severity severity) {

		static final MotionFilter NONE = new MotionFilter(null, null, null, null, null, null, null, null, null, null, null);

	}

	record BudgetLineFilter(String municipality, String body, BodyKind bodyKind, LocalDate from, LocalDate to,
			String label, BudgetLineLevel level, Boolean committeesOnly, Double minDeficitPercent, String caseNumber,
			Boolean hasFindings, String ruleId, Severity severity) {

		static final BudgetLineFilter NONE = new BudgetLineFilter(null, null, null, null, null, null, null, null, null, null,
				null, null, null);

	}

	enum BudgetGrouping {

		MUNICIPALITY("mu.name"), BODY("b.name"), UNIT("l.label"), YEAR("extract(year from m.meeting_date)::int"),
		PERIOD("r.period");

		final String column;

		BudgetGrouping(String column) {
			this.column = column;
		}

	}

}
