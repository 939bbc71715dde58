package se.justera.protocol;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import se.justera.meeting.Meeting;
import se.justera.meeting.MeetingRepository;

@Controller
class ProtocolController {

	record ProtocolInput(String municipality, String text) {
	}

	record ImportProtocolPayload(Meeting meeting, boolean created) {
	}

	private final ProtocolImportService imports;

	private final MeetingRepository meetings;

	ProtocolController(ProtocolImportService imports, MeetingRepository meetings) {
		this.imports = imports;
		this.meetings = meetings;
	}

	@MutationMapping
	@PreAuthorize("hasRole('CLERK')")
	ImportProtocolPayload importProtocol(@Argument ProtocolInput input) {
		ImportResult result = this.imports.importProtocol(input.municipality(), input.text());
		return new ImportProtocolPayload(this.meetings.findById(result.meetingId()).orElseThrow(), result.created());
	}

}
