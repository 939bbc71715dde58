package se.justera.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.protocol.ProtocolImportService;

import static org.assertj.core.api.Assertions.assertThat;

/** A document parsed once serves later requests with other variables, with their own results. */
@IntegrationTest
class DocumentCacheTests {

	private static final String MEETING_DATE = "query ($id: ID!) { meeting(id: $id) { date } }";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DocumentCache cache;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProtocolImportService imports;

	long sampleId;

	@BeforeEach
	void importTheSample() throws IOException {
		Database.clear();
		String text = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);
		this.sampleId = this.imports.importProtocol("Smedjebacken", text).meetingId();
	}

	@Test
	void theSameDocumentWithOtherVariablesIsParsedOnceAndAnsweredForEach() {
		int before = this.cache.size();

		this.graphQl.document(MEETING_DATE).variable("id", this.sampleId).execute()
			.path("meeting.date").entity(String.class).isEqualTo("2023-12-12");
		this.graphQl.document(MEETING_DATE).variable("id", this.sampleId + 1000).execute()
			.path("meeting").valueIsNull();

		assertThat(this.cache.size()).isEqualTo(before + 1);
	}

	@Test
	void aDocumentWithErrorsIsNotKept() {
		int before = this.cache.size();

		this.graphQl.document("{ meeting(id: 1) { noSuchField } }").execute().errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty());

		assertThat(this.cache.size()).isEqualTo(before);
	}

}
