package se.justera.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.graphql.Cursors;
import se.justera.protocol.ProtocolImportService;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysts' queries over the four protocols: search, filters, sums and counts computed in PostgreSQL. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProtocolImportService imports;

	@BeforeAll
	void importFourProtocols() throws IOException {
		Database.clear();
		this.jdbc.sql("insert into municipality (name, overrun_threshold_percent) values ('Smedjebacken', 1.5)").update();
		long id = this.jdbc.sql("select id from municipality").query(Long.class).single();
		for (String unit : List.of("Kommunstyrelsen", "Kultur- och samhällsbyggnadsnämnd", "Miljö- o byggnadsnämnden",
				"Familje- och utbildningsn.", "Omsorgsnämnden", "Överförmyndarnämnden")) {
			this.jdbc.sql("insert into budget_unit (municipality_id, label, committee) values (?, ?, true)").params(id, unit).update();
		}
		this.imports.importProtocol("Smedjebacken", read("demo/smedjebacken-ks-2023-12-12.txt"));
		this.imports.importProtocol("Ludvika", withRecusalInMotionParagraph(read("protocols/ludvika-kf-2024-02-26.txt")));
		this.imports.importProtocol("Falun", read("protocols/falun-bun-2024-03-05.txt"));
		this.imports.importProtocol("Mora", read("protocols/mora-ks-au-2023-06-20.txt"));
	}

	@Test
	void fullTextSearchFindsTheParagraphRankedWithASnippet() {
		var response = this.graphQl.documentName("searchParagraphs").variable("search", "förmånscykel").execute();

		response.path("paragraphs.edges[0].node.title").entity(String.class).isEqualTo("Förmånscykel till medarbetare");
		response.path("paragraphs.edges[0].snippet").entity(String.class)
			.satisfies(snippet -> assertThat(snippet).contains("<b>Förmånscykel</b>"));
		response.path("paragraphs.edges[0].rank").entity(Double.class).satisfies(rank -> assertThat(rank).isPositive());
	}

	@Test
	void searchNarrowedByAFilterOnTheMeeting() {
		var inSmedjebacken = this.graphQl.documentName("searchParagraphs").variable("search", "förmånscykel")
			.variable("filter", Map.of("municipality", "Smedjebacken", "from", "2023-01-01")).execute();
		var inFalun = this.graphQl.documentName("searchParagraphs").variable("search", "förmånscykel")
			.variable("filter", Map.of("municipality", "Falun")).execute();

		inSmedjebacken.path("paragraphs.totalCount").entity(Integer.class).isEqualTo(1);
		inSmedjebacken.path("paragraphs.edges[*].node.title").entityList(String.class).containsExactly("Förmånscykel till medarbetare");
		inFalun.path("paragraphs.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void searchUsesSwedishStemming() {
		var response = this.graphQl.documentName("searchParagraphs").variable("search", "motionerna").variable("first", 100).execute();

		response.path("paragraphs.edges[*].node.title").entityList(String.class)
			.satisfies(titles -> assertThat(titles).anyMatch(t -> t.startsWith("Motion (SD)")));
	}

	@Test
	void searchPagesDoNotRepeatOrSkip() {
		int total = this.graphQl.documentName("searchParagraphs").variable("search", "kommunen").execute()
			.path("paragraphs.totalCount").entity(Integer.class).get();
		List<String> seen = new ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.documentName("searchParagraphs").variable("search", "kommunen").variable("first", 3)
				.variable("after", after).execute();
			seen.addAll(page.path("paragraphs.edges[*].node.id").entityList(String.class).get());
			boolean more = page.path("paragraphs.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path("paragraphs.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);

		assertThat(total).isGreaterThan(3);
		assertThat(seen).hasSize(total).doesNotHaveDuplicates();
	}

	@Test
	void paragraphsFilteredByKindMunicipalityCaseNumberAndFindings() {
		this.graphQl.documentName("searchParagraphs")
			.variable("filter", Map.of("municipality", "Smedjebacken", "kind", "PROPOSAL_TO_COUNCIL"))
			.execute()
			.path("paragraphs.edges[*].node.number").entityList(Integer.class).containsExactly(168, 167, 166, 165);
		this.graphQl.documentName("searchParagraphs")
			.variable("filter", Map.of("caseNumber", "2022/"))
			.execute()
			.path("paragraphs.edges[*].node.number").entityList(Integer.class).containsExactly(171);
		this.graphQl.documentName("searchParagraphs")
			.variable("filter", Map.of("municipality", "Smedjebacken", "hasFindings", true))
			.execute()
			.path("paragraphs.edges[*].node.number").entityList(Integer.class).containsExactly(163);
	}

	@Test
	void meetingsFilteredByBodyKindPartyCaseNumberAndFindings() {
		assertThat(meetingMunicipalities(Map.of("bodyKind", "COUNCIL"))).containsExactly("Ludvika");
		assertThat(meetingMunicipalities(Map.of("party", "mp"))).containsExactly("Ludvika");
		assertThat(meetingMunicipalities(Map.of("party", "L"))).containsExactly("Falun", "Ludvika");
		assertThat(meetingMunicipalities(Map.of("caseNumber", "2022/"))).containsExactly("Smedjebacken");
		assertThat(meetingMunicipalities(Map.of("ruleId", "OVERRUN_NOT_REPORTED"))).containsExactly("Smedjebacken");
		assertThat(meetingMunicipalities(Map.of("ruleId", "OVERRUN_NOT_REPORTED", "severity", "INFO"))).isEmpty();
		assertThat(meetingMunicipalities(Map.of("party", "V", "bodyKind", "EXECUTIVE_BOARD", "hasFindings", true)))
			.containsExactly("Smedjebacken");
	}

	@Test
	void meetingsOldestFirstPageInThatOrder() {
		List<String> dates = new ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.documentName("meetings").variable("order", "OLDEST_FIRST").variable("first", 3)
				.variable("after", after).execute();
			dates.addAll(page.path("meetings.edges[*].node.date").entityList(String.class).get());
			boolean more = page.path("meetings.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path("meetings.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);

		assertThat(dates).containsExactly("2023-06-20", "2023-12-12", "2024-02-26", "2024-03-05");
	}

	@Test
	void aCursorOfOneOrderIsRefusedByTheOther() {
		String newestCursor = this.graphQl.documentName("meetings").variable("first", 1).execute()
			.path("meetings.pageInfo.endCursor").entity(String.class).get();

		this.graphQl.documentName("meetings").variable("order", "OLDEST_FIRST").variable("after", newestCursor).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	@Test
	void paragraphsMotionsAndFindingsByRuleBodyKindAndCaseNumber() {
		this.graphQl.documentName("searchParagraphs").variable("filter", Map.of("ruleId", "BUDGET_FIGURE_CONFLICT"))
			.execute()
			.path("paragraphs.edges[*].node.number").entityList(Integer.class).containsExactly(163);
		this.graphQl.documentName("analysis").operationName("motionsByParty")
			.variable("filter", Map.of("bodyKind", "COUNCIL", "caseNumber", "2023/001"))
			.execute()
			.path("motions.edges[*].node.party").entityList(String.class)
			.satisfies(parties -> assertThat(parties).containsExactlyInAnyOrder("KD", "SD"));
		this.graphQl.documentName("analysis").operationName("findingsByBodyKind")
			.variable("filter", Map.of("bodyKind", "EXECUTIVE_BOARD"))
			.execute()
			.path("findings.edges[*].node.meeting.body.name").entityList(String.class)
			.satisfies(bodies -> assertThat(bodies).isNotEmpty().containsOnly("Kommunstyrelsen"));
	}

	@Test
	void motionsAndBudgetLinesByTheirFindings() {
		assertThat(motionParties(Map.of("hasFindings", true))).containsExactly("SD");
		assertThat(motionParties(Map.of("ruleId", "RECUSAL", "municipality", "Ludvika"))).containsExactly("SD");
		assertThat(motionParties(Map.of("hasFindings", false))).containsExactlyInAnyOrder("C", "KD", "M", "SD");
		assertThat(budgetLabels(Map.of("hasFindings", true)))
			.containsExactlyInAnyOrder("Verksamhetens nettokostnad", "Miljö- o byggnadsnämnden");
		assertThat(budgetLabels(Map.of("ruleId", "OVERRUN_NOT_REPORTED", "severity", "VIOLATION")))
			.containsExactly("Miljö- o byggnadsnämnden");
		assertThat(budgetLabels(Map.of("ruleId", "OVERRUN_NOT_REPORTED", "severity", "WARNING"))).isEmpty();
		assertThat(budgetLineCount(Map.of("caseNumber", "2023/00116", "hasFindings", false)))
			.isEqualTo(budgetLineCount(Map.of("caseNumber", "2023/00116")) - 2);
	}

	@Test
	void findingsByTheCaseNumberOfTheirParagraph() {
		this.graphQl.documentName("analysis").operationName("findingsByBodyKind")
			.variable("filter", Map.of("caseNumber", "2023/001"))
			.execute()
			.path("findings.edges[*].node.ruleId").entityList(String.class)
			.satisfies(rules -> assertThat(rules).containsExactlyInAnyOrder("OVERRUN_NOT_REPORTED", "BUDGET_FIGURE_CONFLICT", "RECUSAL"));
	}

	@Test
	void paragraphsMotionsFindingsAndBudgetRowsPageOldestFirst() {
		for (String list : List.of("paragraphs", "motions", "findings", "budgetLines")) {
			List<Map<String, Object>> rows = allPages(list, Map.of("order", "OLDEST_FIRST"), 4);

			List<String> dates = rows.stream().map(row -> (String) row.get("date")).toList();
			assertThat(dates).as(list).isNotEmpty().isSortedAccordingTo(String::compareTo);
			assertThat(rows.stream().map(row -> row.get("id")).toList()).as(list).doesNotHaveDuplicates()
				.hasSize(totalCount(list, Map.of()));
		}
	}

	@Test
	void searchMatchesByDateAreTheBestMatchesInAnotherOrder() {
		List<Map<String, Object>> byRank = allPages("paragraphs", Map.of("search", "kommunen"), 5);
		List<Map<String, Object>> byDate = allPages("paragraphs", Map.of("search", "kommunen", "order", "NEWEST_FIRST"), 5);

		assertThat(byDate.stream().map(row -> (String) row.get("date")).toList())
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(byDate.stream().map(row -> row.get("id")).toList())
			.containsExactlyInAnyOrderElementsOf(byRank.stream().map(row -> row.get("id")).toList());
	}

	@Test
	void budgetRowsFromTheLargestDeficitUpRowsWithoutAPercentLast() {
		List<Map<String, Object>> rows = allPages("budgetLines", Map.of("order", "LARGEST_DEFICIT_FIRST"), 7);

		List<Double> percents = rows.stream().map(row -> (Double) row.get("deviationPercent")).toList();
		int withPercent = (int) percents.stream().filter(p -> p != null).count();
		assertThat(percents.subList(0, withPercent)).doesNotContainNull().isSorted();
		assertThat(percents.subList(withPercent, percents.size())).containsOnlyNulls();
		assertThat(percents.get(0)).isNegative();
		assertThat(rows).hasSize(totalCount("budgetLines", Map.of()));
	}

	@Test
	void aDeficitCursorAtARowWithoutAPercentContinuesWithTheOthersWithoutOne() {
		String beforeAllRowsWithoutAPercent = Cursors.encode("budget-line-deficit", null, 0);

		var rest = this.graphQl.documentName("orderedLists").operationName("budgetLinesInOrder")
			.variable("order", "LARGEST_DEFICIT_FIRST").variable("after", beforeAllRowsWithoutAPercent).variable("first", 100)
			.execute();

		rest.path("budgetLines.edges").entityList(Map.class)
			.satisfies(edges -> assertThat(edges).isNotEmpty().allSatisfy(edge -> assertThat(edge.get("deviationPercent")).isNull()));
	}

	@Test
	void bestMatchWithoutASearchAndAnEditedCursorAreRefused() {
		String edited = Base64.getUrlEncoder().withoutPadding().encodeToString("motion|yesterday|1".getBytes(StandardCharsets.UTF_8));

		this.graphQl.documentName("orderedLists").operationName("paragraphsInOrder").variable("order", "BEST_MATCH").execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("BEST_MATCH behöver en sökning");
			}));
		this.graphQl.documentName("orderedLists").operationName("motionsInOrder").variable("after", edited).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("är ingen motion-markör");
			}));
	}

	/** Where an edge of each list has its meeting's date. */
	private static final Map<String, List<String>> DATE_IN_EDGE = Map.of("paragraphs", List.of("node", "meeting", "date"),
			"motions", List.of("node", "paragraph", "meeting", "date"), "findings", List.of("node", "meeting", "date"),
			"budgetLines", List.of("meeting", "date"));

	/**
	 * Every row of a list, page by page, each as its id, its meeting's date and (budget rows) its
	 * deviation percent.
	 */
	private List<Map<String, Object>> allPages(String list, Map<String, Object> arguments, int pageSize) {
		List<Map<String, Object>> rows = new ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.documentName("orderedLists").operationName(list + "InOrder").variables(arguments)
				.variable("first", pageSize).variable("after", after).execute();
			for (Map<?, ?> edge : page.path(list + ".edges").entityList(Map.class).get()) {
				Object date = edge;
				for (String key : DATE_IN_EDGE.get(list)) {
					date = ((Map<?, ?>) date).get(key);
				}
				Map<String, Object> row = new HashMap<>();
				row.put("id", ((Map<?, ?>) edge.get("node")).get("id"));
				row.put("date", date);
				row.put("deviationPercent", edge.get("deviationPercent") instanceof Number n ? n.doubleValue() : null);
				rows.add(row);
			}
			boolean more = page.path(list + ".pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path(list + ".pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return rows;
	}

	private int totalCount(String list, Map<String, Object> arguments) {
		return this.graphQl.documentName("orderedLists").operationName(list + "InOrder").variables(arguments)
			.variable("first", 0).execute().path(list + ".totalCount").entity(Integer.class).get();
	}

	private List<String> motionParties(Map<String, Object> filter) {
		return this.graphQl.documentName("analysis").operationName("motionsByParty").variable("filter", filter).execute()
			.path("motions.edges[*].node.party").entityList(String.class).get();
	}

	private List<String> budgetLabels(Map<String, Object> filter) {
		return this.graphQl.documentName("analysis").operationName("budgetLines").variable("filter", filter).execute()
			.path("budgetLines.edges[*].node.label").entityList(String.class).get();
	}

	private int budgetLineCount(Map<String, Object> filter) {
		return this.graphQl.documentName("analysis").operationName("budgetLines").variable("filter", filter).execute()
			.path("budgetLines.totalCount").entity(Integer.class).get();
	}

	/** The council's minutes with a recusal added in § 9, a motion, by someone who then makes a proposal there. */
	private static String withRecusalInMotionParagraph(String minutes) {
		String proposals = "### Yrkanden\n\nSandra Wikström (SD) yrkar bifall till motionen.";
		assertThat(minutes).containsOnlyOnce(proposals);
		return minutes.replace(proposals, "### Jäv\n\nJörgen Wallin (S) anmäler jäv och deltar inte i handläggningen av ärendet.\n\n"
				+ proposals);
	}

	private List<String> meetingMunicipalities(Map<String, Object> filter) {
		return this.graphQl.documentName("meetings").variable("filter", filter).execute()
			.path("meetings.edges[*].node.body.municipality.name").entityList(String.class).get()
			.stream().sorted().toList();
	}

	@Test
	void motionsByPartyAndOutcome() {
		this.graphQl.documentName("analysis").operationName("motionsByParty")
			.variable("filter", Map.of("party", "sd"))
			.execute()
			.path("motions.totalCount").entity(Integer.class).isEqualTo(2);
		this.graphQl.documentName("analysis").operationName("motionsByParty")
			.variable("filter", Map.of("outcome", "REJECTED"))
			.execute()
			.path("motions.edges[*].node.party").entityList(String.class).containsExactly("SD");
	}

	@Test
	void committeesOverTheirForecastByMoreThanAShare() {
		var response = this.graphQl.documentName("analysis").operationName("budgetLines")
			.variable("filter", Map.of("municipality", "Smedjebacken", "committeesOnly", true, "minDeficitPercent", 1.5))
			.execute();

		response.path("budgetLines.edges[*].node.label").entityList(String.class)
			.containsExactly("Omsorgsnämnden", "Miljö- o byggnadsnämnden");
		response.path("budgetLines.edges[*].deviationPercent").entityList(Double.class).containsExactly(-2.01, -4.68);
	}

	@Test
	void budgetFiguresSummedByMunicipalityInTheDatabase() {
		var response = this.graphQl.documentName("analysis").operationName("budgetTotals")
			.variable("groupBy", List.of("MUNICIPALITY", "YEAR"))
			.variable("filter", Map.of("municipality", "Smedjebacken", "committeesOnly", true))
			.execute();

		response.path("budgetTotals").entityList(Map.class).satisfies(totals -> {
			assertThat(totals).hasSize(1);
			assertThat(totals.get(0)).containsEntry("municipality", "Smedjebacken")
				.containsEntry("year", 2023)
				.containsEntry("lines", 6)
				.containsEntry("yearBudget", 644920.0)
				.containsEntry("yearDeviation", 800.0)
				.containsEntry("deviationPercent", 0.12);
		});
	}

	@Test
	void findingsCountedByRuleAndByMunicipalityAndYear() {
		var byRule = this.graphQl.documentName("analysis").operationName("findingStatistics")
			.variable("groupBy", List.of("RULE"))
			.variable("filter", Map.of("municipality", "Smedjebacken"))
			.execute();
		var byPlace = this.graphQl.documentName("analysis").operationName("findingStatistics")
			.variable("groupBy", List.of("MUNICIPALITY", "YEAR"))
			.execute();

		byRule.path("findingStatistics[*].ruleId").entityList(String.class)
			.satisfies(rules -> assertThat(rules).containsExactlyInAnyOrder("BUDGET_FIGURE_CONFLICT", "OVERRUN_NOT_REPORTED", "QUORUM_UNVERIFIABLE"));
		byPlace.path("findingStatistics[?(@.municipality == 'Mora')].count").entityList(Integer.class).containsExactly(2);
		byPlace.path("findingStatistics[?(@.municipality == 'Mora')].year").entityList(Integer.class).containsExactly(2023);
	}

	private static String read(String resource) throws IOException {
		return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
	}

}
