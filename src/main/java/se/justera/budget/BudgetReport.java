package se.justera.budget;

/** A budget follow-up table (budgetuppföljning) in a paragraph. */
public record BudgetReport(Long id, Long paragraphId, Long meetingId, String title, String amountUnit, String period,
		String fullYear) {
}
