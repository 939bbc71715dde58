package se.justera.compliance.fact;

/** A note in the minutes on a unit's budget; actionPlanReported: it records measures or an action plan. */
public record BudgetNote(String unit, boolean actionPlanReported) {
}
