package se.justera.meeting;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code Meeting.attendance}, read with the meeting in the order of the minutes. The substitute's
 * name and the paragraphs are read only when selected; the rest is a few short columns.
 */
@Component
class MeetingAttendancePart implements MeetingPart {

	@Override
	public String field() {
		return "attendance";
	}

	@Override
	public String sql(DataFetchingFieldSelectionSet selection) {
		boolean replaces = selection.contains("replaces");
		boolean paragraphs = selection.contains("paragraphs") || selection.contains("paragraphsNote");
		return """
				(select json_agg(json_build_array(a.person_id, p.name, a.party, a.role, a.title, %s, %s, %s)
				  order by a.position)
				 from attendance a join person p on p.id = a.person_id%s
				 where a.meeting_id = m.id)""".formatted(replaces ? "a.replaces_person_id" : "null",
				replaces ? "r.name" : "null", paragraphs ? "a.paragraphs, a.paragraphs_note" : "null, null",
				replaces ? " left join person r on r.id = a.replaces_person_id" : "");
	}

	@Override
	public Object read(JsonNode json, long meetingId, GraphQLContext context) {
		List<Attendance> attendance = new ArrayList<>();
		for (JsonNode a : json) {
			JsonNode paragraphs = a.get(7);
			List<Integer> numbers = null;
			if (paragraphs != null && paragraphs.isArray()) {
				numbers = new ArrayList<>();
				for (JsonNode n : paragraphs) {
					numbers.add(n.asInt());
				}
				numbers = List.copyOf(numbers);
			}
			attendance.add(new Attendance(meetingId, new Person(a.get(0).asLong(), a.get(1).asString()), text(a.get(2)),
					AttendanceRole.valueOf(a.get(3).asString()), text(a.get(4)),
					a.get(5).isNull() ? null : new Person(a.get(5).asLong(), a.get(6).asString()), numbers, text(a.get(8))));
		}
		return attendance;
	}

	static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

}
