package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.TestDatabase;
import se.justera.Tokens;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static se.justera.protocol.ImportPayloads.meetingId;
import static se.justera.protocol.ImportPayloads.notes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading notes over HTTP against PostgreSQL: stored with the meeting, returned by import, check and
 * correction, replaced with the minutes, read back so that re-evaluation sees the same unknown facts,
 * and a filter for the meetings that have them.
 */
@IntegrationTest
class ReadingNotesTests {

	static final Map<String, Object> ATTENDANCE_NOTE_SHAPE = Map.of("level", "WARNING", "fact", "attendance");

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		// a clerk imports and corrects, an officer configures the body: one token with both
		this.graphQl = Tokens.as(graphQl, tokens, Role.ADMINISTRATOR);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProtocolImportService imports;

	@Autowired
	ProtocolParser parser;

	String sample;

	@BeforeEach
	void emptyDatabase() throws IOException {
		Database.clear();
		this.sample = read("demo/smedjebacken-ks-2023-12-12.txt");
	}

	@Test
	void anUnreadAttendanceListIsStoredAsAWarningAndGivesNoQuorumViolations() {
		configureSeats("Smedjebacken", "Kommunstyrelsen", 11);

		Map<String, Object> payload = importProtocol("Smedjebacken", withoutAttendanceList(this.sample));

		List<Map<String, Object>> notes = notes(payload);
		assertThat(notes).singleElement().satisfies(note -> {
			assertThat(note).containsAllEntriesOf(ATTENDANCE_NOTE_SHAPE);
			assertThat(note.get("line")).isNotNull();
			assertThat(note.get("page")).isEqualTo(1);
			assertThat((String) note.get("message")).contains("deciding members");
		});
		assertThat(Database.count(this.jdbc, "reading_note")).isEqualTo(1);
		var meeting = meeting(meetingId(payload));
		meeting.path("meeting.readingNotes").entityList(Object.class).isEqualTo(List.copyOf(notes));
		meeting.path("meeting.findings[*].ruleId").entityList(String.class).satisfies(ids -> assertThat(ids)
			.contains("QUORUM_UNVERIFIABLE")
			.doesNotContain("QUORUM", "CHECKER_NOT_PRESENT", "VOTE_COUNT_MISMATCH", "RESERVATION_BY_NON_PARTICIPANT"));
		meeting.path("meeting.findings[?(@.ruleId == 'QUORUM_UNVERIFIABLE')].severity").entityList(String.class)
			.containsExactly("INFO");
	}

	@Test
	void theSameListReadIsJudgedWithoutNotes() {
		configureSeats("Smedjebacken", "Kommunstyrelsen", 25);

		Map<String, Object> payload = importProtocol("Smedjebacken", this.sample);

		assertThat(notes(payload)).isEmpty();
		meeting(meetingId(payload)).path("meeting.findings[?(@.ruleId == 'QUORUM')].severity").entityList(String.class)
			.satisfies(severities -> assertThat(severities).isNotEmpty().containsOnly("VIOLATION"));
	}

	@Test
	void reEvaluationSeesTheUnknownFactsTheImportSaw() {
		Map<String, Object> payload = importProtocol("Smedjebacken", withoutAttendanceList(this.sample));

		// the seats come after the import: the stored minutes are read back and evaluated again
		configureSeats("Smedjebacken", "Kommunstyrelsen", 11);

		var findings = meeting(meetingId(payload)).path("meeting.findings[*].ruleId").entityList(String.class);
		findings.satisfies(ids -> assertThat(ids).contains("QUORUM_UNVERIFIABLE").doesNotContain("QUORUM"));
		assertThat(this.jdbc.sql("select count(*) from finding where rule_id = 'QUORUM'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void aCorrectionReplacesTheNotesWithTheMinutes() {
		Map<String, Object> imported = importProtocol("Smedjebacken", withoutAttendanceList(this.sample));
		assertThat(notes(imported)).hasSize(1);

		Map<String, Object> corrected = this.graphQl.documentName("correctProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", this.sample, "reason",
					"the attendance list was left out"))
			.execute()
			.path("correctProtocol")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();

		assertThat(corrected.get("version")).isEqualTo(2);
		assertThat(notes(corrected)).isEmpty();
		assertThat(Database.count(this.jdbc, "reading_note")).isZero();
		meeting(meetingId(imported)).path("meeting.readingNotes").entityList(Object.class).hasSize(0);

		Map<String, Object> again = this.graphQl.documentName("correctProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", withoutAttendanceList(this.sample), "reason",
					"back to the published text"))
			.execute()
			.path("correctProtocol")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();

		assertThat(notes(again)).singleElement().satisfies(note -> assertThat(note).containsAllEntriesOf(ATTENDANCE_NOTE_SHAPE));
		assertThat(Database.count(this.jdbc, "reading_note")).isEqualTo(1);
	}

