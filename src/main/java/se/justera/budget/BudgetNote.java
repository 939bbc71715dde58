package se.justera.budget;

/** A note on a unit's budget, e.g. an action plan reported for a committee. */
public record BudgetNote(Long paragraphId, String unit, Long amount, String text, boolean actionPlanReported) {
}
