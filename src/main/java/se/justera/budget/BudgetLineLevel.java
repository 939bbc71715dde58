package se.justera.budget;

/** A budget table row's place in the table's hierarchy. */
public enum BudgetLineLevel {

	/** A bold row with figures: the total of a unit, of a group of rows, or of the whole table. */
	TOTAL,
	/** A heading row without figures that groups the rows under it. */
	GROUP,
	/** An ordinary row; italic sub-unit rows and "varav" rows also name the row they break down. */
	DETAIL

}
