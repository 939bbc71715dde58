package se.justera.benchmark;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.justera.graphql.Cursors;

/**
 * The analysts' fixed mix: each query as a GraphQL document with variables, and its floor, the
 * minimal hand-written SQL that fetches the same data over JDBC. Both sides turn their answer into
 * the same plain value, so the benchmark can check that they agree.
 */
final class QueryMix {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The floor's side of a query: the same answer by SQL, for the input the same random gives. */
	@FunctionalInterface
	interface Floor {

		Object answer(Connection connection, Random random) throws SQLException;

	}

	/**
	 * One query of the mix. The same seed gives both sides the same input: {@code variables} and
	 * {@code floor} draw from the random in the same order.
	 */
	record Query(String name, String document, Function<Random, Map<String, Object>> variables,
			Function<JsonNode, Object> fromGraphQl, Floor floor, Peer peer) {

		Query(String name, String document, Function<Random, Map<String, Object>> variables,
				Function<JsonNode, Object> fromGraphQl, Floor floor) {
			this(name, document, variables, fromGraphQl, floor, null);
		}

		Query withPeer(Peer peer) {
			return new Query(this.name, this.document, this.variables, this.fromGraphQl, this.floor, peer);
		}

		/** The API's answer as a plain value; an exception if the response has errors. */
		Object askApi(HttpConnection http, Random random) throws IOException {
			return ask(this.name, http, body(random), this.fromGraphQl);
		}

		/** The request body with the input the random gives. */
		String body(Random random) {
			return QueryMix.body(this.document, this.variables.apply(random));
		}

	}

	/**
	 * The same query written for PostGraphile's schema over the same tables (benchmark/postgraphile),
	 * whose answer turns into the same plain value as the API's, from the same random.
	 */
	record Peer(String document, Function<Random, Map<String, Object>> variables, Function<JsonNode, Object> fromGraphQl) {

		Object ask(HttpConnection http, Random random) throws IOException {
			return QueryMix.ask("PostGraphile", http, body(random), this.fromGraphQl);
		}

		/** The request body with the input the random gives. */
		String body(Random random) {
			return QueryMix.body(this.document, this.variables.apply(random));
		}

	}

	static String body(String document, Map<String, Object> variables) {
		return JSON.writeValueAsString(Map.of("query", document, "variables", variables));
	}

	static Object ask(String side, HttpConnection http, String body, Function<JsonNode, Object> fromGraphQl)
			throws IOException {
		String response = http.postJson(body);
		JsonNode json = JSON.readTree(response);
		if (json.has("errors")) {
			throw new IllegalStateException(side + ": " + response);
		}
		return fromGraphQl.apply(json.get("data"));
	}

	private static final String[] MUNICIPALITIES = { "Ludvika", "Falun", "Mora", "Umeå", "Lund", "Kalmar" };

	private static final String[] BODIES = { "Kommunstyrelsen", "Socialnämnden", "Tekniska nämnden" };

	/** Rules that few meetings break: a list of a year's findings of one of them is a selective filter. */
	private static final String[] RARE_RULES = { "CHECKING_LATE", "NOTICE_POSTED_LATE", "NOTICE_REMOVED_EARLY" };

	private final List<Long> meetingIds;

	private final int depth;

	private final String deepCursor;

	/** PostGraphile's cursor at the same meeting as {@link #deepCursor}; null until asked for. */
	private final String peerDeepCursor;

	private QueryMix(List<Long> meetingIds, int depth, String deepCursor, String peerDeepCursor) {
		this.meetingIds = meetingIds;
		this.depth = depth;
		this.deepCursor = deepCursor;
		this.peerDeepCursor = peerDeepCursor;
	}

	/** The same mix with the peer's cursor for the deep page, asked from the peer itself. */
	QueryMix withPeer(HttpConnection peer) throws IOException {
		Object cursor = ask("PostGraphile", peer, body("""
				query ($offset: Int!) { allMeetings(orderBy: [MEETING_DATE_DESC, ROW_ID_DESC], first: 1, offset: $offset) {
				  edges { cursor } } }""", Map.of("offset", this.depth)),
				data -> data.get("allMeetings").get("edges").get(0).get("cursor").asString());
		return new QueryMix(this.meetingIds, this.depth, this.deepCursor, (String) cursor);
	}

