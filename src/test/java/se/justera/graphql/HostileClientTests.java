package se.justera.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.ApiClient;
import se.justera.ApiClient.Answer;
import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.protocol.ProtocolImportService;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks an anonymous client (or a clerk's stolen token) could send, over real HTTP against the
 * real database: each is refused with its code, and afterwards the server still answers and holds
 * nothing it should not.
 */
@IntegrationTest
class HostileClientTests {

	@LocalServerPort
	int port;

	@Autowired
	ProtocolImportService imports;

	@Autowired
	LocalTokenIssuer tokens;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	long sampleId;

	@BeforeEach
	void importTheSample() throws IOException {
		Database.clear();
		this.api = new ApiClient(this.port);
		this.sampleId = this.imports.importProtocol("Smedjebacken", sample()).meetingId();
	}

	@Test
	void nestedBackEdgesUnderAListAreRefusedBeforeTheyRun() {
		// the 145 characters that once ran the heap out: four levels of paragraphs { meeting { ... } }
		String attack = "{meetings(first:30){edges{node{paragraphs{meeting{paragraphs{meeting{paragraphs{meeting{"
				+ "paragraphs{meeting{attendance{person{name}}}}}}}}}}}}}}";

		Answer answer = this.api.post(attack);

		assertThat(answer.code()).isEqualTo("QUERY_TOO_COSTLY");
		assertThat(answer.errors().get(0)).extracting("extensions")
			.satisfies(e -> assertThat(((Number) ((Map<?, ?>) e).get("cost")).longValue()).isGreaterThan(500_000));
		assertThat(answer.data()).isNull();
		assertThat(this.api.stillAnswers()).isTrue();
	}

	@Test
	void oneLevelOfBackEdgeWithinTheBudgetRuns() {
		Answer answer = this.api.post("{meetings(first:30){edges{node{paragraphs{meeting{attendance{person{name}}}}}}}}");

		assertThat(answer.errors()).isEmpty();
		assertThat(answer.data()).containsKey("meetings");
	}

	@Test
	void aliasesCountLikeTheFieldsTheyRepeat() {
		// within the document's length and field limits: only the cost model sees what it asks of PostgreSQL
		StringBuilder query = new StringBuilder("query($s:String){");
		for (int i = 0; i < 400; i++) {
			query.append("s").append(i).append(":paragraphs(search:$s){totalCount} ");
		}

		Answer answer = this.api.post(query.append(" }").toString(), Map.of("s", "budget"), null, null);

		assertThat(answer.code()).isEqualTo("QUERY_TOO_COSTLY");
		assertThat(this.api.stillAnswers()).isTrue();
	}

	@Test
	void manyCopiesOfAWholeProtocolTextAreRefused() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 300; i++) {
			query.append(" m").append(i).append(": meeting(id: ").append(this.sampleId).append(") { versions { text } }");
		}

		Answer answer = this.api.post(query.append(" }").toString());

		assertThat(answer.code()).isEqualTo("QUERY_TOO_COSTLY");
	}

	@Test
	void aSearchOfManyTermsIsRefusedBeforePostgreSqlSeesIt() {
		Answer answer = this.api.post("query($s: String) { paragraphs(search: $s) { totalCount } }",
				Map.of("s", "-a ".repeat(1000)), null, null);

		assertThat(answer.code()).isEqualTo("BAD_USER_INPUT");
		assertThat((String) answer.errors().get(0).get("message")).contains("högst 200 tas emot");
	}

	@Test
	void aLongSearchIsRefused() {
		Answer answer = this.api.post("query($s: String) { paragraphs(search: $s) { totalCount } }",
				Map.of("s", "budget".repeat(100)), null, null);

		assertThat(answer.code()).isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWhileItIsRead() throws Exception {
		// 60 MB with no Content-Length, over a raw socket: the limit must hold on the stream itself
		String status;
		try (java.net.Socket socket = new java.net.Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			Thread sender = new Thread(() -> sendChunked(socket, 60_000_000));
			sender.start();
			java.io.BufferedReader response = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			status = response.readLine();
			String line;
			StringBuilder rest = new StringBuilder();
			while ((line = response.readLine()) != null) {
				rest.append(line).append('\n');
			}
			assertThat(rest.toString()).contains("REQUEST_TOO_LARGE");
		}

		assertThat(status).startsWith("HTTP/1.1 413");
		assertThat(this.api.stillAnswers()).isTrue();
	}

	@Test
	void aControlCharacterInAHeaderTheServerReadsIsRefused() throws Exception {
		// U+0085 passes Tomcat (a byte of obs-text) and must be stopped by Spring Security's firewall
		String refused = statusOf("Accept: application/json\u0085");
		String unread = statusOf("X-Unread: a\u0085b");

		assertThat(refused).startsWith("HTTP/1.1 400");
		assertThat(unread).startsWith("HTTP/1.1 200"); // the firewall judges the headers that are read
	}

	/** The status line of an anonymous {@code { __typename }} sent with one more header, in ISO-8859-1. */
	private String statusOf(String header) throws IOException {
		String body = "{\"query\":\"{ __typename }\"}";
		try (java.net.Socket socket = new java.net.Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream()
				.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + header
						+ "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
					.getBytes(StandardCharsets.ISO_8859_1));
			return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
				.readLine();
		}
	}

	/** Sends a request whose body never ends before {@code bytes}; stops quietly once the server has closed. */
	private static void sendChunked(java.net.Socket socket, long bytes) {
		try {
			java.io.OutputStream out = socket.getOutputStream();
			out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			byte[] start = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"".getBytes(StandardCharsets.US_ASCII);
			out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(start);
			out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[65536];
			java.util.Arrays.fill(chunk, (byte) 'x');
			for (long sent = 0; sent < bytes; sent += chunk.length) {
				out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(chunk);
				out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		catch (IOException closedByTheServer) {
			// the server refused and closed: what this test expects
		}
	}

	@Test
	void anAttendanceRangeBeyondTheMeetingNamesOnlyTheMeetingsParagraphs() throws IOException {
		// the largest § number accepted: a range up to it must not become a list of 99 999 paragraphs
		String text = sample().replace("Micael Mathsson (S), §§ 168, 171, 172", "Micael Mathsson (S), §§ 1-99999");

		Answer answer = check(text);

		assertThat(answer.errors()).isEmpty();
		assertThat(answer.data()).containsEntry("checkProtocol", Map.of("meetingDate", "2023-12-12"));
		assertThat(this.api.stillAnswers()).isTrue();
	}

	@Test
	void anAttendanceRangeOfBillionsIsAnInvalidProtocolWithItsLine() throws IOException {
		String text = sample().replace("Micael Mathsson (S), §§ 168, 171, 172", "Micael Mathsson (S), §§ 1-2000000000");

		Answer answer = check(text);

		assertThat(answer.code()).isEqualTo("INVALID_PROTOCOL");
		assertThat(answer.errors().get(0)).extracting("extensions").satisfies(e -> assertThat(((Map<?, ?>) e).get("line")).isInstanceOf(Integer.class));
		assertThat(this.api.stillAnswers()).isTrue();
	}

	@Test
	void aDeclaredRangeBeyondTheTextGivesABoundedFindingNotAnEndlessList() throws IOException {
		String text = sample().replace("§§ 162-174", "§§ 162-99999");

		Answer answer = this.api.post("query($input: ProtocolInput!) { checkProtocol(input: $input) { findings { ruleId"
				+ " evidence { name value } } } }", Map.of("input", Map.of("municipality", "Smedjebacken", "text", text)), null,
				this.tokens.mint("test-clerk", Role.CLERK));

		assertThat(answer.errors()).isEmpty();
		assertThat(answer.body().toString()).contains("PARAGRAPH_SEQUENCE").hasSizeLessThan(20_000);
	}

	@Test
	void aTextCutOffBeforeParagraphsItsAgendaListsIsRefusedAsTruncated() throws IOException {
		String sample = sample();
		String cut = sample.substring(0, sample.lastIndexOf("\n§ 173"));

		Answer answer = check(cut);

		assertThat(answer.code()).isEqualTo("INVALID_PROTOCOL");
		assertThat((String) answer.errors().get(0).get("message")).contains("truncated");
	}

	@Test
	void aNumberOfTwentyDigitsIsAnInvalidProtocol() throws IOException {
		String text = sample().replace("§§ 162-174", "§§ 162-99999999999999999999");

		Answer answer = check(text);

		assertThat(answer.code()).isEqualTo("INVALID_PROTOCOL");
	}

	@Test
	void nothingIsStoredByRefusedRequests() {
		int meetings = Database.count(this.jdbc, "meeting");

		this.api.post("mutation { createMunicipality(name: \"Hackby\") { id } }");
		this.api.post("{meetings(first:100){edges{node{paragraphs{meeting{paragraphs{meeting{id}}}}}}}}");

		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(meetings);
		assertThat(this.jdbc.sql("select count(*) from municipality where name = 'Hackby'").query(Integer.class).single())
			.isZero();
	}

	/** checkProtocol as a clerk: the parser's whole work, nothing stored. */
	private Answer check(String text) {
		return this.api.post("query($input: ProtocolInput!) { checkProtocol(input: $input) { meetingDate } }",
				Map.of("input", Map.of("municipality", "Smedjebacken", "text", text)), null,
				this.tokens.mint("test-clerk", Role.CLERK));
	}

	private static String sample() throws IOException {
		return new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);
	}

}
