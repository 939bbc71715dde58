package se.justera.compliance;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingSummaryPartTests {

	@Test
	void eachSeverityIsCountedAsOftenAsItIsNamed() {
		Map<Severity, Integer> counts = MeetingSummaryPart.counts("INFO,VIOLATION,WARNING,VIOLATION,INFO,INFO");

		assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(Severity.VIOLATION, 2, Severity.WARNING, 1, Severity.INFO, 3));
	}

	@Test
	void oneSeverityAlone() {
		assertThat(MeetingSummaryPart.counts("INFO")).containsExactlyEntriesOf(Map.of(Severity.INFO, 1));
	}

	@Test
	void aMeetingWithoutFindingsHasNone() {
		assertThat(MeetingSummaryPart.counts(null)).isEmpty();
	}

}
