package se.justera.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.justera.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Depth, complexity, document length and request size limits, each with its error code. */
@IntegrationTest
class RequestLimitsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Autowired
	RequestGuard guard;

	@Test
	void aQueryDeeperThanTheLimitIsRefused() {
		String deep = "{ meetings { edges { node { " + "paragraphs { meeting { ".repeat(8) + "id" + " } }".repeat(8)
				+ " } } } }";

		this.graphQl.document(deep).execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getExtensions()).containsEntry("code", "QUERY_TOO_DEEP");
			assertThat(e.getMessage()).contains("depth");
		}));
	}

	@Test
	void aQueryMoreComplexThanTheLimitIsRefused() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 600; i++) {
			query.append(" m").append(i).append(": municipalities { name }");
		}
		query.append(" }");

		for (int attempt = 1; attempt <= 2; attempt++) {
			// the second time the document comes from the DocumentCache: the limit must hold there too
			this.graphQl.document(query.toString()).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")));
		}
	}

	@Test
	void aDocumentThatPassedIsCheckedAgainWhenItsVariablesCanDeepenIt() {
		String deep = "query ($deep: Boolean!) { meetings { edges { node { id ... @include(if: $deep) { "
				+ "paragraphs { meeting { ".repeat(8) + "id" + " } }".repeat(8) + " } } } } }";
		this.graphQl.document(deep).variable("deep", false).execute().errors().verify();

		this.graphQl.document(deep).variable("deep", true).execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "QUERY_TOO_DEEP")));
	}

	@Test
	void aFinishedRequestLeavesNothingBehind() {
		for (int i = 0; i < 20; i++) {
			this.graphQl.document("{ __typename }").execute().path("__typename").entity(String.class).isEqualTo("Query");
		}

		// the timeout is 30 s: a request kept until then would stay in the heap that long
		assertThat(this.guard.running()).isZero();
	}

	@Test
	void aQueryWithinTheLimitsRuns() {
		this.graphQl.document("{ meetings(first: 100) { edges { node { paragraphs { decision { points { text } } } } } } }")
			.execute()
			.errors()
			.verify();
	}

	@Test
	void theIntrospectionQueryOfGraphiqlIsWithinTheBudget() {
		this.graphQl.document(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY).execute().errors().verify();
	}

	@Test
	void aHugeQueryDocumentIsRefused() {
		String query = "{ rulesetVersion " + "# padding\n".repeat(2500) + "}";

		this.graphQl.document(query).execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getExtensions()).containsEntry("code", "QUERY_TOO_LARGE");
			assertThat(e.getMessage()).contains("variables");
		}));
	}

	@Test
	void aRequestBodyOverTheLimitIsRefusedUnread() throws Exception {
		String body = "{\"query\":\"{ rulesetVersion }\",\"variables\":{\"x\":\"" + "x".repeat(10_000_001) + "\"}}";

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("REQUEST_TOO_LARGE");
	}

}
