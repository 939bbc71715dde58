package se.justera.meeting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.protocol.Protocol;
import se.justera.protocol.ProtocolImportService;
import se.justera.protocol.ProtocolParser;

import static org.assertj.core.api.Assertions.assertThat;

/** The read API over HTTP: a meeting and everything in it, and pages of meetings. */
@IntegrationTest
class MeetingQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProtocolImportService imports;

	String sample;

	long sampleId;

	@BeforeEach
	void importMinutes() throws IOException {
		Database.clear();
		this.sample = read("demo/smedjebacken-ks-2023-12-12.txt");
		this.sampleId = this.imports.importProtocol("Smedjebacken", this.sample).meetingId();
		this.imports.importProtocol("Ludvika", read("protocols/ludvika-kf-2024-02-26.txt"));
		this.imports.importProtocol("Falun", read("protocols/falun-bun-2024-03-05.txt"));
		this.imports.importProtocol("Mora", read("protocols/mora-ks-au-2023-06-20.txt"));
	}

	@Test
	void meetingHeaderAttendanceAndNotice() {
		var response = meetingDetail();

		response.path("meeting.secretary").entity(String.class).isEqualTo("Susanne Hedman Jensen");
		response.path("meeting.checkers[*].name").entityList(String.class).containsExactly("Birgitta Ericsson Granqvist");
		response.path("meeting.checking").entity(Map.class)
			.isEqualTo(Map.of("date", "2023-12-14", "time", "14:00", "place", "Kommunhuset Smedjebacken"));
		response.path("meeting.paragraphRange").entity(Map.class).isEqualTo(Map.of("first", 162, "last", 174));
		response.path("meeting.notice.postedOn").entity(String.class).isEqualTo("2023-12-15");
		response.path("meeting.notice.removedOn").entity(String.class).isEqualTo("2024-01-08");
		response.path("meeting.notice.minutesKeptAt").entity(String.class).isEqualTo("Kommunhuset");
		response.path("meeting.attendance[?(@.decides == true)].person.name").entityList(String.class).hasSize(11);
		response.path("meeting.attendance[6]").entity(Map.class).satisfies(micael -> {
			assertThat(((Map<?, ?>) micael.get("person")).get("name")).isEqualTo("Micael Mathsson");
			assertThat(micael.get("paragraphs")).isEqualTo(List.of(168, 171, 172));
			assertThat(micael.get("paragraphsNote")).isEqualTo("§§ 168, 171, 172");
		});
		response.path("meeting.attendance[?(@.role == 'OTHER_ATTENDEE')].title").entityList(String.class)
			.containsExactly("kommunchef", "koncernekonomichef", "förvaltningschef", "näringslivschef");
	}

	@Test
	void paragraphsDecisionsAndMotions() {
		var response = meetingDetail();

		response.path("meeting.paragraphs[*].number").entityList(Integer.class).hasSize(13);
		response.path("meeting.paragraph.decision.points[*].number").entityList(Integer.class).containsExactly(1, 2, 3, 4);
		response.path("meeting.paragraphs[3].kind").entity(String.class).isEqualTo("PROPOSAL_TO_COUNCIL");
		response.path("meeting.motions[*].party").entityList(String.class).containsExactly("SD", "M");
		response.path("meeting.motions[*].outcome").entityList(String.class).containsExactly("ANSWERED", "ANSWERED");
		response.path("meeting.motions[0].claims").entityList(String.class).hasSize(3);
		response.path("meeting.motions[1].paragraph.number").entity(Integer.class).isEqualTo(167);
		response.path("meeting.paragraphs[11].delegatedDecisions").entityList(Map.class).hasSize(2);
		response.path("meeting.paragraphs[12].messages").entityList(String.class).hasSize(3);
		response.path("meeting.paragraphs[4].tables[0].rows").entityList(Map.class).hasSize(20);
		response.path("meeting.paragraphs[1].budgetNotes[0]").entity(Map.class)
			.isEqualTo(Map.of("unit", "Omsorgsnämnden", "amount", 4500, "actionPlanReported", true));
	}

	@Test
	@SuppressWarnings("unchecked")
	void budgetTablesAreStoredRowForRowAsParsed() {
		Protocol parsed = new ProtocolParser(2_000_000).parse(this.sample);
		List<Protocol.BudgetReport> expected = new ArrayList<>();
		parsed.paragraphs().forEach(p -> expected.addAll(p.budgetReports()));

		List<Map<String, Object>> reports = (List<Map<String, Object>>) (List<?>) meetingDetail()
			.path("meeting.budgetReports")
			.entityList(Map.class)
			.get();

		assertThat(reports).hasSize(3);
		for (int r = 0; r < reports.size(); r++) {
			List<Map<String, Object>> lines = (List<Map<String, Object>>) reports.get(r).get("lines");
			List<Protocol.BudgetLine> want = expected.get(r).lines();
			assertThat(reports.get(r).get("title")).isEqualTo(expected.get(r).title());
			assertThat(lines).hasSize(want.size());
			for (int i = 0; i < lines.size(); i++) {
				Map<String, Object> line = lines.get(i);
				Protocol.BudgetLine w = want.get(i);
				assertThat(line.get("label")).isEqualTo(w.label());
				assertThat(line.get("level")).isEqualTo(w.level().name());
				assertThat(line.get("emphasis")).isEqualTo(w.emphasis().name());
				assertThat(line.get("parent") == null ? null : ((Map<String, Object>) line.get("parent")).get("position"))
					.isEqualTo(w.parent());
				assertThat(figures(line)).containsExactly(w.periodBudget(), w.periodActual(), w.periodDeviation(),
						w.yearBudget(), w.yearForecast(), w.yearDeviation());
			}
		}
	}

	@Test
	void aCouncilVoteWithEveryBallot() {
		long ludvika = this.jdbc.sql("select m.id from meeting m join body b on b.id = m.body_id where b.name = 'Kommunfullmäktige'")
			.query(Long.class)
			.single();

		var response = this.graphQl.documentName("meetingDetail").variable("id", ludvika).execute();

		response.path("meeting.paragraphs[6].votes[0]").entity(Map.class).satisfies(vote -> {
			assertThat(vote.get("yes")).isEqualTo(26);
			assertThat(vote.get("no")).isEqualTo(21);
			assertThat(vote.get("abstain")).isEqualTo(2);
			assertThat((List<?>) vote.get("ballots")).hasSize(49);
		});
		response.path("meeting.paragraphs[6].reservations[*].person.name").entityList(String.class)
			.contains("Erik Nilsson", "Ulla Berg");
		response.path("meeting.paragraphs[4].recusals[*].person.name").entityList(String.class)
			.containsExactly("Per Olsson");
	}

	@Test
	void meetingsNewestFirstPageByPage() {
		var first = this.graphQl.documentName("meetings").variable("first", 2).execute();
		first.path("meetings.totalCount").entity(Integer.class).isEqualTo(4);
		first.path("meetings.edges[*].node.date").entityList(String.class).containsExactly("2024-03-05", "2024-02-26");
		first.path("meetings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("meetings.pageInfo.endCursor").entity(String.class).get();

		var second = this.graphQl.documentName("meetings").variable("first", 2).variable("after", cursor).execute();

		second.path("meetings.edges[*].node.date").entityList(String.class).containsExactly("2023-12-12", "2023-06-20");
		second.path("meetings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("meetings.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void meetingsFilteredByMunicipalityBodyAndDates() {
		var response = this.graphQl.documentName("meetings")
			.variable("filter", Map.of("municipality", "smedjebacken", "body", "KOMMUNSTYRELSEN", "from", "2023-12-01",
					"to", "2023-12-31"))
			.execute();

		response.path("meetings.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("meetings.edges[0].node.body.municipality.name").entity(String.class).isEqualTo("Smedjebacken");
	}

	@Test
	void aDateRangeWithNoMeetingsIsAnEmptyPage() {
		var response = this.graphQl.documentName("meetings")
			.variable("filter", Map.of("from", "2030-01-01"))
			.execute();

		response.path("meetings.totalCount").entity(Integer.class).isEqualTo(0);
		response.path("meetings.pageInfo.endCursor").valueIsNull();
	}

	@Test
	void aBadCursorOrPageSizeIsAClearError() {
		this.graphQl.documentName("meetings").variable("after", "not-a-cursor").execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("ingen meeting-markör");
			});
		});
		this.graphQl.documentName("meetings").variable("first", 500).execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("mellan 0 och 100"));
		});
	}

	@Test
	void anUnknownMeetingIsNull() {
		this.graphQl.documentName("meetingDetail").variable("id", 999999).execute().path("meeting").valueIsNull();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response meetingDetail() {
		return this.graphQl.documentName("meetingDetail").variable("id", this.sampleId).execute();
	}

	private static List<Long> figures(Map<String, Object> line) {
		List<Long> figures = new ArrayList<>();
		for (String key : List.of("periodBudget", "periodActual", "periodDeviation", "yearBudget", "yearForecast",
				"yearDeviation")) {
			Object value = line.get(key);
			figures.add(value == null ? null : ((Number) value).longValue());
		}
		return figures;
	}

	private static String read(String resource) throws IOException {
		return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
	}

}
