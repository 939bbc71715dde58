package se.justera.graphql;

import java.util.AbstractList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import graphql.normalized.ExecutableNormalizedField;

/**
 * A selection of a Relay connection ({@code <Type>Connection}: totalCount, edges with cursor and
 * node, pageInfo) answered as SQL: the node's JSON is a column of the page's statement, and the
 * connection around the nodes is written here, in the selection's order, as {@link Connection}
 * would give it.
 *
 * @param node the node's JSON expression over the page's row, or null when no node is selected
 * @param total whether totalCount is selected
 */
public record SqlConnection(ExecutableNormalizedField connection, String nodeType, String node, boolean total) {

	private static final Set<String> EDGE = Set.of("cursor", "node", "__typename");

	private static final Set<String> PAGE_INFO = Set.of("hasNextPage", "hasPreviousPage", "startCursor", "endCursor",
			"__typename");

	/**
	 * The connection's selection with its nodes of {@code nodeType} written over the row aliased
	 * {@code row}; null when it holds anything else, or a node that cannot be written as SQL.
	 */
	public static SqlConnection of(ExecutableNormalizedField connection, String nodeType, String row, SqlSelection sql) {
		String node = null;
		boolean total = false;
		for (ExecutableNormalizedField child : connection.getChildren()) {
			switch (child.getName()) {
				case "totalCount" -> total = true;
				case "__typename" -> {
				}
				case "pageInfo" -> {
					if (!only(child, PAGE_INFO)) {
						return null;
					}
				}
				case "edges" -> {
					if (!only(child, EDGE)) {
						return null;
					}
					for (ExecutableNormalizedField edge : child.getChildren()) {
						if (edge.getName().equals("node")) {
							// a second node under another alias would need a second column
							node = node == null ? sql.object(edge, nodeType, row) : null;
							if (node == null) {
								return null;
							}
						}
					}
				}
				default -> {
					return null;
				}
			}
		}
		// the page's statement takes positional parameters: the nodes may take none
		return sql.parameters().isEmpty() ? new SqlConnection(connection, nodeType, node, total) : null;
	}

	private static boolean only(ExecutableNormalizedField field, Set<String> names) {
		return field.getResolvedArguments().isEmpty()
				&& field.getChildren().stream().allMatch(c -> names.contains(c.getName()) && c.getResolvedArguments().isEmpty());
	}

	/**
	 * The connection's JSON for a page's rows, fetched with one more than the page size (which tells
	 * whether more follow), as {@link Connection#of} makes a page: each shown row's cursor and node
	 * JSON (the text of {@link #node}'s column) taken by the functions.
	 */
	public <R> String json(List<R> rows, int size, boolean afterGiven, Integer total, Function<R, String> cursor,
			Function<R, String> node) {
		List<R> shown = rows.subList(0, Math.min(size, rows.size()));
		// views, not copies: a cursor is encoded only where the selection shows it (most pages show none)
		return json(new Mapped<>(shown, cursor), new Mapped<>(shown, node), rows.size() > size, afterGiven, total);
	}

	/**
	 * The connection's JSON for the page's nodes (JSON text from {@link #node}'s column) and their
	 * cursors, at most the page size of them; {@code total} when selected.
	 */
	private String json(List<String> cursors, List<String> nodes, boolean hasNextPage, boolean afterGiven, Integer total) {
		StringBuilder out = new StringBuilder("{");
		for (ExecutableNormalizedField child : this.connection.getChildren()) {
			key(out, child);
			switch (child.getName()) {
				case "totalCount" -> out.append(total);
				case "__typename" -> out.append('"').append(this.nodeType).append("Connection\"");
				case "pageInfo" -> {
					out.append('{');
					for (ExecutableNormalizedField info : child.getChildren()) {
						key(out, info);
						out.append(switch (info.getName()) {
							case "hasNextPage" -> String.valueOf(hasNextPage);
							case "hasPreviousPage" -> String.valueOf(afterGiven);
							case "startCursor" -> SqlSelection.quote(cursors.isEmpty() ? null : cursors.get(0));
							case "endCursor" -> SqlSelection.quote(cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
							default -> "\"PageInfo\"";
						});
					}
					out.append('}');
				}
				default -> { // edges
					out.append('[');
					for (int i = 0; i < cursors.size(); i++) {
						out.append(i == 0 ? "{" : ",{");
						for (ExecutableNormalizedField edge : child.getChildren()) {
							key(out, edge);
							switch (edge.getName()) {
								case "cursor" -> out.append(SqlSelection.quote(cursors.get(i)));
								case "node" -> SqlSelection.appendCompact(out, nodes.get(i));
								default -> out.append('"').append(this.nodeType).append("Edge\"");
							}
						}
						out.append('}');
					}
					out.append(']');
				}
			}
		}
		return out.append('}').toString();
	}

	/** A list's elements mapped when read. */
	private static final class Mapped<R> extends AbstractList<String> {

		private final List<R> rows;

		private final Function<R, String> map;

		Mapped(List<R> rows, Function<R, String> map) {
			this.rows = rows;
			this.map = map;
		}

		@Override
		public String get(int index) {
			return this.map.apply(this.rows.get(index));
		}

		@Override
		public int size() {
			return this.rows.size();
		}

	}

	private static void key(StringBuilder out, ExecutableNormalizedField field) {
		if (out.charAt(out.length() - 1) != '{') {
			out.append(',');
		}
		out.append('"').append(field.getResultKey()).append("\":");
	}

}
