package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.ApiClient;
import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /protocols, /protocols/corrections, /protocols/check and GET /protocols/{id}/source over
 * real HTTP against PostgreSQL: text and PDF (made with PDFBox here) by content, the original kept
 * byte for byte with each version, GraphQL's error codes, the clerk role, every upload audited.
 */
@IntegrationTest
class ProtocolFileApiTests {

	static final String SAMPLE = "demo/smedjebacken-ks-2023-12-12.txt";

	@LocalServerPort
	int port;

	@Autowired
	LocalTokenIssuer tokens;

	@Autowired
	JdbcClient jdbc;

	FileApi api;

	String clerk;

	String sample;

	byte[] samplePdf;

	/** The audit log is append-only, never emptied: a test reads its own rows, after this id. */
	long auditBefore;

	@BeforeEach
	void emptyDatabase() throws IOException {
		Database.clear();
		this.auditBefore = this.jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
		this.api = new FileApi(this.port);
		this.clerk = this.tokens.mint("test-clerk", Role.CLERK);
		this.sample = new ClassPathResource(SAMPLE).getContentAsString(StandardCharsets.UTF_8);
		this.samplePdf = TestPdfs.render(this.sample, 60);
	}

	FileApi.Form upload(String municipality, String fileName, byte[] bytes) {
		return new FileApi.Form().field("municipality", municipality).file(fileName, bytes);
	}

