package se.justera.analysis;

import se.justera.meeting.MeetingOrder;

/** The order of a list of budget rows: by their meetings' dates, or from the largest deficit up. */
enum BudgetLineOrder {

	NEWEST_FIRST(MeetingOrder.NEWEST_FIRST), OLDEST_FIRST(MeetingOrder.OLDEST_FIRST), LARGEST_DEFICIT_FIRST(null);

	private final MeetingOrder byDate;

	BudgetLineOrder(MeetingOrder byDate) {
		this.byDate = byDate;
	}

	/** The order by date, or null for the order by deficit. */
	MeetingOrder byDate() {
		return this.byDate;
	}

}
