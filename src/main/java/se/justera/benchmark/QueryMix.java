package se.justera.benchmark;

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

import tools.jackson.databind.JsonNode;

import se.justera.graphql.Cursors;

/**
 * The analysts' fixed mix: each query as a GraphQL document with variables, and its floor, the
 * minimal hand-written SQL that fetches the same data over JDBC. Both sides turn their answer into
 * the same plain value, so the benchmark can check that they agree.
 */
final class QueryMix {

	/** One query of the mix. The same seed gives both sides the same input. */
	interface Query {

		String name();

		String document();

		Map<String, Object> variables(Random random);

		/** The answer as a plain value, from the GraphQL response's {@code data}. */
		Object fromGraphQl(JsonNode data);

		/** The same answer by the floor's SQL, for the input the same random gives. */
		Object floor(Connection connection, Random random) throws SQLException;

	}

	private final List<Long> meetingIds;

	private final String deepCursor;

	QueryMix(List<Long> meetingIds, String deepCursor) {
		this.meetingIds = meetingIds;
		this.deepCursor = deepCursor;
	}

	List<Query> queries() {
		return List.of(meetingDetail(), oneBodyOneYear(), fullTextSearch(), budgetTotals(), findingsByRule(), deepPage(),
				emptyQuery());
	}

	private long meeting(Random random) {
		return this.meetingIds.get(random.nextInt(this.meetingIds.size()));
	}

	private Query meetingDetail() {
		return new Query() {

			public String name() {
				return "meeting detail";
			}

			public String document() {
				return """
						query ($id: ID!) { meeting(id: $id) { date body { name } paragraphs { number title }
						  attendance { person { name } role } findings { ruleId severity } } }""";
			}

			public Map<String, Object> variables(Random random) {
				return Map.of("id", meeting(random));
			}

			public Object fromGraphQl(JsonNode data) {
				JsonNode m = data.get("meeting");
				List<String> paragraphs = new ArrayList<>();
				m.get("paragraphs").forEach(p -> paragraphs.add(p.get("number").asInt() + " " + p.get("title").asString()));
				List<String> attendance = new ArrayList<>();
				m.get("attendance").forEach(a -> attendance.add(a.get("person").get("name").asString() + " " + a.get("role").asString()));
				List<String> findings = new ArrayList<>();
				m.get("findings").forEach(f -> findings.add(f.get("ruleId").asString() + " " + f.get("severity").asString()));
				return List.of(m.get("date").asString(), m.get("body").get("name").asString(), paragraphs, attendance,
						findings.stream().sorted().toList());
			}

			public Object floor(Connection c, Random random) throws SQLException {
				long id = meeting(random);
				List<String> head = strings(c, """
						select m.meeting_date::text || '|' || b.name from meeting m join body b on b.id = m.body_id
						where m.id = ?""", id);
				List<String> paragraphs = strings(c,
						"select number || ' ' || title from paragraph where meeting_id = ? order by position", id);
				List<String> attendance = strings(c, """
						select p.name || ' ' || a.role from attendance a join person p on p.id = a.person_id
						where a.meeting_id = ? order by a.position""", id);
				List<String> findings = strings(c,
						"select rule_id || ' ' || severity from finding where meeting_id = ? and present order by 1", id);
				String[] dateAndBody = head.get(0).split("\\|", 2);
				return List.of(dateAndBody[0], dateAndBody[1], paragraphs, attendance, findings);
			}
		};
	}

	private static final String[] MUNICIPALITIES = { "Ludvika", "Falun", "Mora", "Umeå", "Lund", "Kalmar" };

	private static final String[] BODIES = { "Kommunstyrelsen", "Socialnämnden", "Tekniska nämnden" };

	private Query oneBodyOneYear() {
		return new Query() {

			public String name() {
				return "one body, one year";
			}

			public String document() {
				return """
						query ($filter: MeetingFilter) { meetings(filter: $filter, first: 20) {
						  totalCount edges { node { id date } } } }""";
			}

			public Map<String, Object> variables(Random random) {
				int year = 2015 + random.nextInt(5);
				return Map.of("filter", Map.of("municipality", MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)],
						"body", BODIES[random.nextInt(BODIES.length)], "from", year + "-01-01", "to", year + "-12-31"));
			}

			public Object fromGraphQl(JsonNode data) {
				return List.of(data.get("meetings").get("totalCount").asInt(), ids(data.get("meetings")));
			}

