package se.justera.meeting;

import java.util.List;
import java.util.Map;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.justera.graphql.Batches;
import se.justera.graphql.Connection;
import se.justera.graphql.Anonymous;
import se.justera.graphql.GlobalId;
import se.justera.municipality.Body;
import se.justera.municipality.MunicipalityRepository;

@Controller
class MeetingController {

	private final MeetingService meetings;

	private final MeetingRepository repository;

	private final MunicipalityRepository municipalities;

	private final MeetingParts parts;

	MeetingController(MeetingService meetings, MeetingRepository repository, MunicipalityRepository municipalities,
			MeetingParts parts) {
		this.meetings = meetings;
		this.repository = repository;
		this.municipalities = municipalities;
		this.parts = parts;
	}

	/**
	 * One statement reads the meeting and the lists below it that a {@link MeetingPart} can read for
	 * this selection; the other fields load as before.
	 */
	@QueryMapping
	DataFetcherResult<Meeting> meeting(@Argument String id, DataFetchingEnvironment environment) {
		MeetingParts.Plan plan = this.parts.plan(environment.getSelectionSet());
		// a withdrawn meeting left the lists: anonymously it is not found by id either
		return this.repository.findById(GlobalId.id("id", "Meeting", id), plan, !Anonymous.caller())
			.map(found -> DataFetcherResult.<Meeting>newResult()
				.data(found.meeting())
				.localContext(this.parts.read(plan, found.parts(), found.meeting().id(), environment.getGraphQlContext()))
				.build())
			.orElseGet(() -> DataFetcherResult.<Meeting>newResult().data(null).build());
	}

	/**
	 * One statement for the page, its total when selected and its meetings' compliance summary; the
	 * fields below the meetings load in batches as before.
	 */
	@QueryMapping
	Connection<Meeting> meetings(@Argument MeetingFilter filter, @Argument MeetingOrder order, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		return this.meetings.page(filter, order, first, after, environment.getSelectionSet().contains("totalCount"),
				environment.getSelectionSet().contains("edges/node") ? this.parts.summaryOnly() : MeetingParts.Plan.NONE,
				environment.getGraphQlContext());
	}

	@SchemaMapping(typeName = "MeetingConnection")
	int totalCount(Connection<Meeting> connection) {
		if (connection.filter() instanceof Connection.Counted counted) {
			return counted.total();
		}
		return this.repository.count((MeetingFilter) connection.filter());
	}

	@BatchMapping
	Map<Meeting, Body> body(List<Meeting> meetings) {
		return Batches.oneByParent(meetings, Meeting::bodyId,
				this.municipalities.findBodiesByIds(Batches.ids(meetings, Meeting::bodyId)), Body::id);
	}

	@BatchMapping
	Map<Meeting, Person> chair(List<Meeting> meetings) {
		Map<Meeting, Attendance> chairs = Batches.oneByParent(meetings, Meeting::id,
				this.repository.findChairs(Batches.ids(meetings, Meeting::id)), Attendance::meetingId);
		return chairs.entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().person()));
	}

	@BatchMapping
	Map<Meeting, List<Person>> checkers(List<Meeting> meetings) {
		Map<Meeting, List<MinutesChecker>> checkers = Batches.byParent(meetings, Meeting::id,
				this.repository.findCheckers(Batches.ids(meetings, Meeting::id)), MinutesChecker::meetingId);
		return checkers.entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					e -> e.getValue().stream().map(MinutesChecker::person).toList()));
	}

	@BatchMapping
	Map<Meeting, List<Signature>> signatures(List<Meeting> meetings) {
		return Batches.byParent(meetings, Meeting::id, this.repository.findSignatures(Batches.ids(meetings, Meeting::id)),
				Signature::meetingId);
	}

	@BatchMapping
	Map<Meeting, List<Attendance>> attendance(List<Meeting> meetings) {
		return Batches.byParent(meetings, Meeting::id, this.repository.findAttendance(Batches.ids(meetings, Meeting::id)),
				Attendance::meetingId);
	}

	@BatchMapping
	Map<Meeting, Notice> notice(List<Meeting> meetings) {
		return Batches.oneByParent(meetings, Meeting::id, this.repository.findNotices(Batches.ids(meetings, Meeting::id)),
				Notice::meetingId);
	}

}
