package se.justera.meeting;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import se.justera.municipality.Body;
import se.justera.municipality.BodyKind;

/** {@code Meeting.body}, read with the meeting: a body row is four short columns, so all of them. */
@Component
class MeetingBodyPart implements MeetingPart {

	@Override
	public String field() {
		return "body";
	}

	@Override
	public String sql(DataFetchingFieldSelectionSet selection) {
		return "(select json_build_array(b.id, b.municipality_id, b.name, b.kind) from body b where b.id = m.body_id)";
	}

	@Override
	public Object read(JsonNode json, long meetingId, GraphQLContext context) {
		return new Body(json.get(0).asLong(), json.get(1).asLong(), json.get(2).asString(),
				BodyKind.valueOf(json.get(3).asString()));
	}

}
