package se.justera.analysis;

import java.time.LocalDate;

import se.justera.budget.BudgetLineLevel;
import se.justera.compliance.Severity;
import se.justera.graphql.Inputs;
import se.justera.graphql.InvalidArgumentException;
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

		/** The filter as given by a client: its names in canonical form, a name with a control character refused. */
		ParagraphFilter checked() {
			return new ParagraphFilter(Inputs.name("filter.municipality", this.municipality),
					Inputs.name("filter.body", this.body), this.bodyKind, this.from, this.to,
					Inputs.name("filter.caseNumber", this.caseNumber), this.kind, this.hasFindings, this.ruleId, this.severity);
		}

	}

	record MotionFilter(String municipality, String body, BodyKind bodyKind, String party, MotionOutcome outcome,
			LocalDate from, LocalDate to, String caseNumber, Boolean hasFindings, String ruleId, Severity severity) {

		static final MotionFilter NONE = new MotionFilter(null, null, null, null, null, null, null, null, null, null, null);

		/** The filter as given by a client: its names in canonical form, a name with a control character refused. */
		MotionFilter checked() {
			return new MotionFilter(Inputs.name("filter.municipality", this.municipality), Inputs.name("filter.body", this.body),
					this.bodyKind, Inputs.name("filter.party", this.party), this.outcome, this.from, this.to,
					Inputs.name("filter.caseNumber", this.caseNumber), this.hasFindings, this.ruleId, this.severity);
		}

	}

	record BudgetLineFilter(String municipality, String body, BodyKind bodyKind, LocalDate from, LocalDate to,
			String label, BudgetLineLevel level, Boolean committeesOnly, Double minDeficitPercent, String caseNumber,
			Boolean hasFindings, String ruleId, Severity severity) {

		static final BudgetLineFilter NONE = new BudgetLineFilter(null, null, null, null, null, null, null, null, null, null,
				null, null, null);

		/** Far beyond any real overrun; keeps the comparison within what PostgreSQL's float8 holds. */
		static final double LARGEST_DEFICIT_PERCENT = 1_000_000;

		/**
		 * The filter as given by a client: its names in canonical form, a name with a control character
		 * refused, the percent within range.
		 */
		BudgetLineFilter checked() {
			if (this.minDeficitPercent != null
					&& !(this.minDeficitPercent >= 0 && this.minDeficitPercent <= LARGEST_DEFICIT_PERCENT)) {
				throw InvalidArgumentException.keyed("filter.minDeficitPercent", (long) LARGEST_DEFICIT_PERCENT,
						this.minDeficitPercent);
			}
			return new BudgetLineFilter(Inputs.name("filter.municipality", this.municipality),
					Inputs.name("filter.body", this.body), this.bodyKind, this.from, this.to,
					Inputs.name("filter.label", this.label), this.level, this.committeesOnly, this.minDeficitPercent,
					Inputs.name("filter.caseNumber", this.caseNumber), this.hasFindings, this.ruleId, this.severity);
		}

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
