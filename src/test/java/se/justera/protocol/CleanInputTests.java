package se.justera.protocol;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.Tokens;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that look the same are the same over HTTP: one municipality, one body, one person, however
 * their letters are composed or spaced; a name that is not one line of text is refused; a figure
 * that does not fit is refused with its line.
 */
@IntegrationTest
class CleanInputTests {

	static final String JONKOPING = "J\u00f6nk\u00f6ping";

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		this.graphQl = Tokens.as(graphQl, tokens, Role.ADMINISTRATOR);
	}

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyDatabase() {
		Database.clear();
	}

	@Test
	void fourSpellingsOfJonkopingAreOneMunicipalityWithOneMeeting() throws IOException {
		String text = ProtocolImportTests.read(ProtocolImportTests.SAMPLE);
		List<String> spellings = List.of(JONKOPING, Normalizer.normalize(JONKOPING, Normalizer.Form.NFD),
				JONKOPING + "\u00a0", "J\u00f6nk\u200b\u00f6ping");

		List<Object> created = spellings.stream().map(name -> importProtocol(name, text).get("created")).toList();

		assertThat(created).containsExactly(true, false, false, false);
		assertThat(this.jdbc.sql("select name from municipality").query(String.class).list()).containsExactly(JONKOPING);
		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(1);
		assertThat(Database.count(this.jdbc, "meeting_version")).isEqualTo(1);
	}

	@Test
	void theOtherWaysInMatchTheCanonicalName() throws IOException {
		importProtocol(JONKOPING, ProtocolImportTests.read(ProtocolImportTests.SAMPLE));
		String nfd = Normalizer.normalize(JONKOPING, Normalizer.Form.NFD);

		Object id = this.jdbc.sql("select id from municipality").query(Long.class).single().toString();
		this.graphQl.documentName("createMunicipality").variable("name", " " + nfd + "\u200b").execute()
			.path("createMunicipality.databaseId").entity(String.class).isEqualTo((String) id);
		this.graphQl.documentName("createBody")
			.variable("input", Map.of("municipality", nfd, "name", "Kommun\u00adstyrelsen\u00a0", "kind", "EXECUTIVE_BOARD"))
			.execute()
			.path("createBody.name").entity(String.class).isEqualTo("Kommunstyrelsen");
		this.graphQl.documentName("configureBody")
			.variable("input", Map.of("municipality", nfd + "\u2009", "body", "Kommun\u200bstyrelsen", "seats", 11))
			.execute()
			.path("configureBody.reevaluatedMeetings").entity(Integer.class).isEqualTo(1);
		this.graphQl.documentName("meetings").variable("filter", Map.of("municipality", nfd, "body", "\u00a0Kommun\u00adstyrelsen"))
			.execute()
			.path("meetings.totalCount").entity(Integer.class).isEqualTo(1);

		assertThat(Database.count(this.jdbc, "municipality")).isEqualTo(1);
		assertThat(Database.count(this.jdbc, "body")).isEqualTo(1);
		assertThat(this.jdbc.sql("select seats from body").query(Integer.class).single()).isEqualTo(11);
	}

	@Test
	void aPersonIsOnePersonHoweverTheListsSpaceAndComposeTheName() throws IOException {
		String sample = ProtocolImportTests.read(ProtocolImportTests.SAMPLE);
		importProtocol("Smedjebacken", sample);
		int people = Database.count(this.jdbc, "person");
		// a member in the attendance list with a thin space and a decomposed Ö, as checker with a zero-width space
		String respaced = sample.replace("Birgitta Ericsson Granqvist (M)", "Birgitta\u2009Ericsson\u00a0Granqvist (M)")
			.replace("Justerare Birgitta Ericsson Granqvist", "Justerare Birgitta Ericsson\u200b Granqvist")
			.replace("Mats \u00d6hlin (V)", "Mats O\u0308hlin (V)");
		assertThat(respaced).isNotEqualTo(sample);

		importProtocol("Ludvika", respaced);

		assertThat(this.jdbc.sql("""
				select count(*) from person p join municipality mu on mu.id = p.municipality_id where mu.name = 'Ludvika'""")
			.query(Integer.class)
			.single()).isEqualTo(people);
		assertThat(this.jdbc.sql("select count(*) from person where name in ('Birgitta Ericsson Granqvist', 'Mats \u00d6hlin')")
			.query(Integer.class)
			.single()).isEqualTo(4);
		// the checker is among the deciding members: the rule that says otherwise stays silent
		assertThat(this.jdbc.sql("select count(*) from finding where rule_id = 'CHECKER_NOT_PRESENT'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void theSameTextInAnotherUnicodeFormIsTheSameMinutesAndTheTextAsSentIsKept() throws IOException {
		String sample = ProtocolImportTests.read(ProtocolImportTests.SAMPLE);
		importProtocol("Smedjebacken", sample);
		String decomposed = "\ufeff" + Normalizer.normalize(sample, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(sample);

		Map<String, Object> again = importProtocol("Smedjebacken", decomposed);

		assertThat(again.get("created")).isEqualTo(false);
		assertThat(Database.count(this.jdbc, "meeting_version")).isEqualTo(1);
		assertThat(this.jdbc.sql("select text from protocol_source").query(String.class).single()).isEqualTo(sample);
		assertThat(this.jdbc.sql("select sha256 from meeting_version").query(String.class).single())
			.isEqualTo(ProtocolImportService.sha256(sample));
	}

	@Test
	void aNameWithAControlCharacterIsBadUserInputSayingWhichArgument() throws IOException {
		String sample = ProtocolImportTests.read(ProtocolImportTests.SAMPLE);

		List<ResponseError> imported = errors("importProtocol",
				Map.of("input", Map.of("municipality", "J\u00f6nk\u00f6ping\n2026-12-01 INFO forged", "text", sample)));
		List<ResponseError> created = errors("createMunicipality", Map.of("name", "Ludvika\r"));
		List<ResponseError> body = errors("createBody",
				Map.of("input", Map.of("municipality", "Ludvika", "name", "Kommun\tstyrelsen", "kind", "EXECUTIVE_BOARD")));
		List<ResponseError> filtered = errors("meetings", Map.of("filter", Map.of("body", "Kommunstyrelsen\n")));

		assertThat(imported).singleElement().satisfies(e -> {
			assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(e.getMessage()).startsWith("input.municipality innehåller styrtecknet U+000A på position 10");
		});
		assertThat(created).singleElement().satisfies(e -> {
			assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(e.getMessage()).startsWith("name innehåller styrtecknet U+000D");
		});
		assertThat(body).singleElement().satisfies(e -> {
			assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(e.getMessage()).startsWith("input.name innehåller styrtecknet U+0009");
		});
		assertThat(filtered).singleElement().satisfies(e -> {
			assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(e.getMessage()).startsWith("filter.body innehåller styrtecknet");
		});
		assertThat(Database.count(this.jdbc, "municipality")).isZero();
	}

	@Test
	void aBudgetFigureThatDoesNotFitIsRefusedWithItsLineAndNothingIsStored() throws IOException {
		String sample = ProtocolImportTests.read(ProtocolImportTests.SAMPLE);
		List<String> lines = List.of(sample.split("\n", -1));
		int row = ProtocolImportTests.indexOfContaining(lines, "Verksamhetens int\u00e4kter\t68 148");
		String huge = sample.replaceFirst("Verksamhetens int\u00e4kter\t68 148", "Verksamhetens int\u00e4kter\t68148000000000000000");

		List<ResponseError> errors = errors("importProtocol", Map.of("input", Map.of("municipality", "Smedjebacken", "text", huge)));

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getExtensions()).containsEntry("code", "INVALID_PROTOCOL").containsEntry("line", row + 1);
			assertThat(e.getMessage()).contains("Budget figure '68148000000000000000' is out of range");
		});
		assertThat(Database.count(this.jdbc, "municipality")).isZero();
		assertThat(Database.count(this.jdbc, "meeting")).isZero();
	}

	@Test
	void aFigureJustInsideTheIntRangeIsStoredAndServed() throws IOException {
		String sample = ProtocolImportTests.read(ProtocolImportTests.SAMPLE);
		String large = sample.replaceFirst("Verksamhetens int\u00e4kter\t68 148", "Verksamhetens int\u00e4kter\t2 147 483 647");
		String tooLarge = sample.replaceFirst("Verksamhetens int\u00e4kter\t68 148", "Verksamhetens int\u00e4kter\t2 147 483 648");

		importProtocol("Smedjebacken", large);

		assertThat(this.jdbc.sql("select max(period_budget) from budget_line").query(Long.class).single())
			.isEqualTo(2_147_483_647L);
		this.graphQl.document("{ budgetLines(filter: { label: \"Verksamhetens int\u00e4kter\" }, first: 1) { edges { node { periodBudget } } } }")
			.execute()
			.path("budgetLines.edges[0].node.periodBudget").entity(Long.class).isEqualTo(2_147_483_647L);
		assertThat(errors("importProtocol", Map.of("input", Map.of("municipality", "Ludvika", "text", tooLarge))))
			.singleElement()
			.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_PROTOCOL"));
	}

	@Test
	void aStoredFigureBeyondTheIntRangeIsAnErrorWhenServedNotAWrappedValue() throws IOException {
		importProtocol("Smedjebacken", ProtocolImportTests.read(ProtocolImportTests.SAMPLE));
		// stored before figures were bounded, or written by other means than the parser
		this.jdbc.sql("update budget_line set period_budget = 3000000000 where label = 'Verksamhetens int\u00e4kter'").update();

		var response = this.graphQl
			.document("{ budgetLines(filter: { label: \"Verksamhetens int\u00e4kter\" }, first: 1) { edges { node { periodBudget } } } }")
			.execute();

		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getMessage()).contains("Int");
			assertThat(e.getPath()).isEqualTo("budgetLines.edges[0].node.periodBudget");
		}));
		response.path("budgetLines.edges[0].node.periodBudget").valueIsNull();
	}

	@Test
	void aNulInTheTextIsInvalidProtocolWithItsLine() throws IOException {
		String sample = ProtocolImportTests.read(ProtocolImportTests.SAMPLE);
		List<String> lines = List.of(sample.split("\n", -1));
		int place = ProtocolImportTests.indexOfContaining(lines, "Plats och tid");
		String withNul = sample.replaceFirst("Plats och tid", "Plats och\u0000tid");

		List<ResponseError> errors = errors("importProtocol", Map.of("input", Map.of("municipality", "Smedjebacken", "text", withNul)));

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getExtensions()).containsEntry("code", "INVALID_PROTOCOL").containsEntry("line", place + 1);
			assertThat(e.getMessage()).contains("U+0000");
		});
		assertThat(Database.count(this.jdbc, "meeting")).isZero();
	}

	@Test
	void aParagraphNumberThatDoesNotFitIsRefusedWithItsLine() throws IOException {
		String sample = ProtocolImportTests.read(ProtocolImportTests.SAMPLE);
		List<String> lines = List.of(sample.split("\n", -1));
		int p174 = lines.lastIndexOf("§ 174");
		String huge = String.join("\n", lines.subList(0, p174)) + "\n§ 99999999999\n"
				+ String.join("\n", lines.subList(p174 + 1, lines.size()));

		List<ResponseError> errors = errors("importProtocol", Map.of("input", Map.of("municipality", "Smedjebacken", "text", huge)));

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getExtensions()).containsEntry("code", "INVALID_PROTOCOL").containsEntry("line", p174 + 1);
			assertThat(e.getMessage()).contains("99999999999 is out of range");
		});
	}

	Map<String, Object> importProtocol(String municipality, String text) {
		return this.graphQl.documentName("importProtocol")
			.variable("input", Map.of("municipality", municipality, "text", text))
			.execute()
			.path("importProtocol")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	List<ResponseError> errors(String document, Map<String, Object> variables) {
		List<ResponseError>[] captured = new List[1];
		var request = this.graphQl.documentName(document);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().errors().satisfy(errors -> captured[0] = errors);
		return captured[0];
	}

}
