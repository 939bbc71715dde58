package se.justera.graphql;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.protocol.ProtocolImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain GraphQL POSTs answered at the end of the filter chain, over real HTTP: without Spring MVC's
 * dispatch, and with the answers Spring for GraphQL's handler gives (the same request with a
 * same-origin {@code Origin} header, which a browser sends and which goes that way).
 */
@IntegrationTest
@TestPropertySource(properties = { "justera.graphql.anonymous.request-burst=1000",
		"justera.graphql.anonymous.requests-per-second=1000" })
class DirectGraphQlPostsTests {

	private static final String TRACE = "X-Test-Trace";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Queue<String> dispatched;

	@Autowired
	ProtocolImportService imports;

	long sampleId;

	@BeforeEach
	void importTheSample() throws IOException {
		Database.clear();
		this.sampleId = this.imports.importProtocol("Smedjebacken",
				new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8))
			.meetingId();
		this.dispatched.clear();
	}

	@Test
	void aPlainPostIsAnsweredWithoutSpringMvcsDispatch() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ __typename }\"}", null, null, "plain", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
		assertThat(this.dispatched).doesNotContain("plain");
	}

	@Test
	void aBrowsersPostGoesThroughSpringMvc() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ __typename }\"}", null, origin(), "browser", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.dispatched).contains("browser");
	}

	@Test
	void aGetQueryIsAnsweredDirectlyWithItsCacheHeaders() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("?query="
				+ URLEncoder.encode("{ __typename }", StandardCharsets.UTF_8))).header(TRACE, "get").GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(this.dispatched).doesNotContain("get");
	}

	@Test
	void bothWaysGiveTheSameAnswers() throws Exception {
		String meeting = "{\"query\":\"query($id: ID!) { meeting(id: $id) { date body { name } findings { ruleId severity message } } }\","
				+ "\"variables\":{\"id\":\"" + this.sampleId + "\"}}";
		List<Request> requests = List.of(new Request("{\"query\":\"{ __typename }\"}", null, null),
				new Request(meeting, null, null), new Request(meeting, "application/graphql-response+json", "en"),
				new Request("{\"query\":\"{ nosuchfield }\"}", "application/graphql-response+json", null),
				new Request("{\"query\":\"{ nosuchfield }\"}", "application/json", "en"),
				new Request("{\"query\":\"{ meetings(\"}", "application/graphql-response+json", null),
				new Request("{\"query\":\"{ meetings(first: 5000) { totalCount } }\"}", "*/*", null),
				new Request("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "0".repeat(64) + "\"}}}",
						null, null),
				// not GraphQL requests: judged by Spring's handler either way, the body handed on as it came
				new Request("{\"query\": ", null, null), new Request("[1, 2]", null, null), new Request("{}", null, null),
				new Request("{\"query\":\"{ __typename }\"}", "text/html", null));

		for (Request request : requests) {
			HttpResponse<String> direct = post(request.body(), request.accept(), null, null, request.language());
			HttpResponse<String> throughSpring = post(request.body(), request.accept(), origin(), null, request.language());

			assertThat(direct.statusCode()).as(request.toString()).isEqualTo(throughSpring.statusCode());
			assertThat(direct.headers().firstValue("Content-Type")).as(request.toString())
				.isEqualTo(throughSpring.headers().firstValue("Content-Type"));
			assertThat(direct.body()).as(request.toString()).isEqualTo(throughSpring.body());
		}
	}

	@Test
	void theRequestsTakenDirectlyAreThePlainOnes() {
		assertThat(DirectGraphQlPosts.isJson("application/json")).isTrue();
		assertThat(DirectGraphQlPosts.isJson("Application/JSON; charset=UTF-8")).isTrue();
		assertThat(DirectGraphQlPosts.isJson("application/json;charset=ISO-8859-1")).isFalse();
		assertThat(DirectGraphQlPosts.isJson("application/graphql")).isFalse();
		assertThat(DirectGraphQlPosts.isJson(null)).isFalse();
		assertThat(DirectGraphQlPosts.responseType(null)).isEqualTo("application/json");
		assertThat(DirectGraphQlPosts.responseType("*/*")).isEqualTo("application/json");
		assertThat(DirectGraphQlPosts.responseType("application/graphql-response+json"))
			.isEqualTo("application/graphql-response+json");
		assertThat(DirectGraphQlPosts.responseType("application/graphql-response+json, application/json")).isNull();
	}

	private record Request(String body, String accept, String language) {
	}

	private HttpResponse<String> post(String body, String accept, String origin, String trace, String language)
			throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(""))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (accept != null) {
			builder.header("Accept", accept);
		}
		if (origin != null) {
			builder.header("Origin", origin);
		}
		if (trace != null) {
			builder.header(TRACE, trace);
		}
		if (language != null) {
			builder.header("Accept-Language", language);
		}
		return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The server's own origin: a browser sends it on every POST; it is no cross-origin request. */
	private String origin() {
		return "http://localhost:" + this.port;
	}

	private URI uri(String rest) {
		return URI.create("http://localhost:" + this.port + "/graphql" + rest);
	}

	/** Records the trace header of every request that reaches a Spring MVC handler. */
	@TestConfiguration(proxyBeanMethods = false)
	static class DispatchTrace {

		@Bean
		Queue<String> dispatched() {
			return new ConcurrentLinkedQueue<>();
		}

		@Bean
		WebMvcConfigurer dispatchTrace(Queue<String> dispatched) {
			return new WebMvcConfigurer() {

				@Override
				public void addInterceptors(InterceptorRegistry registry) {
					registry.addInterceptor(new HandlerInterceptor() {

						@Override
						public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
							if (request.getHeader(TRACE) != null) {
								dispatched.add(request.getHeader(TRACE));
							}
							return true;
						}

					});
				}

			};
		}

	}

}