	@Test
	void reImportingADraftReplacesItsNotes() {
		String draft = withoutCheckingDate(this.sample);
		Map<String, Object> first = importProtocol("Smedjebacken", withoutAttendanceList(draft));
		assertThat(notes(first)).extracting(n -> n.get("fact")).containsExactlyInAnyOrder("attendance", "checkingDate");

		Map<String, Object> second = importProtocol("Smedjebacken", draft);

		assertThat(second.get("created")).isEqualTo(false);
		assertThat(notes(second)).extracting(n -> n.get("fact")).containsExactly("checkingDate");
		assertThat(this.jdbc.sql("select fact from reading_note").query(String.class).list()).containsExactly("checkingDate");
	}

	@Test
	void importingTheSameMinutesAgainReturnsTheStoredNotes() {
		importProtocol("Smedjebacken", withoutAttendanceList(this.sample));

		Map<String, Object> again = importProtocol("Smedjebacken", withoutAttendanceList(this.sample));

		assertThat(again.get("created")).isEqualTo(false);
		assertThat(notes(again)).singleElement().satisfies(note -> assertThat(note).containsAllEntriesOf(ATTENDANCE_NOTE_SHAPE));
		assertThat(Database.count(this.jdbc, "reading_note")).isEqualTo(1);
	}

	@Test
	void checkingShowsTheNotesAndStoresNothing() {
		configureSeats("Smedjebacken", "Kommunstyrelsen", 11);

		var check = this.graphQl.documentName("checkProtocol")
			.variable("input", Map.of("municipality", "Smedjebacken", "text", withoutAttendanceList(this.sample)))
			.execute();

		check.path("checkProtocol.readingNotes[0].fact").entity(String.class).isEqualTo("attendance");
		check.path("checkProtocol.readingNotes[0].level").entity(String.class).isEqualTo("WARNING");
		check.path("checkProtocol.findings[*].ruleId").entityList(String.class)
			.satisfies(ids -> assertThat(ids).contains("QUORUM_UNVERIFIABLE").doesNotContain("QUORUM"));
		assertThat(Database.count(this.jdbc, "meeting")).isZero();
		assertThat(Database.count(this.jdbc, "reading_note")).isZero();
	}

