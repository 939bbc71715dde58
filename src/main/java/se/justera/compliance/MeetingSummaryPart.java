package se.justera.compliance;

import java.util.EnumMap;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import se.justera.meeting.MeetingPart;
import se.justera.meeting.MeetingScope;

/**
 * The meeting's share of the response's {@code extensions.compliance}, its present findings per
 * severity, counted in the meeting's own statement and noted in the {@link ResponseScope}, so that
 * a response about one meeting needs no statement of its own for the summary.
 */
@Component
class MeetingSummaryPart implements MeetingPart, MeetingScope {

	@Override
	public String field() {
		return null;
	}

	@Override
	public String sql(DataFetchingFieldSelectionSet selection) {
		return sql();
	}

	@Override
	public String sql() {
		return """
				(select json_object_agg(s.severity, s.n) from (select f.severity, count(*) as n from finding f
				 where f.meeting_id = m.id and f.present group by f.severity) s)""";
	}

	/** A meeting the response holds, read as SQL: in the response's scope, its findings counted already. */
	@Override
	public void add(GraphQLContext context, long meetingId, String value) {
		ResponseScope scope = context.get(ResponseScope.KEY);
		if (scope != null) {
			scope.addMeeting(meetingId);
			scope.counted(meetingId, counts(value));
		}
	}

	/**
	 * The counts of {@link #sql()}'s JSON object ({@code {"VIOLATION" : 2, "INFO" : 1}}, null when the
	 * meeting has none), read by hand: a JSON parser per meeting of a page was 1–2 % of its CPU (JFR).
	 */
	static Map<Severity, Integer> counts(String json) {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		if (json == null) {
			return counts;
		}
		int at = json.indexOf('"');
		while (at >= 0) {
			int end = json.indexOf('"', at + 1);
			int colon = json.indexOf(':', end);
			int next = json.indexOf('"', colon);
			String number = json.substring(colon + 1, next < 0 ? json.lastIndexOf('}') : json.lastIndexOf(',', next)).strip();
			counts.put(Severity.valueOf(json.substring(at + 1, end)), Integer.parseInt(number));
			at = next;
		}
		return counts;
	}

	@Override
	public Object read(JsonNode json, long meetingId, GraphQLContext context) {
		ResponseScope scope = context.get(ResponseScope.KEY);
		if (scope != null) {
			Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
			json.properties().forEach(e -> counts.put(Severity.valueOf(e.getKey()), e.getValue().asInt()));
			scope.counted(meetingId, counts);
		}
		return null;
	}

}
