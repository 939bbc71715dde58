package se.justera.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shapes the rows of one batch query into what a {@code @BatchMapping} returns: every parent gets
 * an entry, an empty list when it has no children, so that non-null list fields never see null.
 */
public final class Batches {

	private Batches() {
	}

	public static <P, C> Map<P, List<C>> byParent(Collection<P> parents, Function<P, Long> parentId, List<C> children,
			Function<C, Long> childParentId) {
		Map<Long, List<C>> grouped = new HashMap<>();
		for (C child : children) {
			grouped.computeIfAbsent(childParentId.apply(child), k -> new ArrayList<>()).add(child);
		}
		Map<P, List<C>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent, grouped.getOrDefault(parentId.apply(parent), List.of()));
		}
		return result;
	}

	/** For single-valued fields: parents without a match are left out, which reads as null. */
	public static <P, C> Map<P, C> oneByParent(Collection<P> parents, Function<P, Long> parentKey, List<C> children,
			Function<C, Long> childKey) {
		Map<Long, C> byKey = new HashMap<>();
		for (C child : children) {
			byKey.putIfAbsent(childKey.apply(child), child);
		}
		Map<P, C> result = new LinkedHashMap<>();
		for (P parent : parents) {
			C child = byKey.get(parentKey.apply(parent));
			if (child != null) {
				result.put(parent, child);
			}
		}
		return result;
	}

	public static <T> Long[] ids(Collection<T> items, Function<T, Long> id) {
		return items.stream().map(id).distinct().toArray(Long[]::new);
	}

}