	/**
	 * The mix for the corpus in this database: meeting detail draws from all its meetings, and the
	 * deep page starts after the meeting at the given depth (or the last one, if there are fewer).
	 */
	static QueryMix of(Connection connection, int depth) throws SQLException {
		List<Long> ids = strings(connection, "select id from meeting order by id").stream().map(Long::valueOf).toList();
		int offset = Math.min(depth, ids.size() - 1);
		String[] key = strings(connection, """
				select meeting_date || ' ' || id from meeting order by meeting_date desc, id desc offset ? limit 1""",
				offset).get(0).split(" ");
		return new QueryMix(ids, offset, Cursors.encode("meeting", key[0], key[1]), null);
	}

	List<Query> queries() {
		return List.of(meetingDetail(), oneBodyOneYear(), deepPage(), rareRuleFindings(), quorumFindings(),
				fullTextSearch(), budgetTotals(), findingsByRule(), emptyQuery());
	}

	private long meeting(Random random) {
		return this.meetingIds.get(random.nextInt(this.meetingIds.size()));
	}

	private Query meetingDetail() {
		return new Query("meeting detail", """
				query ($id: ID!) { meeting(id: $id) { date body { name } paragraphs { number title }
				  attendance { person { name } role } findings { ruleId severity } } }""",
				random -> Map.of("id", meeting(random)), data -> {
					JsonNode m = data.get("meeting");
					return List.of(m.get("date").asString(), m.get("body").get("name").asString(),
							texts(m.get("paragraphs"), p -> p.get("number").asInt() + " " + p.get("title").asString()),
							texts(m.get("attendance"), a -> a.get("person").get("name").asString() + " " + a.get("role").asString()),
							texts(m.get("findings"), f -> f.get("ruleId").asString() + " " + f.get("severity").asString())
								.stream()
								.sorted()
								.toList());
				}, (c, random) -> {
					long id = meeting(random);
					String[] dateAndBody = strings(c, """
							select m.meeting_date::text || '|' || b.name from meeting m join body b on b.id = m.body_id
							where m.id = ?""", id).get(0).split("\\|", 2);
					List<String> paragraphs = strings(c,
							"select number || ' ' || title from paragraph where meeting_id = ? order by position", id);
					List<String> attendance = strings(c, """
							select p.name || ' ' || a.role from attendance a join person p on p.id = a.person_id
							where a.meeting_id = ? order by a.position""", id);
					List<String> findings = strings(c,
							"select rule_id || ' ' || severity from finding where meeting_id = ? and present order by 1", id);
					return List.of(dateAndBody[0], dateAndBody[1], paragraphs, attendance, findings);
				}).withPeer(new Peer("""
						query ($id: BigInt!) { meetingByRowId(rowId: $id) { meetingDate bodyByBodyId { name }
						  paragraphsByMeetingId(orderBy: POSITION_ASC) { nodes { number title } }
						  attendancesByMeetingId(orderBy: POSITION_ASC) { nodes { personByPersonId { name } role } }
						  findingsByMeetingId(condition: { present: true }) { nodes { ruleId severity } } } }""",
						random -> Map.of("id", String.valueOf(meeting(random))), data -> {
							JsonNode m = data.get("meetingByRowId");
							return List.of(m.get("meetingDate").asString(), m.get("bodyByBodyId").get("name").asString(),
									texts(m.get("paragraphsByMeetingId").get("nodes"),
											p -> p.get("number").asInt() + " " + p.get("title").asString()),
									texts(m.get("attendancesByMeetingId").get("nodes"),
											a -> a.get("personByPersonId").get("name").asString() + " " + a.get("role").asString()),
									sorted(texts(m.get("findingsByMeetingId").get("nodes"),
											f -> f.get("ruleId").asString() + " " + f.get("severity").asString())));
						}));
	}

