package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.Tokens;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static se.justera.protocol.ImportPayloads.meetingId;
import static se.justera.protocol.ImportPayloads.notes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text that names another municipality than the one given is caught before it is stored:
 * importProtocol refuses it (MUNICIPALITY_MISMATCH) unless confirmed, checkProtocol shows the
 * warning and the finding, a confirmed import keeps both. The reader notes the municipality a page
 * header prints ("MORA KOMMUN", see {@link PrintedMunicipality#note}).
 */
@IntegrationTest
class MunicipalityMismatchTests {

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		this.graphQl = Tokens.as(graphQl, tokens, Role.ADMINISTRATOR);
	}

	@Autowired
	JdbcClient jdbc;

	/** Mora kommunstyrelsens arbetsutskott; its first line of text reads "MORA KOMMUN". */
	String mora;

	/** The line that names the municipality. */
	int moraLine;

	@BeforeEach
	void emptyDatabase() throws IOException {
		Database.clear();
		this.mora = new ClassPathResource("protocols/mora-ks-au-2023-06-20.txt").getContentAsString(StandardCharsets.UTF_8);
		this.moraLine = this.mora.lines().toList().indexOf(
				this.mora.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow()) + 1;
		assertThat(this.mora.lines().skip(this.moraLine - 1).findFirst().orElseThrow()).startsWith("MORA KOMMUN");
	}

	@Test
	void minutesNamingAnotherMunicipalityAreRefusedAndNothingIsStored() {
		List<ResponseError> errors = importErrors(input("Ludvika", this.mora, null));

		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "MUNICIPALITY_MISMATCH")
				.containsEntry("municipality", "Ludvika")
				.containsEntry("printedMunicipality", "MORA KOMMUN")
				.containsEntry("line", this.moraLine);
			assertThat(error.getMessage()).contains("'MORA KOMMUN'", "'Ludvika'", "confirmMunicipality: true");
		});
		assertThat(Database.count(this.jdbc, "municipality")).isZero();
		assertThat(Database.count(this.jdbc, "meeting")).isZero();
		assertThat(this.jdbc.sql("select error_code from audit_log where operation = 'importProtocol' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("MUNICIPALITY_MISMATCH");
	}

	@Test
	void confirmingFalseIsTheDefault() {
		assertThat(importErrors(input("Ludvika", this.mora, false)))
			.singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "MUNICIPALITY_MISMATCH"));
	}

	@Test
	void minutesOfTheMunicipalityGivenAreStoredWithTheNoteAndNoWarning() {
		Map<String, Object> payload = importProtocol(input("Mora", this.mora, null));

		assertThat(payload.get("created")).isEqualTo(true);
		assertThat(notes(payload)).singleElement().satisfies(note -> {
			assertThat(note).containsEntry("level", "INFO").containsEntry("fact", "municipality")
				.containsEntry("line", this.moraLine);
			assertThat((String) note.get("message")).contains("'MORA KOMMUN'");
		});
		meeting(meetingId(payload)).path("meeting.findings[*].ruleId").entityList(String.class)
			.satisfies(ids -> assertThat(ids).doesNotContain("MUNICIPALITY_MISMATCH"));
	}

	@Test
	void aConfirmedImportKeepsTheWarningAndTheFinding() {
		Map<String, Object> payload = importProtocol(input("Ludvika", this.mora, true));

		assertThat(payload.get("created")).isEqualTo(true);
		assertThat(notes(payload)).singleElement().satisfies(note -> {
			assertThat(note).containsEntry("level", "WARNING").containsEntry("fact", "municipality")
				.containsEntry("line", this.moraLine);
			assertThat((String) note.get("message")).contains("'MORA KOMMUN'", "not 'Ludvika'");
		});
		assertWarnedAboutMora(meeting(meetingId(payload)));

		// the warning is stored: evaluated again from the database, the finding stays
		this.graphQl.documentName("configureBody")
			.variable("input", Map.of("municipality", "Ludvika", "body", "Kommunstyrelsens arbetsutskott", "seats", 5))
			.executeAndVerify();
		assertWarnedAboutMora(meeting(meetingId(payload)));
		assertThat(this.jdbc.sql("select level from reading_note where fact = 'municipality'").query(String.class).single())
			.isEqualTo("WARNING");
	}

	@Test
	void checkingShowsTheWarningAndTheFindingWithoutRefusing() {
		var check = this.graphQl.documentName("checkProtocol").variable("input", input("Ludvika", this.mora, null)).execute();

		check.path("checkProtocol.readingNotes[?(@.fact == 'municipality')].level").entityList(String.class)
			.containsExactly("WARNING");
		check.path("checkProtocol.findings[?(@.ruleId == 'MUNICIPALITY_MISMATCH')].severity").entityList(String.class)
			.containsExactly("WARNING");
		check.path("checkProtocol.findings[?(@.ruleId == 'MUNICIPALITY_MISMATCH')].subject").entityList(String.class)
			.containsExactly("MORA KOMMUN");
		assertThat(Database.count(this.jdbc, "meeting")).isZero();
	}

	@Test
	void aCorrectionThatNamesAnotherMunicipalityIsRefusedUnlessConfirmed() {
		importProtocol(input("Ludvika", this.mora, true));
		String corrected = this.mora.replace("sammanträdesrum Zorn", "sammanträdesrum Siljan");
		assertThat(corrected).isNotEqualTo(this.mora);
		Map<String, Object> correction = new HashMap<>(input("Ludvika", corrected, null));
		correction.put("reason", "the room was wrong");

		List<ResponseError> errors = new ArrayList<>();
		this.graphQl.documentName("correctProtocol")
			.variable("input", correction)
			.execute()
			.errors()
			.satisfy(errors::addAll);
		assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "MUNICIPALITY_MISMATCH"));
		assertThat(Database.count(this.jdbc, "meeting_version")).isEqualTo(1);

		correction.put("confirmMunicipality", true);
		this.graphQl.documentName("correctProtocol")
			.variable("input", correction)
			.execute()
			.path("correctProtocol.version")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	private static void assertWarnedAboutMora(GraphQlTester.Response meeting) {
		meeting.path("meeting.findings[?(@.ruleId == 'MUNICIPALITY_MISMATCH')]")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.satisfies(findings -> assertThat(findings).singleElement().satisfies(f -> {
				assertThat(f).containsEntry("severity", "WARNING").containsEntry("subject", "MORA KOMMUN");
				assertThat((String) f.get("message")).contains("'MORA KOMMUN'", "Ludvika");
			}));
	}

	private static Map<String, Object> input(String municipality, String text, Boolean confirm) {
		Map<String, Object> input = new HashMap<>();
		input.put("municipality", municipality);
		input.put("text", text);
		if (confirm != null) {
			input.put("confirmMunicipality", confirm);
		}
		return input;
	}

	private Map<String, Object> importProtocol(Map<String, Object> input) {
		return this.graphQl.documentName("importProtocol")
			.variable("input", input)
			.execute()
			.path("importProtocol")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private List<ResponseError> importErrors(Map<String, Object> input) {
		List<ResponseError> errors = new ArrayList<>();
		this.graphQl.documentName("importProtocol").variable("input", input).execute().errors().satisfy(errors::addAll);
		return errors;
	}

	private GraphQlTester.Response meeting(Object id) {
		return this.graphQl.documentName("readingNotes").variable("id", String.valueOf(id)).execute();
	}

}
