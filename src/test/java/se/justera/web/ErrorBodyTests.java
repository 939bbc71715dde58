package se.justera.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal written outside GraphQL has GraphQL's error shape, as JSON whatever its message holds. */
class ErrorBodyTests {

	@Test
	void aMessageWithQuotesAndSwedishLettersIsJsonInUtf8WithTheCodeFirst() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Map<String, Object> more = new LinkedHashMap<>();
		more.put("line", 12);
		more.put("page", 2);

		ErrorBody.of("INVALID_PROTOCOL", "Rad 12: \"§ 5\" saknar beslut för nämnden\\", more).write(response, 422);

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getContentAsString()).isEqualTo("{\"errors\":[{\"message\":\"Rad 12: \\\"§ 5\\\" saknar beslut"
				+ " för nämnden\\\\\",\"extensions\":{\"code\":\"INVALID_PROTOCOL\",\"line\":12,\"page\":2}}]}");
	}

	@Test
	void headersSetBeforeStay() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setHeader("Retry-After", "3");

		ErrorBody.of("RATE_LIMITED", "Too many requests").write(response, 429);

		assertThat(response.getHeader("Retry-After")).isEqualTo("3");
		assertThat(response.getContentAsString())
			.isEqualTo("{\"errors\":[{\"message\":\"Too many requests\",\"extensions\":{\"code\":\"RATE_LIMITED\"}}]}");
	}

}
