package se.justera.compliance.fact;

import se.justera.budget.BudgetLineLevel;

/**
 * A row of a budget table, in thousand kronor. Committee: the municipality counts this row's unit as
 * a committee (nämnd) for its overrun rule. sameAs: the label without "Summa", lower case, for
 * finding one figure in two tables.
 */
public record BudgetRow(int paragraph, int report, int line, String label, String sameAs, BudgetLineLevel level,
		boolean committee, Long periodBudget, Long periodActual, Long periodDeviation, Long yearBudget,
		Long yearForecast, Long yearDeviation) {

	/** The forecast full-year deficit in tkr (positive), or 0 when the forecast is within budget. */
	public long forecastDeficit() {
		return this.yearDeviation == null || this.yearDeviation >= 0 ? 0 : Math.negateExact(this.yearDeviation);
	}

}
