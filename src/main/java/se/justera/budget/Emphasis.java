package se.justera.budget;

/** How a budget table row was printed; totals are bold and sub-units italic. */
public enum Emphasis {

	BOLD, ITALIC, NONE

}
