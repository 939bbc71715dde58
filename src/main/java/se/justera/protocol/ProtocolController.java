package se.justera.protocol;

import java.util.HashMap;
import java.util.LinkedHashMap;
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

	record ProtocolInput(String municipality, String text, Boolean confirmMunicipality) {
	}

	record ImportProtocolPayload(Meeting meeting, boolean created, List<StoredReadingNote> readingNotes) {
	}

	record CorrectionInput(String municipality, String text, String reason, Boolean confirmMunicipality) {
	}

	record CorrectProtocolPayload(Meeting meeting, int version, boolean changed, List<StoredReadingNote> readingNotes) {
	}

	private final ProtocolImportService imports;

	private final MeetingRepository meetings;

	private final MeetingVersionRepository versions;

	private final ReadingNoteRepository notes;

	private final ProtocolSourceRepository sources;

	ProtocolController(ProtocolImportService imports, MeetingRepository meetings, MeetingVersionRepository versions,
			ReadingNoteRepository notes, ProtocolSourceRepository sources) {
		this.sources = sources;
		this.imports = imports;
		this.meetings = meetings;
		this.versions = versions;
		this.notes = notes;
	}

	@MutationMapping
	@PreAuthorize("hasRole('CLERK')")
	ImportProtocolPayload importProtocol(@Argument ProtocolInput input, Authentication who) {
		ImportResult result = this.imports.importProtocol(Inputs.name("input.municipality", input.municipality()),
				input.text(), who.getName(), Boolean.TRUE.equals(input.confirmMunicipality()));
		// the stored notes: the same whether this import stored the minutes or found them there
		return new ImportProtocolPayload(this.meetings.findById(result.meetingId()).orElseThrow(), result.created(),
				this.notes.findByMeetingId(result.meetingId()));
	}

	@MutationMapping
	@PreAuthorize("hasRole('CLERK')")
	CorrectProtocolPayload correctProtocol(@Argument CorrectionInput input, Authentication who) {
		ProtocolImportService.Correction correction = this.imports.correct(
				Inputs.name("input.municipality", input.municipality()), input.text(), input.reason(), who.getName(),
				Boolean.TRUE.equals(input.confirmMunicipality()));
		return new CorrectProtocolPayload(this.meetings.findById(correction.meetingId()).orElseThrow(),
				correction.version(), correction.changed(), this.notes.findByMeetingId(correction.meetingId()));
	}

	@BatchMapping(typeName = "Meeting", field = "versions")
	Map<Meeting, List<MeetingVersion>> versions(List<Meeting> meetings) {
		return Batches.byParent(meetings, Meeting::id, this.versions.findByMeetingIds(Batches.ids(meetings, Meeting::id)),
				MeetingVersion::meetingId);
	}

	@BatchMapping(typeName = "Meeting", field = "source")
	Map<Meeting, ProtocolSource> sourceOfMeetings(List<Meeting> meetings) {
		return Batches.oneByParent(meetings, Meeting::id, this.sources.findCurrent(Batches.ids(meetings, Meeting::id)),
				ProtocolSource::meetingId);
	}

	@BatchMapping(typeName = "MeetingVersion", field = "source")
	Map<MeetingVersion, ProtocolSource> sourceOfVersions(List<MeetingVersion> versions) {
		Map<String, ProtocolSource> byVersion = new HashMap<>();
		Long[] meetingIds = versions.stream().map(MeetingVersion::meetingId).distinct().toArray(Long[]::new);
		this.sources.findAll(meetingIds).forEach(s -> byVersion.put(s.meetingId() + "/" + s.version(), s));
		Map<MeetingVersion, ProtocolSource> result = new LinkedHashMap<>();
		versions.forEach(v -> {
			ProtocolSource source = byVersion.get(v.meetingId() + "/" + v.version());
			if (source != null) {
				result.put(v, source);
			}
		});
		return result;
	}

	@BatchMapping(typeName = "Meeting", field = "readingNotes")
	Map<Meeting, List<StoredReadingNote>> readingNotes(List<Meeting> meetings) {
		return Batches.byParent(meetings, Meeting::id, this.notes.findByMeetingIds(Batches.ids(meetings, Meeting::id)),
				StoredReadingNote::meetingId);
	}

}
