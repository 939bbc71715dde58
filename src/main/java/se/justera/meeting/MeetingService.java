package se.justera.meeting;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQLContext;

import org.springframework.stereotype.Service;

import se.justera.graphql.Connection;

/** Lists meetings page by page. */
@Service
class MeetingService {

	private final MeetingRepository repository;

	private final MeetingParts parts;

	MeetingService(MeetingRepository repository, MeetingParts parts) {
		this.repository = repository;
		this.parts = parts;
	}

	/**
	 * A page, its meetings read with the plan's parts (their share of the compliance summary), and
	 * its total in the same statement when {@code total}.
	 */
	Connection<Meeting> page(MeetingFilter filter, MeetingOrder order, Integer first, String after, boolean total,
			MeetingParts.Plan plan, GraphQLContext context) {
		int size = Connection.pageSize(first);
		MeetingFilter effective = filter == null ? MeetingFilter.NONE : filter.checked();
		MeetingOrder effectiveOrder = MeetingOrder.orDefault(order);
		MeetingCursor cursor = after == null ? null : MeetingCursor.decode(after, effectiveOrder);
		MeetingRepository.Page page = this.repository.findPage(effective, effectiveOrder, cursor, size + 1, total, plan);
		List<Meeting> meetings = new ArrayList<>();
		for (MeetingRepository.WithParts row : page.rows()) {
			meetings.add(row.meeting());
			this.parts.read(plan, row.parts(), row.meeting().id(), context);
		}
		return Connection.of(meetings, size, cursor != null, meeting -> MeetingCursor.of(meeting).encode(effectiveOrder),
				page.total() == null ? effective : new Connection.Counted(effective, page.total()));
	}

}
