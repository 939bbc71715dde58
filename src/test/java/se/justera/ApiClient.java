package se.justera;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Test helper: GraphQL over plain HTTP, as any client would send it, with the status kept. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI endpoint;

	private final String forwardedFor;

	private final String language;

	public ApiClient(int port) {
		this(URI.create("http://localhost:" + port + "/graphql"), null, null);
	}

	private ApiClient(URI endpoint, String forwardedFor, String language) {
		this.endpoint = endpoint;
		this.forwardedFor = forwardedFor;
		this.language = language;
	}

	/** The same client as seen through a proxy for another address (X-Forwarded-For). */
	public ApiClient from(String address) {
		return new ApiClient(this.endpoint, address, this.language);
	}

	/** The same client asking for answers in this language (Accept-Language). */
	public ApiClient in(String acceptLanguage) {
		return new ApiClient(this.endpoint, this.forwardedFor, acceptLanguage);
	}

	/** What the server answered: its status, its Retry-After header and its JSON body. */
	public record Answer(int status, String retryAfter, Map<String, Object> body) {

		@SuppressWarnings("unchecked")
		public List<Map<String, Object>> errors() {
			return (List<Map<String, Object>>) this.body.getOrDefault("errors", List.of());
		}

		/** The first error's extensions.code, or null when there is no error. */
		@SuppressWarnings("unchecked")
		public String code() {
			return errors().isEmpty() ? null
					: (String) ((Map<String, Object>) errors().get(0).getOrDefault("extensions", Map.of())).get("code");
		}

		@SuppressWarnings("unchecked")
		public Map<String, Object> data() {
			return (Map<String, Object>) this.body.get("data");
		}

	}

	public Answer post(String query) {
		return post(query, Map.of(), null, null);
	}

	public Answer post(String query, Map<String, Object> variables, String operationName, String token) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("query", query);
		request.put("variables", variables);
		if (operationName != null) {
			request.put("operationName", operationName);
		}
		return send(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)), token);
	}

	@SuppressWarnings("unchecked")
	public Answer send(HttpRequest.BodyPublisher body, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(body);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (this.forwardedFor != null) {
			request.header("X-Forwarded-For", this.forwardedFor);
		}
		if (this.language != null) {
			request.header("Accept-Language", this.language);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, Object> json = response.body().isBlank() ? Map.of() : JSON.readValue(response.body(), Map.class);
			return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), json);
		}
		catch (IOException ex) {
			throw new IllegalStateException("No answer from " + this.endpoint + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The server is still there: a trivial query gets its answer (within the request timeout, 60 s). */
	public boolean stillAnswers() {
		Answer answer = post("{ __typename }");
		return answer.status() == 200 && "Query".equals(answer.data().get("__typename"));
	}

}
