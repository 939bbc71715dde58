package se.justera.meeting;

import org.springframework.stereotype.Service;

import se.justera.graphql.Connection;

/** Lists meetings page by page. */
@Service
class MeetingService {

	private final MeetingRepository repository;

	MeetingService(MeetingRepository repository) {
		this.repository = repository;
	}

	Connection<Meeting> page(MeetingFilter filter, MeetingOrder order, Integer first, String after) {
		int size = Connection.pageSize(first);
		MeetingFilter effective = filter == null ? MeetingFilter.NONE : filter.checked();
		MeetingOrder effectiveOrder = MeetingOrder.orDefault(order);
		MeetingCursor cursor = after == null ? null : MeetingCursor.decode(after, effectiveOrder);
		return Connection.of(this.repository.findPage(effective, effectiveOrder, cursor, size + 1), size, cursor != null,
				meeting -> MeetingCursor.of(meeting).encode(effectiveOrder), effective);
	}

}
