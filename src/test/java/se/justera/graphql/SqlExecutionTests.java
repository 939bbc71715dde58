package se.justera.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import se.justera.JusteraApplication;
import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query answered as SQL ({@link SqlExecution}) answers byte for byte as the same query answered
 * field by field: two servers on one generated corpus, one with {@code justera.graphql.sql-execution}
 * off, the same requests to both. And the queries meant to go the SQL way do, the others do not.
 */
class SqlExecutionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static Map<String, String> database;

	private static ConfigurableApplicationContext sql;

	private static ConfigurableApplicationContext usual;

	/** A meeting with findings, paragraphs and attendance (a replacement among it), and one without findings. */
	private static long withFindings;

	private static long withoutFindings;

	@BeforeAll
	static void twoServersOnOneCorpus() throws Exception {
		database = TestDatabase.newDatabase("justera_sql_execution");
		List<String> args = new ArrayList<>(List.of("generate", "--meetings", "60", "--municipalities", "3",
				"--meetings-per-year", "4", "--server.port=0"));
		args.addAll(TestDatabase.appArguments(database));
		sql = new SpringApplicationBuilder(JusteraApplication.class).properties("justera.command=generate")
			.run(args.toArray(String[]::new));
		List<String> usualArgs = new ArrayList<>(List.of("--server.port=0", "--justera.graphql.sql-execution=false"));
		usualArgs.addAll(TestDatabase.appArguments(database));
		usual = new SpringApplicationBuilder(JusteraApplication.class).run(usualArgs.toArray(String[]::new));
		try (Connection c = DriverManager.getConnection(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), database.get("spring.datasource.password"))) {
			withFindings = single(c, """
					select m.id from meeting m where exists (select 1 from finding f where f.meeting_id = m.id and f.present)
					  and exists (select 1 from attendance a where a.meeting_id = m.id and a.replaces_person_id is not null)
					order by m.id limit 1""");
			withoutFindings = single(c, """
					select m.id from meeting m where not exists (select 1 from finding f where f.meeting_id = m.id)
					order by m.id limit 1""");
		}
	}

	@AfterAll
	static void stop() {
		usual.close();
		sql.close();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// meeting detail, everything below written as SQL
			"""
			query ($id: ID!) { meeting(id: $id) { __typename id databaseId date place secretary
			  body { id databaseId name kind municipality { id databaseId name } }
			  paragraphs { id databaseId number title caseNumber heading kind page immediatelyChecked }
			  attendance { person { id name } role party title replaces { name } paragraphs paragraphsNote }
			  findings { id ruleId severity paragraph subject status assignee present } } }""",
			// aliases, a fragment, the same field twice, @skip and @include, an unknown meeting
			"""
			query ($id: ID!, $no: Boolean = false) { first: meeting(id: $id) { day: date ...Parts date }
			  missing: meeting(id: "999999") { date } __typename
			  again: meeting(id: $id) { place @skip(if: $no) secretary @include(if: $no) } }
			fragment Parts on Meeting { body { n: name } ps: paragraphs { number } }""",
			// a page with its count, cursors and page info
			"""
			{ meetings(first: 7) { __typename totalCount edges { __typename cursor node { id date body { name } } }
			  pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } } }""",
			// filtered, oldest first, after a cursor
			"""
			query ($id: ID!) { page: meetings(first: 3, order: OLDEST_FIRST, filter: { hasFindings: true, from: "2016-01-01" }) {
			  totalCount edges { node { id findings { ruleId } } } pageInfo { endCursor hasNextPage } }
			  meeting(id: $id) { date } }""",
			// nothing matches: an empty page, its count 0, no cursors
			"""
			{ meetings(filter: { municipality: "Ingenstans" }) { totalCount edges { node { id } } pageInfo { startCursor endCursor } } }""",
			// findings of a year, with their count, and of one rule, oldest first
			"""
			{ year: findings(filter: { from: "2016-01-01", to: "2017-12-31" }, first: 6) { totalCount __typename
			    edges { cursor node { id ruleId severity paragraph subject status assignee present } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
			  quorum: findings(filter: { ruleId: "QUORUM" }, order: OLDEST_FIRST, first: 3) { edges { node { ruleId } } } }""" })
	void answersAsTheUsualWay(String query) throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", query, "variables", Map.of("id", String.valueOf(withFindings))));
		double before = count(sql, "sql");

		String answer = post(sql, body, "sv");

		assertThat(answer).isEqualTo(post(usual, body, "sv"));
		assertThat(count(sql, "sql")).as("answered as SQL").isEqualTo(before + 1);
	}

	@Test
	void aMeetingAskedForByItsGlobalIdIsAnsweredAsSqlWithTheSameGlobalIds() throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", """
				query ($id: ID!) { meeting(id: $id) { id databaseId body { id municipality { id } }
				  findings { id databaseId } } meetings(first: 3) { edges { node { id databaseId } } } }""",
				"variables", Map.of("id", GlobalId.of("Meeting", withFindings))));
		double before = count(sql, "sql");

		String answer = post(sql, body, "sv");

		assertThat(answer).isEqualTo(post(usual, body, "sv")).contains("\"id\":\"" + GlobalId.of("Meeting", withFindings) + "\"");
		assertThat(count(sql, "sql")).as("answered as SQL").isEqualTo(before + 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "meetings", "findings" })
	void theNextPageStartsAfterTheCursor(String list) throws Exception {
		String first = post(sql, JSON.writeValueAsString(Map.of("query", "{ " + list + "(first: 4) { pageInfo { endCursor } } }")), "sv");
		String cursor = JSON.readTree(first).at("/data/" + list + "/pageInfo/endCursor").asString();
		String body = JSON.writeValueAsString(Map.of("query",
				"query ($after: String) { " + list + "(first: 4, after: $after) { edges { cursor node { id } } pageInfo { hasPreviousPage } } }",
				"variables", Map.of("after", cursor)));

		String answer = post(sql, body, "sv");

		assertThat(answer).isEqualTo(post(usual, body, "sv")).contains("\"hasPreviousPage\":true").doesNotContain(cursor);
	}

	@Test
	void theComplianceSummaryCountsTheMeetingsOfThePageAlone() throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", "{ meetings(first: 2) { edges { node { id } } } }"));

		String answer = post(sql, body, "sv");

		assertThat(answer).isEqualTo(post(usual, body, "sv")).contains("\"extensions\":{\"compliance\"");
	}

	@Test
	void aMeetingWithoutFindingsHasAnEmptyListAndSummary() throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", "query ($id: ID!) { meeting(id: $id) { findings { ruleId } } }",
				"variables", Map.of("id", String.valueOf(withoutFindings))));

		String answer = post(sql, body, "en");

		assertThat(answer).isEqualTo(post(usual, body, "en")).contains("\"findings\":[]");
	}

	@Test
	void meetingsFilteredBySeverityAreThoseWithAPresentFindingOfIt() throws Exception {
		List<String> expected = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), database.get("spring.datasource.password"));
				ResultSet rs = c.createStatement().executeQuery("""
						select m.id from meeting m where exists
						  (select 1 from finding f where f.meeting_id = m.id and f.present and f.severity = 'VIOLATION')""")) {
			while (rs.next()) {
				expected.add(rs.getString(1));
			}
		}
		String body = JSON.writeValueAsString(Map.of("query",
				"{ meetings(first: 100, filter: { severity: VIOLATION }) { edges { node { databaseId } } } }"));

		String answer = post(sql, body, "sv");

		assertThat(answer).isEqualTo(post(usual, body, "sv"));
		List<String> found = new ArrayList<>();
		JSON.readTree(answer).at("/data/meetings/edges").forEach(edge -> found.add(edge.at("/node/databaseId").asString()));
		assertThat(found).isNotEmpty().hasSizeLessThan(60).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// a field no feature writes as SQL (the chair, a finding's message in the request's language)
			"{ meeting(id: \"%d\") { date chair { name } } }",
			"{ meeting(id: \"%d\") { findings { ruleId message } } }",
			// a root field that is not written as SQL beside one that is
			"{ meeting(id: \"%d\") { date } municipalities { name } }",
			// refused arguments keep their usual errors and codes
			"{ meeting(id: \"abc%d\") { date } }",
			"{ meetings(first: 500) { totalCount } m: meeting(id: \"%d\") { date } }",
			"{ meetings(after: \"not-a-cursor-%d\") { totalCount } }" })
	void runsTheUsualWayWhatItCannotWriteAsSql(String template) throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", template.formatted(withFindings)));
		double before = count(sql, "usual");

		String answer = post(sql, body, "en");

		assertThat(answer).isEqualTo(post(usual, body, "en"));
		assertThat(count(sql, "usual")).as("answered the usual way").isEqualTo(before + 1);
	}

	private static String post(ConfigurableApplicationContext app, String body, String language) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private static double count(ConfigurableApplicationContext app, String way) {
		var counter = app.getBean(MeterRegistry.class).find("justera.graphql.sql.queries").tag("way", way).counter();
		return counter == null ? 0 : counter.count();
	}

	private static long single(Connection c, String query) throws Exception {
		try (ResultSet rs = c.createStatement().executeQuery(query)) {
			assertThat(rs.next()).as(query).isTrue();
			return rs.getLong(1);
		}
	}

}
