package se.justera.compliance.fact;

/**
 * A total row's figure in one column beside the sum of the rows it totals (its sub-units, the rows
 * under its heading, or the rows above a "Summa" row).
 */
public record BudgetSum(int paragraph, int report, int line, String label, String column, long stated, long computed,
		int rows) {

	public long difference() {
		return Math.absExact(Math.subtractExact(this.stated, this.computed));
	}

}