	@Test
	void meetingsCanBeFilteredByWhetherTheyHaveReadingNotes() throws IOException {
		long withNotes = this.imports.importProtocol("Smedjebacken", withoutAttendanceList(this.sample)).meetingId();
		long without = this.imports.importProtocol("Mora", read("protocols/mora-ks-au-2023-06-20.txt")).meetingId();

		assertThat(meetingIds(Map.of("hasReadingNotes", true))).containsExactly(String.valueOf(withNotes));
		assertThat(meetingIds(Map.of("hasReadingNotes", false))).containsExactly(String.valueOf(without));
		assertThat(meetingIds(Map.of("hasReadingNotes", true, "municipality", "Mora"))).isEmpty();
		assertThat(meetingIds(Map.of())).hasSize(2);
		this.graphQl.documentName("meetings")
			.variable("filter", Map.of("hasReadingNotes", true))
			.execute()
			.path("meetings.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void paragraphPagesAreStoredAsTheReaderGivesThem() throws IOException {
		String falun = read("protocols/falun-bun-2024-03-05.txt");
		List<Integer> read = this.parser.parse(falun).paragraphs().stream().map(Protocol.Paragraph::page).toList();
		assertThat(read).doesNotContainNull();
		assertThat(read.stream().distinct().count()).as("pages of %s", read).isGreaterThan(1);

		long id = this.imports.importProtocol("Falun", falun).meetingId();

		meeting(id).path("meeting.paragraphs[*].page").entityList(Integer.class).isEqualTo(read);
	}

	/**
	 * Meetings stored before reading notes: changelog 008 derives the notes the reader gives for
	 * what it did not find, so that their next evaluation treats those facts as unknown.
	 */
	@Test
	void notesAreDerivedForMeetingsStoredBeforeThem() throws IOException, SQLException {
		String text = withoutNotice(withoutAttendanceList(this.sample));
		Map<String, Long> ids = Map.of("bare", this.imports.importProtocol("Smedjebacken", text).meetingId(), "full",
				this.imports.importProtocol("Ludvika", this.sample).meetingId());
		Map<Long, List<String>> atImport = factsByMeeting();
		assertThat(atImport.get(ids.get("bare"))).containsExactlyInAnyOrder("attendance", "notice");
		assertThat(atImport).doesNotContainKey(ids.get("full"));

		try (Connection c = TestDatabase.administratorConnection(); Statement sql = c.createStatement()) {
			sql.execute("delete from reading_note");
			sql.execute(backfillStatement());
		}

		assertThat(factsByMeeting()).isEqualTo(atImport);
		configureSeats("Smedjebacken", "Kommunstyrelsen", 11);
		meeting(ids.get("bare")).path("meeting.findings[*].ruleId").entityList(String.class)
			.satisfies(rules -> assertThat(rules).contains("QUORUM_UNVERIFIABLE", "NOTICE_UNVERIFIABLE")
				.doesNotContain("QUORUM", "NOTICE_INCOMPLETE"));
	}

	// ---------------------------------------------------------------- helpers

	private Map<Long, List<String>> factsByMeeting() {
		return this.jdbc.sql("select meeting_id, fact from reading_note order by meeting_id, position")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** The second changeset of 008: the insert that derives the notes of meetings stored before. */
	private static String backfillStatement() throws IOException {
		String changelog = Files.readString(Path.of("src/main/resources/db/changelog/008-reading-notes.sql"));
		String changeset = changelog.substring(changelog.indexOf("--changeset justera:008-reading-notes-of-stored-meetings"));
		return changeset.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
	}

	/** The sample without its list of deciding members (Beslutande ... up to Övriga närvarande). */
	static String withoutAttendanceList(String text) {
		int from = text.indexOf("Beslutande");
		int to = text.indexOf("Övriga närvarande");
		assertThat(from).isPositive().isLessThan(to);
		return text.substring(0, from) + text.substring(to);
	}

	/** The sample as an unchecked draft: no place and time of checking. */
	static String withoutCheckingDate(String text) {
		String line = text.lines().filter(l -> l.startsWith("Justerings plats och tid")).findFirst().orElseThrow();
		return text.replace(line + "\n", "");
	}

	/** The sample without its notice of checked minutes: from ANSLAG/BEVIS to the next bold heading. */
	static String withoutNotice(String text) {
		List<String> lines = text.lines().toList();
		int start = lines.indexOf("**ANSLAG/BEVIS**");
		assertThat(start).as("the notice's first line").isPositive();
		int end = start + 1;
		while (!lines.get(end).startsWith("**")) {
			end++;
		}
		return String.join("\n", lines.subList(0, start)) + "\n" + String.join("\n", lines.subList(end, lines.size()));
	}

	private void configureSeats(String municipality, String body, int seats) {
		this.graphQl.documentName("configureBody")
			.variable("input", Map.of("municipality", municipality, "body", body, "seats", seats))
			.executeAndVerify();
	}

	private Map<String, Object> importProtocol(String municipality, String text) {
		return this.graphQl.documentName("importProtocol")
			.variable("input", Map.of("municipality", municipality, "text", text))
			.execute()
			.path("importProtocol")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private GraphQlTester.Response meeting(Object id) {
		return this.graphQl.documentName("readingNotes").variable("id", String.valueOf(id)).execute();
	}

	@SuppressWarnings("unchecked")
	private List<String> meetingIds(Map<String, Object> filter) {
		return this.graphQl.documentName("meetings")
			.variable("filter", filter)
			.variable("first", 10)
			.execute()
			.path("meetings.edges[*].node.databaseId")
			.entityList(String.class)
			.get();
	}

	private static String read(String resource) throws IOException {
		return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
	}

}
