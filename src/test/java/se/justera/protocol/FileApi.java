package se.justera.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/** Test helper: the protocol file endpoints over plain HTTP, multipart bodies built by hand as a browser sends them. */
final class FileApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	FileApi(int port) {
		this.port = port;
	}

	/** A multipart form: text fields and at most one file. */
	static final class Form {

		final Map<String, String> fields = new LinkedHashMap<>();

		String fileName;

		byte[] file;

		String fileType = "application/octet-stream";

		Form field(String name, String value) {
			this.fields.put(name, value);
			return this;
		}

		Form file(String name, byte[] bytes) {
			this.fileName = name;
			this.file = bytes;
			return this;
		}

		byte[] body(String boundary) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
					+ name + "\"\r\n\r\n" + value + "\r\n"));
			if (this.file != null) {
				write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + this.fileName
						+ "\"\r\nContent-Type: " + this.fileType + "\r\n\r\n");
				out.writeBytes(this.file);
				write(out, "\r\n");
			}
			write(out, "--" + boundary + "--\r\n");
			return out.toByteArray();
		}

		private static void write(ByteArrayOutputStream out, String text) {
			out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** What the server answered: status, headers, the bytes, and the JSON when it is JSON. */
	record Answer(int status, Map<String, List<String>> headers, byte[] bytes) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.findFirst()
				.map(e -> e.getValue().get(0))
				.orElse(null);
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> json() {
			return JSON.readValue(this.bytes, Map.class);
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> error() {
			return ((List<Map<String, Object>>) json().get("errors")).get(0);
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> extensions() {
			return (Map<String, Object>) error().get("extensions");
		}

		String code() {
			return (String) extensions().get("code");
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> meeting() {
			return (Map<String, Object>) json().get("meeting");
		}

	}

	Answer post(String path, Form form, String token) {
		String boundary = "----justera" + UUID.randomUUID();
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.body(boundary)));
		return send(request, token);
	}

	Answer post(String path, String contentType, byte[] body, String token) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)), token);
	}

	Answer get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		headers.forEach(request::header);
		return send(request, null);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private Answer send(HttpRequest.Builder request, String token) {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("No answer: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
