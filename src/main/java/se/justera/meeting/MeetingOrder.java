package se.justera.meeting;

import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Collectors;

/**
 * The order of a list by the date of the meetings its items belong to, then by ids: meetings,
 * motions and findings, and paragraphs and budget rows when asked to.
 */
public enum MeetingOrder {

	NEWEST_FIRST, OLDEST_FIRST;

	public static MeetingOrder orDefault(MeetingOrder order) {
		return order == null ? NEWEST_FIRST : order;
	}

	/** SQL: the terms of {@code order by} for these key columns, e.g. {@code m.meeting_date desc, m.id desc}. */
	public String orderBy(String... keyColumns) {
		String direction = this == OLDEST_FIRST ? " asc" : " desc";
		return Arrays.stream(keyColumns).map(column -> column + direction).collect(Collectors.joining(", "));
	}

	/**
	 * SQL: the rows after a cursor's key in this order, one placeholder per key column, e.g.
	 * {@code (m.meeting_date, m.id) < (?, ?)}.
	 */
	public String after(String... keyColumns) {
		return "(" + String.join(", ", keyColumns) + ") " + (this == OLDEST_FIRST ? ">" : "<") + " ("
				+ String.join(", ", Collections.nCopies(keyColumns.length, "?")) + ")";
	}

	/** The kind of a list's cursors in this order: a cursor of one order is refused by the other, it would skip or repeat. */
	public String cursorKind(String list) {
		return this == OLDEST_FIRST ? list + "-oldest-first" : list;
	}

}
