package se.justera.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import se.justera.ApiClient;
import se.justera.ApiClient.Answer;
import se.justera.JusteraApplication;
import se.justera.TestDatabase;
import se.justera.protocol.ProtocolImportService;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits that keep one client, or one response, from taking the server, with small settings so
 * that a few requests reach them: requests and query cost per anonymous client (each client its
 * own address, through a proxy's X-Forwarded-For), characters and values per response, and the
 * number of anonymous requests running at once.
 */
class AnonymousLimitsTests {

	private static ConfigurableApplicationContext app;

	private static ConfigurableApplicationContext full;

	private static ApiClient api;

	private static String token;

	private static long sampleId;

	@BeforeAll
	static void start() throws IOException {
		Map<String, String> database = TestDatabase.newDatabase("justera_limits");
		app = run(database, Map.of("justera.graphql.anonymous.requests-per-second", "0.001",
				"justera.graphql.anonymous.request-burst", "3", "justera.graphql.anonymous.cost-per-minute", "50000",
				"justera.graphql.max-response-characters", "5000", "justera.graphql.max-result-nodes", "300"));
		// no room for any anonymous request: every one waits its turn and is told the server is busy
		full = run(database, Map.of("justera.graphql.anonymous.max-concurrent", "0",
				"justera.graphql.anonymous.queue-timeout", "100ms"));
		api = new ApiClient(port(app));
		token = app.getBean(LocalTokenIssuer.class).mint("test-clerk", Role.CLERK);
		String sample = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);
		sampleId = app.getBean(ProtocolImportService.class).importProtocol("Smedjebacken", sample).meetingId();
	}

	@AfterAll
	static void stop() {
		full.close();
		app.close();
	}

	@Test
	void anAnonymousClientPastItsBurstIsToldToWait() {
		ApiClient client = api.from("203.0.113.1");
		for (int i = 0; i < 3; i++) {
			assertThat(client.post("{ __typename }").status()).isEqualTo(200);
		}

		Answer refused = client.post("{ __typename }");

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.code()).isEqualTo("RATE_LIMITED");
		assertThat(refused.retryAfter()).matches("\\d+");
		assertThat(api.from("203.0.113.9").stillAnswers()).isTrue();
	}

	@Test
	void anAnonymousDownloadOfAProtocolFileCountsAgainstTheSameLimit() throws Exception {
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		java.net.http.HttpRequest download = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port(app) + "/protocols/" + sampleId + "/source"))
			.header("X-Forwarded-For", "203.0.113.4")
			.build();
		for (int i = 0; i < 3; i++) {
			assertThat(http.send(download, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
		}

		java.net.http.HttpResponse<String> refused = http.send(download, java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("RATE_LIMITED");
	}

	@Test
	void aClientWithATokenIsNotLimitedAsAnonymous() {
		ApiClient client = api.from("203.0.113.2");
		for (int i = 0; i < 6; i++) {
			assertThat(client.post("{ __typename }", Map.of(), null, token).status()).isEqualTo(200);
		}
	}

	@Test
	void anAnonymousClientPastItsQueryCostIsToldToWait() {
		ApiClient client = api.from("203.0.113.3");
		String costly = "{ meetings(first: 100) { edges { node { paragraphs { title caseNumber kind } } } } }";
		assertThat(client.post(costly).errors()).isEmpty();
		assertThat(client.post(costly).errors()).isEmpty();

		Answer refused = client.post(costly);

		assertThat(refused.code()).isEqualTo("RATE_LIMITED");
		assertThat(refused.errors().get(0)).extracting("extensions")
			.satisfies(e -> assertThat(((Map<?, ?>) e).get("retryAfterSeconds")).isInstanceOf(Integer.class));
	}

	@Test
	void aResponseWithMoreTextThanTheLimitIsStoppedWithoutData() {
		Answer answer = api.post("{ meeting(id: " + sampleId + ") { versions { text } } }", Map.of(), null, token);

		assertThat(answer.code()).isEqualTo("RESPONSE_TOO_LARGE");
		assertThat(answer.data()).isNull();
	}

	@Test
	void aResponseWithMoreValuesThanTheLimitIsStoppedWithoutData() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 10; i++) {
			query.append(" m").append(i).append(": meeting(id: ").append(sampleId)
				.append(") { paragraphs { number title kind caseNumber } }");
		}

		Answer answer = api.post(query.append(" }").toString(), Map.of(), null, token);

		assertThat(answer.code()).isEqualTo("RESPONSE_TOO_LARGE");
		assertThat(answer.data()).isNull();
	}

	@Test
	void anAnonymousRequestFindingNoFreePlaceIsToldTheServerIsBusy() {
		ApiClient client = new ApiClient(port(full));

		Answer refused = client.post("{ __typename }");

		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.code()).isEqualTo("SERVER_BUSY");
		assertThat(client.post("{ __typename }", Map.of(), null,
				full.getBean(LocalTokenIssuer.class).mint("test-clerk", Role.CLERK)).status()).isEqualTo(200);
	}

	@Test
	void theRequestsRunningAtOnceAreTwoPerProcessorUnlessSet() {
		int unset = app.getBean(GraphQlLimits.class).anonymous().maxConcurrent();
		int set = full.getBean(GraphQlLimits.class).anonymous().maxConcurrent();

		assertThat(unset).isEqualTo(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
		assertThat(set).isZero();
	}

	private static ConfigurableApplicationContext run(Map<String, String> database, Map<String, String> limits) {
		Map<String, String> properties = new HashMap<>(TestDatabase.appProperties(database));
		properties.putAll(limits);
		properties.put("server.port", "0");
		properties.put("server.forward-headers-strategy", "native");
		return new SpringApplicationBuilder(JusteraApplication.class)
			.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
