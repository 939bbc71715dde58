package se.justera.meeting;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.justera.graphql.NodeLoader;

/** Meetings for node(id:): withdrawn ones only for callers with a token, as meeting(id:). */
@Component
class MeetingNodes implements NodeLoader {

	private final MeetingRepository meetings;

	MeetingNodes(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	@Override
	public String type() {
		return "Meeting";
	}

	@Override
	public Map<String, ?> load(List<String> keys, boolean withWithdrawn) {
		return this.meetings.findByIds(keys.stream().map(Long::valueOf).toArray(Long[]::new), withWithdrawn)
			.stream()
			.collect(Collectors.toMap(m -> m.id().toString(), Function.identity()));
	}

}
