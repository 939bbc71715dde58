package se.justera.meeting;

import java.util.List;

/** A page of meetings; totalCount is computed only when asked for, from the filter. */
record MeetingConnection(List<Edge> edges, PageInfo pageInfo, MeetingFilter filter) {

	record Edge(String cursor, Meeting node) {
	}

	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
