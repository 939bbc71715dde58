package se.justera.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error in GraphQL's shape, {@code {"errors":[{"message":...,"extensions":{"code":...}}]}}, as
 * every endpoint answers one, also where no GraphQL runs (a servlet filter, Spring Security, the file
 * endpoints), so that a client reads every refusal one way. A record, so that the message comes
 * before the extensions, and the code first among them.
 */
public record ErrorBody(List<Error> errors) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One error: what happened, said for a reader, and its code with anything else a client may act on. */
	public record Error(String message, Map<String, Object> extensions) {
	}

	public static ErrorBody of(String code, String message) {
		return of(code, message, Map.of());
	}

	/** An error with more extensions after its code, in the order given (e.g. {@code line}, {@code page}). */
	public static ErrorBody of(String code, String message, Map<String, ?> more) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", code);
		extensions.putAll(more);
		return new ErrorBody(List.of(new Error(message, extensions)));
	}

	/**
	 * The whole response: this status, the body as JSON in UTF-8, and not to be kept by a cache.
	 * Headers set before (Retry-After, WWW-Authenticate) stay.
	 */
	public void write(HttpServletResponse response, int status) throws IOException {
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(this));
	}

}
