package se.justera.compliance;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingSummaryPartTests {

	@Test
	void theCountsArePostgreSqlsObjectOfSeverities() {
		// json_object_agg's text, spaces and all
		Map<Severity, Integer> counts = MeetingSummaryPart.counts("{ \"VIOLATION\" : 2, \"WARNING\" : 10, \"INFO\" : 1 }");

		assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(Severity.VIOLATION, 2, Severity.WARNING, 10, Severity.INFO, 1));
	}

	@Test
	void oneSeverityAlone() {
		assertThat(MeetingSummaryPart.counts("{ \"INFO\" : 7 }")).containsExactlyEntriesOf(Map.of(Severity.INFO, 7));
	}

	@Test
	void aMeetingWithoutFindingsHasNone() {
		assertThat(MeetingSummaryPart.counts(null)).isEmpty();
	}

}
