package se.justera.meeting;

/**
 * The order of a list by the date of the meetings its items belong to, then by ids: meetings,
 * motions and findings, and paragraphs and budget rows when asked to.
 */
public enum MeetingOrder {

	NEWEST_FIRST, OLDEST_FIRST;

	public static MeetingOrder orDefault(MeetingOrder order) {
		return order == null ? NEWEST_FIRST : order;
	}

	/** SQL: the direction of every key column in {@code order by}. */
	public String direction() {
		return this == OLDEST_FIRST ? "asc" : "desc";
	}

	/** SQL: how a row's key compares with the cursor's when the row comes after it. */
	public String after() {
		return this == OLDEST_FIRST ? ">" : "<";
	}

	/** The kind of a list's cursors in this order: a cursor of one order is refused by the other, it would skip or repeat. */
	public String cursorKind(String list) {
		return this == OLDEST_FIRST ? list + "-oldest-first" : list;
	}

}
