package se.justera.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.justera.graphql.Inputs;
import se.justera.graphql.InvalidArgumentException;
import se.justera.graphql.NotFoundException;
import se.justera.meeting.Meeting;
import se.justera.meeting.MeetingRepository;
import se.justera.security.Role;

/**
 * Protocol files over plain HTTP, beside GraphQL (which has no file upload): {@code POST /protocols}
 * imports a PDF or a text (told apart by content) as importProtocol does, for clerks; {@code GET
 * /protocols/{meetingId}/source} gives back the file a version was made from, to anyone (minutes
 * are public records). The check that stores nothing is {@code POST /protocols/check}, in the
 * compliance package.
 */
@RestController
@ProtocolEndpoint
class ProtocolFileController {

	/** What an upload answers: as GraphQL's ImportProtocolPayload. */
	record ImportAnswer(boolean created, MeetingJson meeting, List<NoteJson> readingNotes) {
	}

	/** The stored meeting, with the file its current version was made from. */
	record MeetingJson(String id, LocalDate date, SourceJson source) {
	}

	record SourceJson(String mediaType, String fileName, long size, Integer pages, String sha256, String url) {

		static SourceJson of(ProtocolSource source) {
			return source == null ? null
					: new SourceJson(source.mediaType(), source.fileName(), source.size(), source.pages(), source.sha256(),
							source.url());
		}

	}

	/** A reading note (läsanteckning), as GraphQL's ReadingNote. */
	record NoteJson(Integer line, Integer page, String level, String fact, String message) {

		static List<NoteJson> of(List<StoredReadingNote> notes) {
			return notes.stream().map(n -> new NoteJson(n.line(), n.page(), n.level().name(), n.fact(), n.message())).toList();
		}

	}

	private final ProtocolImportService imports;

	private final ProtocolUploads uploads;

	private final MeetingRepository meetings;

	private final ReadingNoteRepository notes;

	private final ProtocolSourceRepository sources;

	/** Whether a meeting is withdrawn, for its download (MeetingAdministration). */
	private final MeetingAdministration administration;

	ProtocolFileController(ProtocolImportService imports, ProtocolUploads uploads, MeetingRepository meetings,
			ReadingNoteRepository notes, ProtocolSourceRepository sources, MeetingAdministration administration) {
		this.imports = imports;
		this.uploads = uploads;
		this.meetings = meetings;
		this.notes = notes;
		this.sources = sources;
		this.administration = administration;
	}

	@PostMapping(path = "/protocols", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ImportAnswer> importProtocol(@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "confirmMunicipality", required = false) String confirmMunicipality,
			Authentication who) {
		Map<String, Object> arguments = ProtocolUploads.arguments(municipality, file);
		arguments.put("confirmMunicipality", confirmMunicipality);
		arguments.put("via", "POST /protocols");
		ImportResult result = this.uploads.audited("importProtocol", arguments, () -> {
			this.uploads.requireRole(who, Role.CLERK, "POST /protocols");
			String name = Inputs.name("municipality", ProtocolUploads.required("municipality", municipality));
			boolean confirm = ProtocolUploads.flag("confirmMunicipality", confirmMunicipality);
			return this.uploads.withFile(file, read -> {
				arguments.put("sha256", read.sha256());
				arguments.put("mediaType", read.mediaType());
				return this.imports.importProtocol(name, read, who.getName(), confirm);
			});
		});
		ImportAnswer answer = new ImportAnswer(result.created(), meeting(result.meetingId()),
				NoteJson.of(this.notes.findByMeetingId(result.meetingId())));
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
	}

	/** What a correction answers: as GraphQL's CorrectProtocolPayload. */
	record CorrectionAnswer(MeetingJson meeting, int version, boolean changed, List<NoteJson> readingNotes) {
	}

	/**
	 * A correction from a file (clerks), as correctProtocol: the stored minutes of the same body and
	 * date get the file's content as their next version, which keeps this file; every earlier
	 * version keeps its own.
	 */
	@PostMapping(path = "/protocols/corrections", produces = MediaType.APPLICATION_JSON_VALUE)
	CorrectionAnswer correctProtocol(@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "confirmMunicipality", required = false) String confirmMunicipality,
			Authentication who) {
		Map<String, Object> arguments = ProtocolUploads.arguments(municipality, file);
		arguments.put("reason", reason);
		arguments.put("confirmMunicipality", confirmMunicipality);
		arguments.put("via", "POST /protocols/corrections");
		ProtocolImportService.Correction correction = this.uploads.audited("correctProtocol", arguments, () -> {
			this.uploads.requireRole(who, Role.CLERK, "POST /protocols/corrections");
			String name = Inputs.name("municipality", ProtocolUploads.required("municipality", municipality));
			String why = ProtocolUploads.required("reason", reason);
			boolean confirm = ProtocolUploads.flag("confirmMunicipality", confirmMunicipality);
			return this.uploads.withFile(file, read -> {
				arguments.put("sha256", read.sha256());
				arguments.put("mediaType", read.mediaType());
				return this.imports.correct(name, read, why, who.getName(), confirm);
			});
		});
		return new CorrectionAnswer(meeting(correction.meetingId()), correction.version(), correction.changed(),
				NoteJson.of(this.notes.findByMeetingId(correction.meetingId())));
	}

	private MeetingJson meeting(long id) {
		Meeting meeting = this.meetings.findById(id).orElseThrow();
		ProtocolSource source = this.sources.findCurrent(new Long[] { id }).stream().findFirst().orElse(null);
		return new MeetingJson(String.valueOf(meeting.id()), meeting.date(), SourceJson.of(source));
	}

	/**
	 * The file a version of the meeting's minutes was made from, byte for byte: its media type, its
	 * name (sanitised) as an attachment, its length, and its SHA-256 as ETag (If-None-Match: 304).
	 */
	@GetMapping("/protocols/{meetingId}/source")
	ResponseEntity<byte[]> source(@PathVariable("meetingId") String meetingId,
			@RequestParam(name = "version", required = false) String version,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		long id = positive("meetingId", meetingId);
		Integer wanted = version == null ? null : (int) Math.min(positive("version", version), Integer.MAX_VALUE);
		ProtocolSource.Content content = this.sources.content(id, wanted)
			.orElseThrow(() -> wanted == null ? NotFoundException.keyed("source.notFound", String.valueOf(id))
					: NotFoundException.keyed("source.versionNotFound", String.valueOf(wanted), String.valueOf(id)));
		ProtocolSource source = content.source();
		String etag = "\"" + source.sha256() + "\"";
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(etag);
		headers.set("X-Content-Type-Options", "nosniff");
		// a withdrawn meeting's file is still served (a public record), saying that it is withdrawn
		this.administration.withdrawals(new Long[] { id })
			.forEach(w -> headers.set("Justera-Withdrawn", w.at().toInstant().toString()));
		headers.set(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(source.downloadName()));
		// a version's file never changes: the same URL with ?version= always gives the same bytes
		headers.setCacheControl(wanted == null ? "no-cache" : "public, max-age=31536000, immutable");
		if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
		}
		headers.setContentType(MediaType.parseMediaType(source.mediaType()));
		headers.setContentLength(content.bytes().length);
		return ResponseEntity.ok().headers(headers).body(content.bytes());
	}

	private static long positive(String name, String value) {
		try {
			long number = Long.parseLong(value);
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw InvalidArgumentException.keyed("http.positive", name,
				value.length() > 20 ? value.substring(0, 20) + "…" : value);
	}

}
