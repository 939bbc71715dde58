package se.justera.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.justera.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No request pays for timers nothing reads: with no registry exported (only health and info are
 * exposed) the requests' own observations are off, while the application's counters still count.
 */
@IntegrationTest
class ObservationSettingsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MeterRegistry meters;

	@Test
	void aRequestLeavesNoRequestTimerButTheApplicationsCounters() {
		this.graphQl.document("{ meetings(first: 1) { totalCount } }").execute().path("meetings.totalCount").hasValue();

		assertThat(this.meters.find("http.server.requests").meters()).isEmpty();
		assertThat(this.meters.find("graphql.request").meters()).isEmpty();
		assertThat(this.meters.find("justera.graphql.sql.queries").counters()).isNotEmpty();
	}

}
