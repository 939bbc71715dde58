package se.justera.analysis;

import se.justera.meeting.MeetingOrder;

/** The order of a list of paragraphs: by how well they match a search, or by their meetings' dates. */
enum ParagraphOrder {

	BEST_MATCH(null), NEWEST_FIRST(MeetingOrder.NEWEST_FIRST), OLDEST_FIRST(MeetingOrder.OLDEST_FIRST);

	private final MeetingOrder byDate;

	ParagraphOrder(MeetingOrder byDate) {
		this.byDate = byDate;
	}

	/** The order by date, or null for best match. */
	MeetingOrder byDate() {
		return this.byDate;
	}

}
