package se.justera.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import se.justera.meeting.MeetingPart;

/**
 * {@code Meeting.findings}, its present findings read with the meeting in the order of
 * {@link FindingRepository#findByMeetingIds}: id and rule always, the other short columns only when
 * selected. A selection of the message, legal basis or evidence (long texts, JSON) leaves the list to
 * its batch loader.
 */
@Component
class MeetingFindingsPart implements MeetingPart {

	private static final Map<String, String> COLUMNS = Map.of("severity", "f.severity", "paragraph", "f.paragraph",
			"subject", "f.subject", "status", "f.status", "assignee", "f.assignee", "firstSeenAt", "f.first_seen_at");

	/** Resolved from the keys (id, meeting) alone, or (page) from the paragraph's number. */
	private static final Set<String> BY_KEYS = Set.of("id", "ruleId", "present", "meeting", "reviews", "page",
			"__typename");

	private static final List<String> ORDER = List.of("severity", "paragraph", "subject", "status", "assignee",
			"firstSeenAt");

	@Override
	public String field() {
		return "findings";
	}

	@Override
	public String sql(DataFetchingFieldSelectionSet selection) {
		for (SelectedField field : selection.getImmediateFields()) {
			if (!COLUMNS.containsKey(field.getName()) && !BY_KEYS.contains(field.getName())) {
				return null;
			}
		}
		StringBuilder columns = new StringBuilder("f.id, f.rule_id");
		for (String field : ORDER) {
			// the page is looked up by the paragraph's number
			boolean read = selection.contains(field) || field.equals("paragraph") && selection.contains("page");
			columns.append(", ").append(read ? COLUMNS.get(field) : "null");
		}
		return "(select json_agg(json_build_array(" + columns + ")"
				+ " order by f.paragraph nulls first, f.rule_id, f.subject) from finding f"
				+ " where f.meeting_id = m.id and f.present)";
	}

	@Override
	public Object read(JsonNode json, long meetingId, GraphQLContext context) {
		List<Finding> findings = new ArrayList<>();
		for (JsonNode f : json) {
			findings.add(new Finding(f.get(0).asString(), meetingId, f.get(1).asString(),
					f.get(2).isNull() ? null : Severity.valueOf(f.get(2).asString()),
					f.get(3).isNull() ? null : f.get(3).asInt(), null, null, text(f.get(4)), null, null, null, null,
					f.get(5).isNull() ? null : FindingStatus.valueOf(f.get(5).asString()), text(f.get(6)), true,
					f.get(7).isNull() ? null : java.time.OffsetDateTime.parse(f.get(7).asString()), null));
		}
		return findings;
	}

	private static String text(JsonNode node) {
		return node.isNull() ? null : node.asString();
	}

}
