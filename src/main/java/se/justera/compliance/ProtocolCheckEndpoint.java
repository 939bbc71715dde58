package se.justera.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.security.core.Authentication;

import se.justera.graphql.Inputs;
import se.justera.protocol.ProtocolEndpoint;
import se.justera.protocol.ProtocolUploads;
import se.justera.protocol.ReadingNote;
import se.justera.security.Role;
import se.justera.text.Language;

/**
 * {@code POST /protocols/check}: the checkProtocol of a file (a PDF or a text, by content), over
 * plain HTTP beside GraphQL: the rules' findings (each about a paragraph with that paragraph's
 * page), the appeal deadline and the reading notes, and nothing stored. Clerks, as checkProtocol;
 * audited like every upload.
 */
@RestController
@ProtocolEndpoint
class ProtocolCheckEndpoint {

	/** As GraphQL's ProtocolCheck. */
	record CheckAnswer(List<FindingJson> findings, LocalDate appealDeadline, String bodyName, LocalDate meetingDate,
			List<NoteJson> readingNotes) {
	}

	/** As GraphQL's Finding of a checked protocol (no meeting, no review). */
	record FindingJson(String id, String ruleId, Severity severity, String message, String legalBasis, Integer paragraph,
			Integer page, String subject, List<Evidence> evidence) {
	}

	record Evidence(String name, String value) {
	}

	record NoteJson(Integer line, Integer page, String level, String fact, String message) {
	}

	private final ComplianceService compliance;

	private final ProtocolUploads uploads;

	ProtocolCheckEndpoint(ComplianceService compliance, ProtocolUploads uploads) {
		this.compliance = compliance;
		this.uploads = uploads;
	}

	@PostMapping(path = "/protocols/check", produces = MediaType.APPLICATION_JSON_VALUE)
	CheckAnswer check(@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication who,
			HttpServletRequest request) {
		Map<String, Object> arguments = ProtocolUploads.arguments(municipality, file);
		arguments.put("via", "POST /protocols/check");
		boolean english = Language.ENGLISH.equals(Language.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
		ComplianceService.ProtocolCheck check = this.uploads.audited("checkProtocol", arguments, () -> {
			this.uploads.requireRole(who, Role.CLERK, "POST /protocols/check");
			String name = Inputs.name("municipality", ProtocolUploads.required("municipality", municipality));
			return this.uploads.withFile(file, read -> {
				arguments.put("sha256", read.sha256());
				arguments.put("mediaType", read.mediaType());
				return this.compliance.check(name, read.text());
			});
		});
		return new CheckAnswer(check.findings().stream().map(f -> finding(f, english)).toList(), check.appealDeadline(),
				check.protocol().bodyName(), check.protocol().meetingDate(),
				check.protocol().readingNotes().stream().map(ProtocolCheckEndpoint::note).toList());
	}

	private static FindingJson finding(Finding finding, boolean english) {
		return new FindingJson(finding.id(), finding.ruleId(), finding.severity(),
				english ? finding.messageEn() : finding.messageSv(), finding.legalBasis(), finding.paragraph(),
				finding.page(), finding.subject(), finding.evidence()
					.entrySet()
					.stream()
					.map(e -> new Evidence(e.getKey(), e.getValue() == null ? null : String.valueOf(e.getValue())))
					.toList());
	}

	private static NoteJson note(ReadingNote note) {
		return new NoteJson(note.line(), note.page(), note.level().name(), note.fact(), note.message());
	}

}
