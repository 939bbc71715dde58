package se.justera.paragraph;

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
 * {@code Meeting.paragraphs}, read with the meeting in the order of the minutes: the keys always
 * (id, meeting, number: what the fields loaded below a paragraph need), the other columns only
 * when selected, so that a list of titles does not read decisions and descriptions. Serves a
 * selection of these fields and of fields loaded by the paragraph's keys; any other field (the
 * decision) leaves the list to its batch loader.
 */
@Component
class MeetingParagraphsPart implements MeetingPart {

	/** Fields that are columns of the row, and the column each is. */
	private static final Map<String, String> COLUMNS = Map.of("caseNumber", "p.case_number", "title", "p.title",
			"heading", "p.heading", "kind", "p.kind", "page", "p.page", "description", "p.description");

	/** Fields resolved from the keys alone: the id, or loaded by it. */
	private static final Set<String> BY_KEYS = Set.of("id", "number", "__typename", "sections", "supportingDocuments",
			"recusals", "proposals", "votes", "reservations", "motion", "budgetReports", "budgetNotes", "delegatedDecisions",
			"messages", "tables", "meeting", "findings", "immediatelyChecked", "appealDeadline");

	private static final List<String> ORDER = List.of("caseNumber", "title", "heading", "kind", "page", "description");

	@Override
	public String field() {
		return "paragraphs";
	}

	@Override
	public String sql(DataFetchingFieldSelectionSet selection) {
		for (SelectedField field : selection.getImmediateFields()) {
			if (!COLUMNS.containsKey(field.getName()) && !BY_KEYS.contains(field.getName())) {
				return null;
			}
		}
		StringBuilder columns = new StringBuilder("p.id, p.number");
		for (String field : ORDER) {
			columns.append(", ").append(selection.contains(field) ? COLUMNS.get(field) : "null");
		}
		// read always: immediatelyChecked, and the appeal deadline that depends on it, are one boolean
		columns.append(", p.immediately_checked");
		return "(select json_agg(json_build_array(" + columns + ") order by p.position) from paragraph p"
				+ " where p.meeting_id = m.id)";
	}

	@Override
	public Object read(JsonNode json, long meetingId, GraphQLContext context) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (JsonNode p : json) {
			paragraphs.add(new Paragraph(p.get(0).asLong(), meetingId, p.get(1).asInt(), text(p.get(2)), text(p.get(3)),
					text(p.get(4)), p.get(5).isNull() ? null : ParagraphKind.valueOf(p.get(5).asString()), null, null,
					text(p.get(7)), p.get(6).isNull() ? null : p.get(6).asInt(), p.get(8).asBoolean()));
		}
		return paragraphs;
	}

	private static String text(JsonNode node) {
		return node.isNull() ? null : node.asString();
	}

}