	private Query oneBodyOneYear() {
		return new Query("one body, one year", """
				query ($filter: MeetingFilter) { meetings(filter: $filter, first: 50) {
				  totalCount edges { node { databaseId date } } } }""", random -> {
					int year = 2015 + random.nextInt(5);
					return Map.of("filter", Map.of("municipality", MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)],
							"body", BODIES[random.nextInt(BODIES.length)], "from", year + "-01-01", "to", year + "-12-31"));
				}, data -> List.of(data.get("meetings").get("totalCount").asInt(), ids(data.get("meetings"))),
				(c, random) -> {
					int year = 2015 + random.nextInt(5);
					String municipality = MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
					String body = BODIES[random.nextInt(BODIES.length)];
					String from = """
							from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
							where lower(mu.name) = lower(?) and lower(b.name) = lower(?) and m.meeting_date between ? and ?""";
					Object[] params = { municipality, body, Date.valueOf(LocalDate.of(year, 1, 1)),
							Date.valueOf(LocalDate.of(year, 12, 31)) };
					int total = Integer.parseInt(strings(c, "select count(*) " + from, params).get(0));
					return List.of(total,
							strings(c, "select m.id " + from + " order by m.meeting_date desc, m.id desc limit 50", params));
				}).withPeer(new Peer("""
						query ($municipality: String!, $body: String!, $from: Date!, $to: Date!) {
						  allMeetings(first: 50, orderBy: [MEETING_DATE_DESC, ROW_ID_DESC], filter: {
						    meetingDate: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to }
						    bodyByBodyId: { name: { equalToInsensitive: $body }
						      municipalityByMunicipalityId: { name: { equalToInsensitive: $municipality } } } }) {
						  totalCount nodes { rowId } } }""", random -> {
							int year = 2015 + random.nextInt(5);
							return Map.of("municipality", MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)], "body",
									BODIES[random.nextInt(BODIES.length)], "from", year + "-01-01", "to", year + "-12-31");
						}, data -> List.of(data.get("allMeetings").get("totalCount").asInt(),
								texts(data.get("allMeetings").get("nodes"), n -> n.get("rowId").asString()))));
	}

	/** A year's findings of one rare rule, newest meeting first, with their count. */
	private Query rareRuleFindings() {
		return findingsOfAYear("findings of a rare rule, one year", 20,
				random -> RARE_RULES[random.nextInt(RARE_RULES.length)]);
	}

	/** A year's QUORUM findings, the first 100 by their meeting's date, with their count. */
	private Query quorumFindings() {
		return findingsOfAYear("QUORUM findings of a year, 100", 100, random -> "QUORUM");
	}

	private static Query findingsOfAYear(String name, int first, Function<Random, String> rule) {
		return new Query(name, """
				query ($filter: FindingFilter, $first: Int) { findings(filter: $filter, first: $first) {
				  totalCount edges { node { databaseId ruleId } } } }""", random -> {
					String ruleId = rule.apply(random);
					int year = 2015 + random.nextInt(5);
					return Map.of("first", first, "filter",
							Map.of("ruleId", ruleId, "from", year + "-01-01", "to", year + "-12-31"));
				}, data -> List.of(data.get("findings").get("totalCount").asInt(), ids(data.get("findings"))),
				(c, random) -> {
					String ruleId = rule.apply(random);
					int year = 2015 + random.nextInt(5);
					String from = "from finding f where f.present and f.rule_id = ? and f.meeting_date between ? and ?";
					Object[] params = { ruleId, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)) };
					int total = Integer.parseInt(strings(c, "select count(*) " + from, params).get(0));
					return List.of(total, strings(c,
							"select f.id " + from + " order by f.meeting_date desc, f.meeting_id desc, f.id desc limit " + first,
							params));
				}).withPeer(new Peer("""
						query ($rule: String!, $from: Date!, $to: Date!, $first: Int!) {
						  allFindings(first: $first, orderBy: [MEETING_DATE_DESC, MEETING_ID_DESC, ROW_ID_DESC], filter: {
						    present: { equalTo: true } ruleId: { equalTo: $rule }
						    meetingDate: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to } }) {
						  totalCount nodes { rowId } } }""", random -> {
							String ruleId = rule.apply(random);
							int year = 2015 + random.nextInt(5);
							return Map.of("rule", ruleId, "from", year + "-01-01", "to", year + "-12-31", "first", first);
						}, data -> List.of(data.get("allFindings").get("totalCount").asInt(),
								texts(data.get("allFindings").get("nodes"), n -> n.get("rowId").asString()))));
	}

	private Query fullTextSearch() {
		return new Query("full-text search", """
				query ($search: String!) { paragraphs(search: $search, first: 20) {
				  edges { snippet node { databaseId } } } }""", random -> Map.of("search", "förmånscykel"),
				data -> ids(data.get("paragraphs")), (c, random) -> strings(c, """
						select p.id from paragraph p, websearch_to_tsquery('swedish', ?) q
						where p.search_vector @@ q order by ts_rank(p.search_vector, q) desc, p.id desc limit 20""",
						"förmånscykel"));
	}

	private Query budgetTotals() {
		return new Query("budget totals by municipality", """
				query { budgetTotals(groupBy: [MUNICIPALITY], filter: { committeesOnly: true }) {
				  municipality yearBudget } }""", random -> Map.of(),
				data -> sorted(texts(data.get("budgetTotals"),
						t -> t.get("municipality").asString() + "=" + t.get("yearBudget").asLong())),
				(c, random) -> sorted(strings(c, """
						select mu.name || '=' || sum(l.year_budget) from budget_line l join budget_report r on r.id = l.report_id
						join paragraph p on p.id = r.paragraph_id join meeting m on m.id = p.meeting_id
						join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
						join budget_unit u on u.municipality_id = mu.id and lower(u.label) = lower(l.label) and u.committee
						group by mu.name""")));
	}

	private Query findingsByRule() {
		return new Query("findings by rule, one year", """
				query ($filter: FindingFilter) { findingStatistics(groupBy: [RULE], filter: $filter) {
				  ruleId count } }""", random -> Map.of("filter", Map.of("from", "2016-01-01", "to", "2016-12-31")),
				data -> sorted(texts(data.get("findingStatistics"), g -> g.get("ruleId").asString() + "=" + g.get("count").asInt())),
				(c, random) -> sorted(strings(c, """
						select f.rule_id || '=' || count(*) from finding f
						where f.present and f.meeting_date between '2016-01-01' and '2016-12-31' group by f.rule_id""")));
	}

	private Query deepPage() {
		return new Query("deep page (50 000th)",
				"query ($after: String) { meetings(first: 20, after: $after) { edges { node { databaseId } } } }",
				random -> Map.of("after", this.deepCursor), data -> ids(data.get("meetings")), (c, random) -> {
					String[] key = Cursors.decode("meeting", 2, this.deepCursor);
					return strings(c, """
							select id from meeting where (meeting_date, id) < (?, ?)
							order by meeting_date desc, id desc limit 20""", Date.valueOf(key[0]), Long.valueOf(key[1]));
				}).withPeer(new Peer("""
						query ($after: Cursor) { allMeetings(first: 20, after: $after, orderBy: [MEETING_DATE_DESC, ROW_ID_DESC]) {
						  nodes { rowId } } }""", random -> Map.of("after", this.peerDeepCursor),
						data -> texts(data.get("allMeetings").get("nodes"), n -> n.get("rowId").asString())));
	}

	/**
	 * Not in the mix: what any request costs, HTTP and GraphQL with no data, next to a query
	 * that asks PostgreSQL for nothing. It shows the fixed cost in the other lines.
	 */
	private Query emptyQuery() {
		return new Query("(fixed cost: { __typename })", "query { __typename }", random -> Map.of(),
				data -> data.get("__typename").asString(), (c, random) -> strings(c, "select 'Query'").get(0))
			.withPeer(new Peer("query { __typename }", random -> Map.of(), data -> data.get("__typename").asString()));
	}

	private static List<String> texts(JsonNode list, Function<JsonNode, String> text) {
		List<String> texts = new ArrayList<>();
		list.forEach(item -> texts.add(text.apply(item)));
		return texts;
	}

	private static List<String> ids(JsonNode connection) {
		// databaseId: the plain stored id, as the SQL floor and PostGraphile's rowId give it (id is global)
		return texts(connection.get("edges"), edge -> edge.get("node").get("databaseId").asString());
	}

	private static List<String> sorted(List<String> texts) {
		return texts.stream().sorted().toList();
	}

	/** The first column of every row, as text. */
	static List<String> strings(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			List<String> result = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					result.add(rs.getString(1));
				}
			}
			return result;
		}
	}

}
