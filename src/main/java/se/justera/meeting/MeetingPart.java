package se.justera.meeting;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import tools.jackson.databind.JsonNode;

/**
 * A field of {@code Meeting} that the meeting's own statement reads along with the meeting: a
 * correlated subquery over the meeting row {@code m} that gives the field's value as JSON, reading
 * only the columns the field's selection needs. So a meeting with its lists costs one statement
 * instead of one per field. A part that cannot serve a selection says so (null), and the field's
 * batch loader runs as before.
 */
public interface MeetingPart {

	/** The field of Meeting this part resolves; null for a part of the response that is no field. */
	String field();

	/**
	 * SQL over the meeting row {@code m} that gives this part as JSON, for this selection below the
	 * field (null for a part that is no field); null when the part cannot serve the selection.
	 */
	String sql(DataFetchingFieldSelectionSet selection);

	/** The field's value, from the JSON the SQL gave (a JSON null where SQL gave null). */
	Object read(JsonNode json, long meetingId, GraphQLContext context);

}
