package se.justera.graphql;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import se.justera.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A request past the timeout is stopped with code TIMEOUT (the timeout set to nothing to provoke it). */
@IntegrationTest
@TestPropertySource(properties = "justera.graphql.timeout=0ms")
class RequestTimeoutTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aRequestPastTheTimeoutIsStopped() {
		this.graphQl.document("{ meetings { totalCount } }").execute().errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "TIMEOUT");
			assertThat(errors.get(0).getMessage()).contains("justera.graphql.timeout");
		});
	}

}
