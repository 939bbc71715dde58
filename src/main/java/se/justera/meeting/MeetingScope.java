package se.justera.meeting;

import graphql.GraphQLContext;

/**
 * What a response needs to know of each meeting it holds, when the meeting is read as SQL by
 * {@link MeetingSql} instead of field by field (the compliance summary in
 * {@code extensions.compliance}): a column read with the meeting, and what to do with it.
 */
public interface MeetingScope {

	/** An SQL expression over the meeting aliased {@code m}. */
	String sql();

	/** Notes the meeting as one the response holds, with its {@link #sql()} value (JSON text or null). */
	void add(GraphQLContext context, long meetingId, String value);

}
