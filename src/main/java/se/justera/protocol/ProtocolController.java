package se.justera.protocol;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import se.justera.graphql.Batches;
import se.justera.graphql.Inputs;
import se.justera.meeting.Meeting;
import se.justera.meeting.MeetingRepository;

@Controller
class ProtocolController {

	record ProtocolInput(String municipality, String text) {
	}

	record ImportProtocolPayload(Meeting meeting, boolean created) {
	}

	record CorrectionInput(String municipality, String text, String reason) {
	}

	record CorrectProtocolPayload(Meeting meeting, int version, boolean changed) {
	}

	private final ProtocolImportService imports;

	private final MeetingRepository meetings;

	private final MeetingVersionRepository versions;

	ProtocolController(ProtocolImportService imports, MeetingRepository meetings, MeetingVersionRepository versions) {
		this.imports = imports;
		this.meetings = meetings;
		this.versions = versions;
	}

	@MutationMapping
	@PreAuthorize("hasRole('CLERK')")
	ImportProtocolPayload importProtocol(@Argument ProtocolInput input, Authentication who) {
		ImportResult result = this.imports.importProtocol(Inputs.name("input.municipality", input.municipality()),
				input.text(), who.getName());
		return new ImportProtocolPayload(this.meetings.findById(result.meetingId()).orElseThrow(), result.created());
	}

	@MutationMapping
	@PreAuthorize("hasRole('CLERK')")
	CorrectProtocolPayload correctProtocol(@Argument CorrectionInput input, Authentication who) {
		ProtocolImportService.Correction correction = this.imports.correct(
				Inputs.name("input.municipality", input.municipality()), input.text(), input.reason(), who.getName());
		return new CorrectProtocolPayload(this.meetings.findById(correction.meetingId()).orElseThrow(),
				correction.version(), correction.changed());
	}

	@BatchMapping(typeName = "Meeting", field = "versions")
	Map<Meeting, List<MeetingVersion>> versions(List<Meeting> meetings) {
		return Batches.byParent(meetings, Meeting::id, this.versions.findByMeetingIds(Batches.ids(meetings, Meeting::id)),
				MeetingVersion::meetingId);
	}

}