	@Test
	void aTextFileIsImportedAndKeptByteForByte() {
		byte[] text = this.sample.getBytes(StandardCharsets.UTF_8);

		FileApi.Answer answer = this.api.post("/protocols", upload("Smedjebacken", "ks 2023-12-12.txt", text), this.clerk);

		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.json().get("created")).isEqualTo(true);
		Map<String, Object> source = source(answer.meeting());
		assertThat(source).containsEntry("mediaType", "text/plain; charset=UTF-8")
			.containsEntry("fileName", "ks 2023-12-12.txt")
			.containsEntry("sha256", sha256(text))
			.containsEntry("size", text.length);
		FileApi.Answer download = this.api.get((String) source.get("url"), Map.of());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(text);
		assertThat(download.header("Content-Type")).isEqualToIgnoringWhitespace("text/plain;charset=UTF-8");
		assertThat(download.header("ETag")).isEqualTo("\"" + sha256(text) + "\"");
		assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(text.length));
		assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"ks 2023-12-12.txt\"");
	}

	@Test
	void aPdfIsImportedByItsContentWhateverItsName() {
		FileApi.Answer answer = this.api.post("/protocols", upload("Smedjebacken", "protokoll.txt", this.samplePdf),
				this.clerk);

		assertThat(answer.status()).isEqualTo(201);
		Map<String, Object> source = source(answer.meeting());
		assertThat(source).containsEntry("mediaType", "application/pdf")
			.containsEntry("pages", 11)
			.containsEntry("size", this.samplePdf.length)
			.containsEntry("sha256", sha256(this.samplePdf));
		FileApi.Answer download = this.api.get("/protocols/" + answer.meeting().get("id") + "/source", Map.of());
		assertThat(download.bytes()).isEqualTo(this.samplePdf);
		assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(download.header("ETag")).isEqualTo("\"" + sha256(this.samplePdf) + "\"");
	}

	@Test
	void paragraphsAndTheirFindingsCarryThePageOfThePdf() {
		String id = (String) this.api.post("/protocols", upload("Smedjebacken", "ks.pdf", this.samplePdf), this.clerk)
			.meeting()
			.get("id");

		Map<String, Object> meeting = graphQl("""
				query($id: ID!) { meeting(id: $id) {
				  source { mediaType pages url }
				  paragraphs { number page }
				  findings { ruleId paragraph page } } }""", Map.of("id", id));

		List<Map<String, Object>> paragraphs = list(meeting, "paragraphs");
		assertThat(paragraphs).extracting(p -> p.get("page")).doesNotContainNull();
		assertThat(paragraphs.get(0)).isEqualTo(Map.of("number", 162, "page", 2));
		assertThat(paragraphs.get(paragraphs.size() - 1)).isEqualTo(Map.of("number", 174, "page", 11));
		List<Map<String, Object>> aboutParagraphs = list(meeting, "findings").stream()
			.filter(f -> f.get("paragraph") != null)
			.toList();
		assertThat(aboutParagraphs).isNotEmpty();
		for (Map<String, Object> finding : aboutParagraphs) {
			Object page = paragraphs.stream()
				.filter(p -> p.get("number").equals(finding.get("paragraph")))
				.findFirst()
				.map(p -> p.get("page"))
				.orElse(null);
			assertThat(finding.get("page")).as("page of %s", finding).isEqualTo(page);
		}
	}

	@Test
	void theSameFileAgainIsAlreadyStored() {
		FileApi.Answer first = this.api.post("/protocols", upload("Smedjebacken", "ks.pdf", this.samplePdf), this.clerk);

		FileApi.Answer second = this.api.post("/protocols", upload("smedjebacken", "copy.pdf", this.samplePdf), this.clerk);

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("created")).isEqualTo(false);
		assertThat(second.meeting().get("id")).isEqualTo(first.meeting().get("id"));
		assertThat(Database.count(this.jdbc, "meeting_version")).isEqualTo(1);
		assertThat(Database.count(this.jdbc, "meeting_version_file")).isEqualTo(1);
	}

	@Test
	void thePdfOfCheckedMinutesStoredAsTextIsAConflictWhenItReadsDifferently() {
		this.api.post("/protocols", upload("Smedjebacken", "ks.txt", this.sample.getBytes(StandardCharsets.UTF_8)),
				this.clerk);

		FileApi.Answer answer = this.api.post("/protocols", upload("Smedjebacken", "ks.pdf", this.samplePdf), this.clerk);

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.code()).isEqualTo("CONFLICT");
		assertThat((String) answer.error().get("message")).contains("This PDF reads as other text");
		assertThat(Database.count(this.jdbc, "meeting_version_file")).isEqualTo(1);
	}

	@Test
	void minutesOfAnotherMunicipalityAreRefusedUnlessConfirmed() throws IOException {
		byte[] mora = new ClassPathResource("protocols/mora-ks-au-2023-06-20.txt").getContentAsByteArray();

		FileApi.Answer refused = this.api.post("/protocols", upload("Falun", "mora.txt", mora), this.clerk);
		FileApi.Answer confirmed = this.api.post("/protocols",
				upload("Falun", "mora.txt", mora).field("confirmMunicipality", "true"), this.clerk);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("MUNICIPALITY_MISMATCH");
		assertThat(refused.extensions()).containsEntry("municipality", "Falun").containsKey("printedMunicipality");
		assertThat(confirmed.status()).isEqualTo(201);
		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(1);
	}

	@Test
	void aBinaryOrEmptyFileIsNoProtocol() {
		byte[] binary = { (byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0, 1 };

		FileApi.Answer notText = this.api.post("/protocols", upload("Smedjebacken", "scan.png", binary), this.clerk);
		FileApi.Answer empty = this.api.post("/protocols", upload("Smedjebacken", "empty.pdf", new byte[0]), this.clerk);
		FileApi.Answer brokenPdf = this.api.post("/protocols",
				upload("Smedjebacken", "broken.pdf", "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII)), this.clerk);

		assertThat(List.of(notText.status(), empty.status(), brokenPdf.status())).containsOnly(422);
		assertThat(List.of(notText.code(), empty.code(), brokenPdf.code())).containsOnly("INVALID_PROTOCOL");
		assertThat((String) notText.error().get("message")).contains("neither a PDF nor UTF-8 text");
		assertThat((String) empty.error().get("message")).contains("empty");
		assertThat((String) brokenPdf.error().get("message")).contains("PDF");
		assertThat(Database.count(this.jdbc, "meeting")).isZero();
	}

	@Test
	void aBadLineOfAPdfIsReportedWithItsLineAndPage() {
		// the second line of page 4 of the PDF holds an impossible date
		String text = this.sample.replaceFirst("\n§ 163", "\n\f\fSida 3\n\fSida 4\nSammanträdesdatum 2023-02-30\n§ 163");
		byte[] pdf = TestPdfs.render(text, 10_000);

		FileApi.Answer answer = this.api.post("/protocols", upload("Smedjebacken", "bad.pdf", pdf), this.clerk);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.code()).isEqualTo("INVALID_PROTOCOL");
		assertThat(answer.extensions()).containsEntry("page", 4).containsKey("line");
		assertThat((String) answer.error().get("message")).contains("2023-02-30").contains("page 4");
	}

	@Test
	void graphQlGivesThePageOfABadLineToo() {
		String text = this.sample.replaceFirst("\n§ 163", "\n\fSida 2\n\fSida 3\nSammanträdesdatum 2023-02-30\n§ 163");

		ApiClient.Answer answer = new ApiClient(this.port).post("""
				mutation($input: ProtocolInput!) { importProtocol(input: $input) { created } }""",
				Map.of("input", Map.of("municipality", "Smedjebacken", "text", text)), null, this.clerk);

		assertThat(answer.code()).isEqualTo("INVALID_PROTOCOL");
		@SuppressWarnings("unchecked")
		Map<String, Object> extensions = (Map<String, Object>) answer.errors().get(0).get("extensions");
		assertThat(extensions).containsEntry("page", 3).containsKey("line");
	}

	@Test
	void aMissingFieldOrAFormThatIsNoFormIsBadInput() {
		FileApi.Answer noMunicipality = this.api.post("/protocols",
				new FileApi.Form().file("ks.pdf", this.samplePdf), this.clerk);
		FileApi.Answer noFile = this.api.post("/protocols", new FileApi.Form().field("municipality", "Smedjebacken"),
				this.clerk);
		FileApi.Answer json = this.api.post("/protocols", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
				this.clerk);

		assertThat(List.of(noMunicipality.status(), noFile.status(), json.status())).containsOnly(400);
		assertThat(List.of(noMunicipality.code(), noFile.code(), json.code())).containsOnly("BAD_USER_INPUT");
		assertThat((String) noMunicipality.error().get("message")).contains("'municipality'");
		assertThat((String) noFile.error().get("message")).contains("'file'");
	}

	@Test
	void onlyClerksMayUploadAndRefusalsAreJson() {
		FileApi.Answer anonymous = this.api.post("/protocols", upload("Smedjebacken", "ks.pdf", this.samplePdf), null);
		FileApi.Answer officer = this.api.post("/protocols", upload("Smedjebacken", "ks.pdf", this.samplePdf),
				this.tokens.mint("test-officer", Role.COMPLIANCE_OFFICER));
		FileApi.Answer administrator = this.api.post("/protocols", upload("Smedjebacken", "ks.pdf", this.samplePdf),
				this.tokens.mint("test-admin", Role.ADMINISTRATOR));
		FileApi.Answer anonymousCheck = this.api.post("/protocols/check",
				upload("Smedjebacken", "ks.pdf", this.samplePdf), null);

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
		assertThat(anonymousCheck.status()).isEqualTo(401);
		assertThat(officer.status()).isEqualTo(403);
		assertThat(officer.code()).isEqualTo("FORBIDDEN");
		assertThat(administrator.status()).isEqualTo(201);
		assertThat(audit("importProtocol", "test-officer")).containsExactly("ERROR FORBIDDEN");
	}

	@Test
	void aCheckAnswersLikeCheckProtocolAndStoresNothing() {
		FileApi.Answer answer = this.api.post("/protocols/check", upload("Smedjebacken", "ks.pdf", this.samplePdf),
				this.clerk);

		assertThat(answer.status()).isEqualTo(200);
		Map<String, Object> check = answer.json();
		assertThat(check).containsEntry("bodyName", "Kommunstyrelsen")
			.containsEntry("meetingDate", "2023-12-12")
			.containsEntry("appealDeadline", "2024-01-05")
			.containsKey("readingNotes");
		List<Map<String, Object>> findings = list(check, "findings");
		assertThat(findings).isNotEmpty();
		assertThat(findings.stream().filter(f -> f.get("paragraph") != null)).isNotEmpty()
			.allSatisfy(f -> assertThat(f.get("page")).isNotNull());
		assertThat(Database.count(this.jdbc, "meeting")).isZero();
		assertThat(Database.count(this.jdbc, "meeting_version_file")).isZero();
		assertThat(audit("checkProtocol", "test-clerk")).containsExactly("OK");
	}

	@Test
	void aCorrectionWithANewFileLeavesTheOldFileWithTheOldVersion() {
		byte[] text = this.sample.getBytes(StandardCharsets.UTF_8);
		String id = (String) this.api.post("/protocols", upload("Smedjebacken", "ks.txt", text), this.clerk)
			.meeting()
			.get("id");

		FileApi.Answer corrected = this.api.post("/protocols/corrections",
				upload("Smedjebacken", "ks.pdf", this.samplePdf).field("reason", "the published PDF"), this.clerk);

		assertThat(corrected.status()).isEqualTo(200);
		assertThat(corrected.json()).containsEntry("version", 2).containsEntry("changed", true);
		Map<String, Object> meeting = graphQl("""
				query($id: ID!) { meeting(id: $id) {
				  source { mediaType }
				  versions { version reason source { mediaType fileName sha256 url } } } }""", Map.of("id", id));
		assertThat(source(meeting)).containsEntry("mediaType", "application/pdf");
		List<Map<String, Object>> versions = list(meeting, "versions");
		assertThat(versions).extracting(v -> source(v).get("fileName")).containsExactly("ks.txt", "ks.pdf");
		assertThat(versions).extracting(v -> source(v).get("sha256")).containsExactly(sha256(text), sha256(this.samplePdf));
		assertThat(this.api.get("/protocols/" + id + "/source?version=1", Map.of()).bytes()).isEqualTo(text);
		assertThat(this.api.get("/protocols/" + id + "/source?version=2", Map.of()).bytes()).isEqualTo(this.samplePdf);
		assertThat(this.api.get("/protocols/" + id + "/source", Map.of()).bytes()).isEqualTo(this.samplePdf);
		assertThat(audit("correctProtocol", "test-clerk")).containsExactly("OK");
	}

	@Test
	void aTextImportedOverGraphQlIsItsOwnSource() {
		ApiClient.Answer imported = new ApiClient(this.port).post("""
				mutation($input: ProtocolInput!) { importProtocol(input: $input) {
				  meeting { databaseId source { mediaType fileName sha256 pages } } } }""",
				Map.of("input", Map.of("municipality", "Smedjebacken", "text", this.sample)), null, this.clerk);

		@SuppressWarnings("unchecked")
		Map<String, Object> meeting = (Map<String, Object>) ((Map<String, Object>) imported.data().get("importProtocol"))
			.get("meeting");
		Map<String, Object> source = source(meeting);
		byte[] bytes = this.sample.getBytes(StandardCharsets.UTF_8);
		assertThat(source).containsEntry("mediaType", "text/plain; charset=UTF-8").containsEntry("sha256", sha256(bytes));
		assertThat(source.get("fileName")).isNull();
		// the download's path and file name carry the plain stored id (databaseId), not the global id
		assertThat(this.api.get("/protocols/" + meeting.get("databaseId") + "/source", Map.of()).header("Content-Disposition"))
			.contains("filename=\"meeting-" + meeting.get("databaseId") + "-v1.txt\"");
	}

	@Test
	void aDownloadOfNothingIsNotFoundAndAKnownCopyIsNotModified() {
		String id = (String) this.api.post("/protocols", upload("Smedjebacken", "ks.pdf", this.samplePdf), this.clerk)
			.meeting()
			.get("id");

		FileApi.Answer unknown = this.api.get("/protocols/99999/source", Map.of());
		FileApi.Answer noVersion = this.api.get("/protocols/" + id + "/source?version=7", Map.of());
		FileApi.Answer badId = this.api.get("/protocols/abc/source", Map.of());
		FileApi.Answer cached = this.api.get("/protocols/" + id + "/source?version=1",
				Map.of("If-None-Match", "\"" + sha256(this.samplePdf) + "\""));

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("NOT_FOUND");
		assertThat(noVersion.status()).isEqualTo(404);
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.code()).isEqualTo("BAD_USER_INPUT");
		assertThat(cached.status()).isEqualTo(304);
		assertThat(cached.bytes()).isEmpty();
	}

	@Test
	void aFileNameCannotBreakTheDownloadsHeaders() {
		String id = (String) this.api.post("/protocols",
				upload("Smedjebacken", "../../etc/kommun\\\"styrelsen\u202e.pdf", this.samplePdf), this.clerk)
			.meeting()
			.get("id");

		FileApi.Answer download = this.api.get("/protocols/" + id + "/source", Map.of());

		assertThat(this.jdbc.sql("select file_name from meeting_version_file").query(String.class).single())
			.isEqualTo("kommun\"styrelsen.pdf");
		assertThat(download.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"kommun_styrelsen.pdf\"; filename*=UTF-8''kommun%22styrelsen.pdf");
	}

	@Test
	void everyUploadIsAuditedWithItsOutcome() {
		this.api.post("/protocols", upload("Smedjebacken", "ks.txt", this.sample.getBytes(StandardCharsets.UTF_8)),
				this.clerk);
		this.api.post("/protocols", upload("Smedjebacken", "ks.pdf", this.samplePdf), this.clerk);

		assertThat(audit("importProtocol", "test-clerk")).containsExactly("OK", "ERROR CONFLICT");
		assertThat(this.jdbc.sql("select arguments::text from audit_log where operation = 'importProtocol' and id > ? order by id")
			.params(this.auditBefore)
			.query(String.class)
			.list()).satisfiesExactly(a -> assertThat(a).contains("\"fileName\":\"ks.txt\"").contains("\"sha256\""),
					a -> assertThat(a).contains("\"sha256\":\"" + sha256(this.samplePdf) + "\""));
	}

	@Test
	void aFileOverTheUploadLimitIsRefusedBeforeItIsRead() throws IOException {
		long tooLarge = 25L * 1024 * 1024 + 1;
		try (java.net.Socket socket = new java.net.Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("POST /protocols HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + this.clerk
						+ "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + tooLarge + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			// the answer comes without waiting for the body (which is never sent)
			StringBuilder read = new StringBuilder();
			byte[] buffer = new byte[4096];
			while (!read.toString().contains("}]}")) {
				int n = socket.getInputStream().read(buffer);
				if (n < 0) {
					break;
				}
				read.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
			}
			String answer = read.toString();

			assertThat(answer).startsWith("HTTP/1.1 413")
				.contains("REQUEST_TOO_LARGE")
				.contains("the limit is 26214400 (justera.upload.max-request-bytes)");
		}
	}

	private List<String> audit(String operation, String actor) {
		return this.jdbc.sql("""
				select outcome || coalesce(' ' || error_code, '') from audit_log
				where operation = ? and actor = ? and id > ? order by id""")
			.params(operation, actor, this.auditBefore)
			.query(String.class)
			.list();
	}

	private Map<String, Object> graphQl(String query, Map<String, Object> variables) {
		ApiClient.Answer answer = new ApiClient(this.port).post(query, variables, null, null);
		assertThat(answer.errors()).isEmpty();
		@SuppressWarnings("unchecked")
		Map<String, Object> meeting = (Map<String, Object>) answer.data().get("meeting");
		return meeting;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> source(Map<String, Object> parent) {
		return (Map<String, Object>) parent.get("source");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
		return (List<Map<String, Object>>) parent.get(field);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
