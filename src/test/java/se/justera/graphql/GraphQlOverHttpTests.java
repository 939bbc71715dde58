package se.justera.graphql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import se.justera.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as front ends and caches expect it, over real HTTP: GET for queries (never
 * mutations), the graphql-response+json status codes, Apollo's automatic persisted queries, CORS
 * for configured origins, and an extensions.code with a message in the client's language on every error.
 */
@IntegrationTest
@TestPropertySource(properties = "justera.cors.allowed-origins=https://front.example")
class GraphQlOverHttpTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	RouterFunctionMapping graphQlRoutes;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping controllers;

	@Test
	void aGraphQlRequestFindsItsRouteBeforeTheControllersAreSearched() {
		assertThat(this.graphQlRoutes.getOrder()).isLessThan(this.controllers.getOrder());
	}

	@Test
	void aGetQueryIsAnsweredWithHeadersForACache() throws Exception {
		HttpResponse<String> response = get("query=" + encode("{ __typename }"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body(response)).containsEntry("data", Map.of("__typename", "Query"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(response.headers().firstValue("Vary").orElse("")).contains("Authorization").contains("Accept-Language");
	}

	@Test
	void aGetTakesVariablesAsJson() throws Exception {
		HttpResponse<String> response = get("query=" + encode("query($id: ID!) { meeting(id: $id) { id } }")
				+ "&variables=" + encode("{\"id\":\"abc\"}"));

		assertThat(code(response)).isEqualTo("BAD_USER_INPUT");
		assertThat(message(response)).startsWith("id: 'abc' (3 tecken) är inget id");
	}

	@Test
	void aMutationByGetIs405() throws Exception {
		HttpResponse<String> response = get("query=" + encode("mutation { reloadRules { success } }"));

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(code(response)).isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void aSyntaxErrorIs400ForAGraphQlResponseClient() throws Exception {
		HttpResponse<String> response = post(Map.of("query", "{ meetings("), "application/graphql-response+json", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/graphql-response+json");
		assertThat(code(response)).isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void aBodyThatIsNotJsonIsRefusedSayingWhatAndWhere() throws Exception {
		HttpResponse<String> response = postBody("{\"query\": ", "en");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(code(response)).isEqualTo("BAD_USER_INPUT");
		assertThat(message(response)).startsWith("The request body is not JSON: Unexpected end-of-input")
			.contains("(line 1, column 11)");
	}

	@Test
	void jsonThatIsNoGraphQlRequestIsRefusedInSwedishSayingWhatIsExpected() throws Exception {
		HttpResponse<String> response = postBody("[1, 2]", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(code(response)).isEqualTo("BAD_USER_INPUT");
		assertThat(message(response)).startsWith("Anropets kropp är JSON men inget GraphQL-anrop (rad 1, kolumn 1): ")
			.endsWith("ett JSON-objekt med query (en text) och vid behov variables (ett objekt), operationName (en text)"
					+ " och extensions (ett objekt)");
	}

	@Test
	void aGraphQlRequestWithAFieldOfTheWrongTypeIsRefusedNamingTheField() throws Exception {
		HttpResponse<String> response = postBody("{\"query\": \"{ __typename }\", \"variables\": 5}", "en");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(message(response)).startsWith("The request body is JSON but not a GraphQL request (line 1, column ")
			.contains(", at variables): ");
	}

	@Test
	void aRequestWithoutAQueryIsRefused() throws Exception {
		HttpResponse<String> response = postBody("{\"variables\": {}}", "en");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(message(response)).startsWith("The request has no query (nor a persistedQuery extension)");
	}

	@Test
	void aValidationErrorHasACodeAndSwedishUnlessEnglishIsPreferred() throws Exception {
		HttpResponse<String> swedish = post(Map.of("query", "{ nosuchfield }"), null, null);
		HttpResponse<String> english = post(Map.of("query", "{ nosuchfield }"), null, "en-GB,en;q=0.9");

		assertThat(code(swedish)).isEqualTo("BAD_USER_INPUT");
		assertThat(message(swedish)).isEqualTo("Valideringsfel (FieldUndefined@[nosuchfield]) : fältet 'nosuchfield' finns inte i typen 'Query'");
		assertThat(code(english)).isEqualTo("BAD_USER_INPUT");
		assertThat(message(english)).isEqualTo("Validation error (FieldUndefined@[nosuchfield]) : Field 'nosuchfield' in type 'Query' is undefined");
	}

	@Test
	void aMalformedMeetingIdIsBadUserInputInTheClientsLanguage() throws Exception {
		HttpResponse<String> english = post(Map.of("query", "{ meeting(id: \"abc\") { id } }"), null, "en");

		assertThat(code(english)).isEqualTo("BAD_USER_INPUT");
		assertThat(message(english)).startsWith("id: 'abc' (3 characters) is not an id; expected the id of a Meeting");
	}

	@Test
	void anArgumentCheckAnswersInSwedishByDefaultAndInEnglishWhenPreferred() throws Exception {
		Map<String, Object> tooMany = Map.of("query", "{ meetings(first: 5000) { totalCount } }");

		HttpResponse<String> swedish = post(tooMany, null, null);
		HttpResponse<String> english = post(tooMany, null, "en");

		assertThat(code(swedish)).isEqualTo("BAD_USER_INPUT");
		assertThat(message(swedish)).isEqualTo("first ska vara mellan 0 och 100, var 5\u00a0000");
		assertThat(code(english)).isEqualTo("BAD_USER_INPUT");
		assertThat(message(english)).isEqualTo("first must be between 0 and 100, was 5,000");
	}

	@Test
	void automaticPersistedQueriesFollowApollosProtocol() throws Exception {
		String query = "{ municipalities { name } __typename }";
		Map<String, Object> hashOnly = Map.of("extensions", persisted(sha256(query)));

		HttpResponse<String> unknown = post(hashOnly, null, null);
		HttpResponse<String> registered = post(Map.of("query", query, "extensions", persisted(sha256(query))), null, null);
		HttpResponse<String> known = post(hashOnly, null, null);
		HttpResponse<String> knownByGet = get("extensions=" + encode(JSON.writeValueAsString(persisted(sha256(query)))));

		assertThat(message(unknown)).isEqualTo("PersistedQueryNotFound");
		assertThat(code(unknown)).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(body(registered)).doesNotContainKey("errors");
		assertThat(body(known).get("data")).isEqualTo(body(registered).get("data"));
		assertThat(body(knownByGet).get("data")).isEqualTo(body(registered).get("data"));
	}

	@Test
	void aPersistedQueryWhoseHashDoesNotMatchIsRefused() throws Exception {
		HttpResponse<String> response = post(Map.of("query", "{ __typename }", "extensions", persisted(sha256("{ other }"))),
				null, null);

		assertThat(code(response)).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
		assertThat(body(response).get("data")).isNull();
	}

	@Test
	void aConfiguredOriginMayCallTheApiFromABrowser() throws Exception {
		HttpResponse<String> allowed = preflight("https://front.example");
		HttpResponse<String> other = preflight("https://elsewhere.example");

		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://front.example");
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private HttpResponse<String> preflight(String origin) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(""))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, Object> persisted(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	private HttpResponse<String> get(String parameters) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri("?" + parameters)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(Map<String, Object> request, String accept, String language) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(""))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)));
		if (accept != null) {
			builder.header("Accept", accept);
		}
		if (language != null) {
			builder.header("Accept-Language", language);
		}
		return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postBody(String body, String language) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(""))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (language != null) {
			builder.header("Accept-Language", language);
		}
		return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String rest) {
		return URI.create("http://localhost:" + this.port + "/graphql" + rest);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> body(HttpResponse<String> response) {
		return JSON.readValue(response.body(), Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstError(HttpResponse<String> response) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) body(response).get("errors");
		assertThat(errors).as(response.body()).isNotEmpty();
		return errors.get(0);
	}

	@SuppressWarnings("unchecked")
	private static String code(HttpResponse<String> response) {
		return (String) ((Map<String, Object>) firstError(response).get("extensions")).get("code");
	}

	private static String message(HttpResponse<String> response) {
		return (String) firstError(response).get("message");
	}

}
