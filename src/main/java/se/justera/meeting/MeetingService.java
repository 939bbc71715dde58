package se.justera.meeting;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import se.justera.graphql.InvalidArgumentException;

/** Lists meetings page by page. */
@Service
class MeetingService {

	/** The largest page a client may ask for; documented in the schema. */
	static final int MAX_PAGE_SIZE = 100;

	private final MeetingRepository repository;

	MeetingService(MeetingRepository repository) {
		this.repository = repository;
	}

	MeetingConnection page(MeetingFilter filter, Integer first, String after) {
		int size = first == null ? 20 : first;
		if (size < 0 || size > MAX_PAGE_SIZE) {
			throw new InvalidArgumentException("first must be between 0 and " + MAX_PAGE_SIZE + ", was " + size);
		}
		MeetingFilter effective = filter == null ? MeetingFilter.NONE : filter;
		MeetingCursor cursor = after == null ? null : MeetingCursor.decode(after);
		List<Meeting> rows = this.repository.findPage(effective, cursor, size + 1);
		boolean hasNext = rows.size() > size;
		List<MeetingConnection.Edge> edges = new ArrayList<>();
		for (Meeting meeting : rows.subList(0, Math.min(size, rows.size()))) {
			edges.add(new MeetingConnection.Edge(MeetingCursor.of(meeting).encode(), meeting));
		}
		return new MeetingConnection(edges, new MeetingConnection.PageInfo(hasNext, cursor != null,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
				effective);
	}

}
