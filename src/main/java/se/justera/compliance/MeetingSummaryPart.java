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

	/**
	 * The severities of the meeting's present findings as one JSON string ({@code "VIOLATION,INFO,INFO"}),
	 * SQL null when it has none. One aggregate over the meeting's findings: counting them per
	 * severity into a JSON object, a sort and a grouping per meeting, gave less (pgbench with the deep
	 * page's statement, {@code benchmark/pgbench/}: 13 700–15 400 statements a second, this
	 * 16 500–17 200, the page without any summary 29 500–31 500).
	 */
	@Override
	public String sql() {
		return "(select to_json(string_agg(f.severity, ',')) from finding f where f.meeting_id = m.id and f.present)";
	}

	/** A meeting the response holds, read as SQL: in the response's scope, its findings counted already. */
	@Override
	public void add(GraphQLContext context, long meetingId, String value) {
		ResponseScope scope = context.get(ResponseScope.KEY);
		if (scope != null) {
			scope.addMeeting(meetingId);
			scope.counted(meetingId, counts(value == null ? null : value.substring(1, value.length() - 1)));
		}
	}

	/** The counts per severity of {@link #sql()}'s names, without their quotes (null when there are none). */
	static Map<Severity, Integer> counts(String severities) {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		if (severities == null) {
			return counts;
		}
		int from = 0;
		while (from <= severities.length()) {
			int comma = severities.indexOf(',', from);
			int end = comma < 0 ? severities.length() : comma;
			counts.merge(Severity.valueOf(severities.substring(from, end)), 1, Integer::sum);
			from = end + 1;
		}
		return counts;
	}

	@Override
	public Object read(JsonNode json, long meetingId, GraphQLContext context) {
		ResponseScope scope = context.get(ResponseScope.KEY);
		if (scope != null) {
			scope.counted(meetingId, counts(json.isNull() ? null : json.asString()));
		}
		return null;
	}

}