			public Object floor(Connection c, Random random) throws SQLException {
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
						strings(c, "select m.id " + from + " order by m.meeting_date desc, m.id desc limit 20", params));
			}
		};
	}

	private Query fullTextSearch() {
		return new Query() {

			public String name() {
				return "full-text search";
			}

			public String document() {
				return """
						query ($search: String!) { paragraphs(search: $search, first: 20) {
						  edges { snippet node { id } } } }""";
			}

			public Map<String, Object> variables(Random random) {
				return Map.of("search", "förmånscykel");
			}

			public Object fromGraphQl(JsonNode data) {
				return ids(data.get("paragraphs"));
			}

			public Object floor(Connection c, Random random) throws SQLException {
				return strings(c, """
						select p.id from paragraph p, websearch_to_tsquery('swedish', ?) q
						where p.search_vector @@ q order by ts_rank(p.search_vector, q) desc, p.id desc limit 20""",
						"förmånscykel");
			}
		};
	}

	private Query budgetTotals() {
		return new Query() {

			public String name() {
				return "budget totals by municipality";
			}

			public String document() {
				return """
						query { budgetTotals(groupBy: [MUNICIPALITY], filter: { committeesOnly: true }) {
						  municipality yearBudget } }""";
			}

			public Map<String, Object> variables(Random random) {
				return Map.of();
			}

			public Object fromGraphQl(JsonNode data) {
				List<String> result = new ArrayList<>();
				data.get("budgetTotals").forEach(t -> result.add(t.get("municipality").asString() + "=" + t.get("yearBudget").asLong()));
				return result.stream().sorted().toList();
			}

			public Object floor(Connection c, Random random) throws SQLException {
				return strings(c, """
						select mu.name || '=' || sum(l.year_budget) from budget_line l join budget_report r on r.id = l.report_id
						join paragraph p on p.id = r.paragraph_id join meeting m on m.id = p.meeting_id
						join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
						join budget_unit u on u.municipality_id = mu.id and lower(u.label) = lower(l.label) and u.committee
						group by mu.name order by 1""").stream().sorted().toList();
			}
		};
	}

	private Query findingsByRule() {
		return new Query() {

			public String name() {
				return "findings by rule, one year";
			}

			public String document() {
				return """
						query ($filter: FindingFilter) { findingStatistics(groupBy: [RULE], filter: $filter) {
						  ruleId count } }""";
			}

			public Map<String, Object> variables(Random random) {
				return Map.of("filter", Map.of("from", "2016-01-01", "to", "2016-12-31"));
			}

			public Object fromGraphQl(JsonNode data) {
				List<String> result = new ArrayList<>();
				data.get("findingStatistics").forEach(g -> result.add(g.get("ruleId").asString() + "=" + g.get("count").asInt()));
				return result.stream().sorted().toList();
			}

			public Object floor(Connection c, Random random) throws SQLException {
				return strings(c, """
						select f.rule_id || '=' || count(*) from finding f join meeting m on m.id = f.meeting_id
						where f.present and m.meeting_date between '2016-01-01' and '2016-12-31' group by f.rule_id""")
					.stream().sorted().toList();
			}
		};
	}

	private Query deepPage() {
		return new Query() {

			public String name() {
				return "deep page (50 000th)";
			}

			public String document() {
				return "query ($after: String) { meetings(first: 20, after: $after) { edges { node { id } } } }";
			}

			public Map<String, Object> variables(Random random) {
				return Map.of("after", QueryMix.this.deepCursor);
			}

			public Object fromGraphQl(JsonNode data) {
				return ids(data.get("meetings"));
			}

			public Object floor(Connection c, Random random) throws SQLException {
				String[] key = Cursors.decode("meeting", 2, QueryMix.this.deepCursor);
				return strings(c, """
						select id from meeting where (meeting_date, id) < (?, ?)
						order by meeting_date desc, id desc limit 20""", Date.valueOf(key[0]), Long.valueOf(key[1]));
			}
		};
	}

	/**
	 * Not in the mix: what any request costs, HTTP and GraphQL with no data, next to a query
	 * that asks PostgreSQL for nothing. It shows the fixed cost in the other lines.
	 */
	private Query emptyQuery() {
		return new Query() {

			public String name() {
				return "(fixed cost: { __typename })";
			}

			public String document() {
				return "query { __typename }";
			}

			public Map<String, Object> variables(Random random) {
				return Map.of();
			}

			public Object fromGraphQl(JsonNode data) {
				return data.get("__typename").asString();
			}

			public Object floor(Connection c, Random random) throws SQLException {
				return strings(c, "select 'Query'").get(0);
			}
		};
	}

	private static List<String> ids(JsonNode connection) {
		List<String> ids = new ArrayList<>();
		connection.get("edges").forEach(edge -> ids.add(edge.get("node").get("id").asString()));
		return ids;
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
