package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.graphql.GlobalId;
import se.justera.Tokens;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** importProtocol over HTTP against PostgreSQL: whole or nothing, idempotent, clear errors. */
@IntegrationTest
class ProtocolImportTests {

	static final String SAMPLE = "demo/smedjebacken-ks-2023-12-12.txt";

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		this.graphQl = Tokens.as(graphQl, tokens, Role.CLERK);
	}

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyDatabase() {
		Database.clear();
	}

	@Test
	void importingTheSampleStoresTheMeeting() throws IOException {
		Map<String, Object> payload = importProtocol("Smedjebacken", read(SAMPLE));

		assertThat(payload.get("created")).isEqualTo(true);
		assertThat(payload.get("meeting")).isEqualTo(Map.of("id", GlobalId.of("Meeting", 1), "databaseId", "1", "date", "2023-12-12", "startsAt", "08:30",
				"endsAt", "11:00", "place", "Kommunhuset, sammanträdesrum 1", "body",
				Map.of("name", "Kommunstyrelsen", "kind", "EXECUTIVE_BOARD", "municipality", Map.of("name", "Smedjebacken")),
				"chair", Map.of("name", "Fredrik Rönning")));
	}

	@Test
	void importingTheSameMinutesAgainCreatesNothing() throws IOException {
		Map<String, Object> first = importProtocol("Smedjebacken", read(SAMPLE));

		Map<String, Object> second = importProtocol("smedjebacken", read(SAMPLE));

		assertThat(second.get("created")).isEqualTo(false);
		assertThat(meetingId(second)).isEqualTo(meetingId(first));
		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(1);
		assertThat(Database.count(this.jdbc, "paragraph")).isEqualTo(13);
	}

	@Test
	void twoImportsOfTheSameMinutesAtOnceYieldOneMeeting() throws Exception {
		String text = read(SAMPLE);
		CompletableFuture<Map<String, Object>> a = CompletableFuture.supplyAsync(() -> importProtocol("Smedjebacken", text));
		CompletableFuture<Map<String, Object>> b = CompletableFuture.supplyAsync(() -> importProtocol("Smedjebacken", text));

		List<Object> created = List.of(a.get().get("created"), b.get().get("created"));

		assertThat(created).containsExactlyInAnyOrder(true, false);
		assertThat(meetingId(a.get())).isEqualTo(meetingId(b.get()));
		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(1);
	}

	@Test
	void otherContentForStoredMinutesIsRefused() throws IOException {
		importProtocol("Smedjebacken", read(SAMPLE));
		String changed = read(SAMPLE).replace("Förmånscykel till medarbetare.....", "Förmånscykel.....");

		List<ResponseError> errors = importErrors("Smedjebacken", changed);

		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "CONFLICT");
			assertThat(error.getMessage()).contains("already stored");
		});
		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(1);
	}

	@Test
	void theSameMinutesForAnotherMunicipalityAreAnotherMeeting() throws IOException {
		importProtocol("Smedjebacken", read(SAMPLE));

		Map<String, Object> other = importProtocol("Ludvika", read(SAMPLE));

		assertThat(other.get("created")).isEqualTo(true);
		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badProtocols")
	void badInputIsRefusedWithWhatAndWhereAndStoresNothing(String name, String text, String says, Integer line) {
		List<ResponseError> errors = importErrors("Smedjebacken", text);

		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "INVALID_PROTOCOL");
			assertThat(error.getMessage()).contains(says);
			assertThat(error.getExtensions().get("line")).isEqualTo(line);
		});
		assertThat(Database.count(this.jdbc, "municipality")).isZero();
		assertThat(Database.count(this.jdbc, "meeting")).isZero();
	}

	static Stream<Arguments> badProtocols() throws IOException {
		String sample = read(SAMPLE);
		List<String> lines = List.of(sample.split("\n", -1));
		int agenda = lines.indexOf("**Ärendelista**");
		int p162 = lines.lastIndexOf("§ 162");
		int p170 = lines.lastIndexOf("§ 170");
		int p171 = lines.lastIndexOf("§ 171");
		int p173 = lines.lastIndexOf("§ 173");
		int posted = indexOfContaining(lines, "Datum då anslaget sätts upp");
		String duplicated = String.join("\n", lines.subList(0, p171)) + "\n"
				+ String.join("\n", lines.subList(p170, p171)) + "\n" + String.join("\n", lines.subList(p171, lines.size()));
		return Stream.of(Arguments.of("empty", "", "empty", null),
				Arguments.of("blank", " \n\n \t\n", "empty", null),
				Arguments.of("binary", "PK\u0003\u0004\u0000\u0000binary", "binary", 1),
				Arguments.of("no header", String.join("\n", lines.subList(p162, lines.size())), "No header", 1),
				Arguments.of("impossible date", sample.replace("sätts upp 2023-12-15", "sätts upp 2023-02-30"),
						"Impossible date '2023-02-30'", posted + 1),
				Arguments.of("paragraph twice", duplicated, "§ 170 appears twice", p171 + 1),
				Arguments.of("truncated", String.join("\n", lines.subList(0, p173)), "truncated", p173),
				Arguments.of("too large", sample + "x".repeat(2_000_000), "the limit is 2000000", null),
				Arguments.of("agenda only", String.join("\n", lines.subList(0, agenda + 30)), "No paragraphs", agenda + 30));
	}

	@Test
	void badInputDoesNotDisturbWhatIsStored() throws IOException {
		importProtocol("Smedjebacken", read(SAMPLE));

		importErrors("Smedjebacken", read(SAMPLE).replace("§ 174", "§ 173"));

		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(1);
		assertThat(Database.count(this.jdbc, "paragraph")).isEqualTo(13);
	}

	@Test
	void aMissingMunicipalityIsRefused() throws IOException {
		List<ResponseError> errors = importErrors(" ", read(SAMPLE));

		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "INVALID_PROTOCOL");
			assertThat(error.getMessage()).contains("municipality is missing");
		});
	}

	@Test
	void protocolsOfOtherLayoutsAreStored() throws IOException {
		for (String name : List.of("ludvika-kf-2024-02-26", "falun-bun-2024-03-05", "mora-ks-au-2023-06-20")) {
			importProtocol(name.substring(0, name.indexOf('-')), read("protocols/" + name + ".txt"));
		}

		assertThat(Database.count(this.jdbc, "meeting")).isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from ballot b join vote v on v.id = b.vote_id where v.yes_count = 26")
			.query(Integer.class)
			.single()).isEqualTo(49);
		assertThat(Database.count(this.jdbc, "recusal")).isGreaterThanOrEqualTo(5);
		assertThat(Database.count(this.jdbc, "reservation")).isGreaterThanOrEqualTo(6);
	}

	static int indexOfContaining(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		throw new IllegalArgumentException(text);
	}

	Map<String, Object> importProtocol(String municipality, String text) {
		return this.graphQl.documentName("importProtocol")
			.variable("input", Map.of("municipality", municipality, "text", text))
			.execute()
			.path("importProtocol")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	List<ResponseError> importErrors(String municipality, String text) {
		List<ResponseError>[] captured = new List[1];
		this.graphQl.documentName("importProtocol")
			.variable("input", Map.of("municipality", municipality, "text", text))
			.execute()
			.errors()
			.satisfy(errors -> captured[0] = errors);
		return captured[0];
	}

	@SuppressWarnings("unchecked")
	static Object meetingId(Map<String, Object> payload) {
		return ((Map<String, Object>) payload.get("meeting")).get("id");
	}

	static String read(String resource) throws IOException {
		return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
	}

}
