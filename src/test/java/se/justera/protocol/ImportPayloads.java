package se.justera.protocol;

import java.util.List;
import java.util.Map;

/** Reads the parts of an importProtocol payload (as a map from GraphQL) that the tests check. */
final class ImportPayloads {

	private ImportPayloads() {
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> notes(Map<String, Object> payload) {
		return (List<Map<String, Object>>) payload.get("readingNotes");
	}

	@SuppressWarnings("unchecked")
	static String meetingId(Map<String, Object> payload) {
		return (String) ((Map<String, Object>) payload.get("meeting")).get("id");
	}

}
