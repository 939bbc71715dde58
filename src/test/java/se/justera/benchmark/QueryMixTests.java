package se.justera.benchmark;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.justera.JusteraApplication;
import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's claim "same result" holds: on a generated corpus of its own, every query of the
 * mix answers over HTTP as its floor does over JDBC, for several inputs, and not only with empty
 * answers. The corpus is the 48 largest municipalities, one meeting per body a year for five years,
 * so that every municipality, body and year the mix asks for has meetings.
 */
class QueryMixTests {

	private static final int MEETINGS = 48 * 8 * 5;

	private static Map<String, String> database;

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void generateTheCorpusAndServeIt() {
		database = TestDatabase.newDatabase("justera_query_mix");
		List<String> args = new ArrayList<>(List.of("generate", "--meetings", String.valueOf(MEETINGS), "--municipalities",
				"48", "--meetings-per-year", "1", "--server.port=0"));
		args.addAll(TestDatabase.appArguments(database));
		app = new SpringApplicationBuilder(JusteraApplication.class).properties("justera.command=generate")
			.run(args.toArray(String[]::new));
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void theGeneratorWritesTheMunicipalitiesAndYearsItIsAskedFor() throws SQLException {
		try (Connection c = connect()) {
			List<String> corpus = QueryMix.strings(c, """
					select count(*) || ' meetings, ' || count(distinct mu.id) || ' municipalities, '
					|| min(extract(year from m.meeting_date)) || '-' || max(extract(year from m.meeting_date))
					from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id""");

			assertThat(corpus).containsExactly(MEETINGS + " meetings, 48 municipalities, 2015-2019");
		}
	}

	@TestFactory
	Stream<DynamicTest> everyQueryOfTheMixAnswersAsItsFloor() throws SQLException {
		QueryMix mix;
		try (Connection c = connect()) {
			mix = QueryMix.of(c, MEETINGS / 2);
		}
		return mix.queries().stream().map(query -> DynamicTest.dynamicTest(query.name(), () -> {
			List<Object> apiAnswers = new ArrayList<>();
			List<Object> floorAnswers = new ArrayList<>();
			try (HttpConnection http = new HttpConnection(graphQl()); Connection c = connect()) {
				for (int seed = 0; seed < 10; seed++) {
					apiAnswers.add(query.askApi(http, new Random(seed)));
					floorAnswers.add(query.floor().answer(c, new Random(seed)));
				}
			}

			assertThat(apiAnswers).isEqualTo(floorAnswers);
			assertThat(apiAnswers).as("some answer has more than one value").anyMatch(answer -> values(answer) > 1
					|| answer instanceof String);
		}));
	}

	/** How many plain values an answer holds, in lists within lists. */
	private static int values(Object answer) {
		return answer instanceof List<?> list ? list.stream().mapToInt(QueryMixTests::values).sum() : 1;
	}

	private static URI graphQl() {
		return URI.create("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/graphql");
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(database.get("spring.datasource.url"), database.get("spring.datasource.username"),
				database.get("spring.datasource.password"));
	}

}
