package se.justera.compliance;

import java.util.EnumMap;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import se.justera.meeting.MeetingPart;

/**
 * The meeting's share of the response's {@code extensions.compliance}, its present findings per
 * severity, counted in the meeting's own statement and noted in the {@link ResponseScope}, so that
 * a response about one meeting needs no statement of its own for the summary.
 */
@Component
class MeetingSummaryPart implements MeetingPart {

	@Override
	public String field() {
		return null;
	}

	@Override
	public String sql(DataFetchingFieldSelectionSet selection) {
		return """
				(select json_object_agg(s.severity, s.n) from (select f.severity, count(*) as n from finding f
				 where f.meeting_id = m.id and f.present group by f.severity) s)""";
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
