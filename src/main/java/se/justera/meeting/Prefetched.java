package se.justera.meeting;

import java.util.Map;

/**
 * The values of a meeting's fields read with the meeting ({@link MeetingPart}), by result key: the
 * meeting's local context in graphql-java, which {@link PrefetchedFieldInstrumentation} answers
 * those fields from. {@link #NONE} stops it at the values themselves, so that their children (a
 * paragraph's findings) are not answered from their meeting's.
 */
record Prefetched(Map<String, Object> values) {

	static final Prefetched NONE = new Prefetched(Map.of());

	boolean has(String key) {
		return this.values.containsKey(key);
	}

	Object get(String key) {
		return this.values.get(key);
	}

}
