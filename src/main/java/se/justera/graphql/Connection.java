package se.justera.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay-style page: edges with cursors, page info, and the filter it was made with, so that
 * {@code totalCount} can be counted only when a client asks for it.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Object filter) {

	public record Edge<T>(String cursor, T node) {
	}

	/**
	 * A connection's filter with its total already counted in the page's own statement, for
	 * {@code totalCount} to answer without another.
	 */
	public record Counted(Object filter, int total) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/** The largest page a client may ask for; the schema documents it. */
	public static final int MAX_PAGE_SIZE = 100;

	public static int pageSize(Integer first) {
		int size = first == null ? 20 : first;
		if (size < 0 || size > MAX_PAGE_SIZE) {
			throw InvalidArgumentException.keyed("page.first", MAX_PAGE_SIZE, size);
		}
		return size;
	}

	/** A page from rows fetched with one more than the page size, which tells whether more follow. */
	public static <T> Connection<T> of(List<T> rows, int size, boolean afterGiven, Function<T, String> cursor,
			Object filter) {
		List<Edge<T>> edges = new ArrayList<>();
		for (T row : rows.subList(0, Math.min(size, rows.size()))) {
			edges.add(new Edge<>(cursor.apply(row), row));
		}
		return new Connection<>(edges,
				new PageInfo(rows.size() > size, afterGiven, edges.isEmpty() ? null : edges.get(0).cursor(),
						edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
				filter);
	}

}
