package se.justera.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.justera.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL works on a closed network: the page and every script it loads come from the app. */
@IntegrationTest
class GraphiqlTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void thePageLoadsOnlyLocalAssetsAndEachIsServed() throws Exception {
		HttpResponse<String> page = get("/graphiql");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Justera GraphiQL").doesNotContain("https://").doesNotContain("http://");
		Matcher assets = Pattern.compile("(?:src|href)=\"(/graphiql/[^\"]+)\"").matcher(page.body());
		int count = 0;
		while (assets.find()) {
			assertThat(get(assets.group(1)).statusCode()).as(assets.group(1)).isEqualTo(200);
			count++;
		}
		assertThat(count).isGreaterThanOrEqualTo(4);
	}

	/** A shared link with ?query= opens the page, which takes its query from the address (no browser here to run it). */
	@Test
	void aLinkWithAQueryOpensThePageThatReadsIt() throws Exception {
		HttpResponse<String> page = get("/graphiql?query=%7B%20municipalities%20%7B%20name%20%7D%20%7D");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("new URLSearchParams(window.location.search)")
			.contains("query: parameters.get('query')")
			.contains("variables: parameters.get('variables')");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
