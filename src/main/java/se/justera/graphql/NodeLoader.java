package se.justera.graphql;

import java.util.List;
import java.util.Map;

/**
 * Reads the stored objects of one Node type for {@code node(id:)} and {@code nodes(ids:)}: each
 * feature that owns a Node type provides one, so this package names none of them.
 */
public interface NodeLoader {

	/** The schema type, as global ids name it, e.g. Meeting. */
	String type();

	/** Whether a key can be this type's (a whole number from 1 unless said otherwise). */
	default boolean accepts(String key) {
		return key.matches("[1-9][0-9]{0,18}");
	}

	/**
	 * The objects stored under these keys, by key, read in one statement; keys of none are left
	 * out. {@code withWithdrawn}: whether withdrawn meetings and what belongs to them are found (for
	 * callers with a token, as meeting(id:)).
	 */
	Map<String, ?> load(List<String> keys, boolean withWithdrawn);

}
