package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.justera.Database;
import se.justera.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the reader reads beyond the six budget figures, paragraphs checked at once and motions' dates,
 * stored with the meeting (changelog 010), served over HTTP, and read back for re-evaluation.
 */
@IntegrationTest
class StoredReadingTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ProtocolImportService imports;

	@Autowired
	StoredProtocolReader stored;

	@BeforeEach
	void clear() {
		Database.clear();
	}

	@Test
	void budgetColumnsBeyondTheSixAreStoredAndServed() throws IOException {
		long id = this.imports.importProtocol("Råbäck", corpus("raback-ks-2004-05-04.txt")).meetingId();

		var line = this.graphQl.documentName("storedReading").variable("id", id).execute()
			.path("meeting.budgetReports[0].lines[0]").entity(Map.class).get();

		assertThat(line).containsEntry("label", "Kommunstyrelsen").containsEntry("yearBudget", 48200)
			.containsEntry("priorYearPeriodActual", 11200).containsEntry("previousForecast", 48100)
			.containsEntry("forecastChange", null).containsEntry("yearDeviationPercent", 0.4);
	}

	@Test
	void aParagraphCheckedAtOnceHasTheDeadlineOfItsOwnNotice() throws IOException {
		long id = this.imports.importProtocol("Hällebo", corpus("hallebo-ks-2024-04-16-utdrag.txt")).meetingId();

		var response = this.graphQl.documentName("storedReading").variable("id", id).execute();

		response.path("meeting.notice.paragraphs").entityList(Integer.class).containsExactly(57);
		response.path("meeting.paragraphs[0].immediatelyChecked").entity(Boolean.class).isEqualTo(true);
		// posted Wednesday 2024-04-17: three weeks later
		response.path("meeting.paragraphs[0].appealDeadline").entity(String.class).isEqualTo("2024-05-08");
	}

	@Test
	void aParagraphCheckedAtOnceWhoseNoticeIsElsewhereHasNoDeadlineAndTheOthersTheMinutes() throws IOException {
		long id = this.imports.importProtocol("Ekeberga", corpus("ekeberga-ksau-2023-03-07.txt")).meetingId();

		var response = this.graphQl.documentName("storedReading").variable("id", id).execute();

		List<Map<String, Object>> paragraphs = response.path("meeting.paragraphs").entityList(Map.class).get().stream()
			.map(p -> (Map<String, Object>) p).toList();
		String postedOn = response.path("meeting.notice.postedOn").entity(String.class).get();
		assertThat(paragraphs).filteredOn(p -> p.get("number").equals(32)).singleElement().satisfies(p -> {
			assertThat(p.get("immediatelyChecked")).isEqualTo(true);
			assertThat(p.get("appealDeadline")).isNull();
		});
		assertThat(paragraphs).filteredOn(p -> !p.get("number").equals(32))
			.allSatisfy(p -> assertThat(p.get("appealDeadline"))
				.isEqualTo(se.justera.compliance.calendar.SwedishCalendar.appealDeadline(LocalDate.parse(postedOn)).toString()));
	}

	@Test
	void anOverdueMotionIsStoredWithItsDateAndFoundAgainFromTheStoredMinutes() throws IOException {
		long id = this.imports.importProtocol("Ulvhälla", corpus("ulvhalla-kf-2021-06-14-utdrag.txt")).meetingId();

		var response = this.graphQl.documentName("storedReading").variable("id", id).execute();

		response.path("meeting.paragraphs[0].motion.raisedOn").entity(String.class).isEqualTo("2020-03-16");
		response.path("meeting.paragraphs[0].motion.delayReported").entity(Boolean.class).isEqualTo(false);
		response.path("meeting.paragraphs[0].findings[*].ruleId").entityList(String.class).contains("MOTION_OVERDUE");
		Protocol reread = this.stored.read(List.of(id)).get(0).protocol();
		assertThat(reread.paragraphs().get(0).motion().raisedOn()).isEqualTo(LocalDate.of(2020, 3, 16));
		assertThat(reread.readingNotes()).anyMatch(n -> ReadingNote.PARAGRAPHS.equals(n.fact()));
	}

	private static String corpus(String file) throws IOException {
		return new ClassPathResource("corpus/" + file).getContentAsString(StandardCharsets.UTF_8);
	}

}
