package se.justera.budget;

import java.math.BigDecimal;

/** A row of a budget table; figures in the report's unit (tkr), null on heading rows. */
public record BudgetLine(Long id, Long reportId, int position, Long parentId, String label, BudgetLineLevel level,
		Emphasis emphasis, Long periodBudget, Long periodActual, Long periodDeviation, Long yearBudget,
		Long yearForecast, Long yearDeviation, Long priorYearPeriodActual, Long previousForecast, Long forecastChange,
		BigDecimal yearDeviationPercent) {
}
