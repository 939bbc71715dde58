package se.justera.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.justera.CommandOptions;

/**
 * {@code benchmark-queries [--clients 8] [--requests 400]}: after 10 s of warm-up per query and
 * side, runs the analysts' fixed mix over HTTP
 * against this app with concurrent clients, and the same data fetched by minimal hand-written SQL
 * over JDBC (the floor); prints throughput and p50/p99 latency for both, checks that each query's
 * result equals the floor's, and prints the process's peak memory. Run it on a generated corpus.
 */
@Component
@ConditionalOnProperty(name = "justera.command", havingValue = "benchmark-queries")
class QueryBenchmarkCommand implements ApplicationRunner {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApplicationContext context;

	private final JdbcClient jdbc;

	private final PrintStream out = System.out;

	QueryBenchmarkCommand(ApplicationContext context, JdbcClient jdbc) {
		this.context = context;
		this.jdbc = jdbc;
	}

	/** One query of the mix: its GraphQL form, its SQL floor, and how to compare their results. */
	private record Query(String name, Function<Random, String> graphQl, Function<String, Object> fromGraphQl,
			Function<Random, Object> floorForSameInput) {
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		String[] args = arguments.getSourceArgs();
		int clients = (int) CommandOptions.number(args, "--clients", 8);
		int requests = (int) CommandOptions.number(args, "--requests", 400);
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		int meetings = this.jdbc.sql("select count(*) from meeting").query(Integer.class).single();
		this.out.printf("corpus: %d meetings, %d paragraphs, %d findings; %d clients, %d requests per query%n", meetings,
				this.jdbc.sql("select count(*) from paragraph").query(Integer.class).single(),
				this.jdbc.sql("select count(*) from finding").query(Integer.class).single(), clients, requests);
		List<Long> ids = this.jdbc.sql("select id from meeting order by id").query(Long.class).list();
		String deepCursor = deepCursor(Math.min(50_000, meetings - 1));
		Inputs inputs = new Inputs(ids, deepCursor);
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();

		this.out.printf("%-26s %10s %9s %9s | %10s %9s %9s | %6s %s%n", "query", "req/s", "p50 ms", "p99 ms", "floor/s",
				"p50 ms", "p99 ms", "p99 x", "same result");
		for (Query query : mix(inputs)) {
			// the same input for both, checked once
			long seed = 7;
			Object graphQlResult = query.fromGraphQl().apply(post(http, port, query.graphQl().apply(new Random(seed))));
			Object floorResult = query.floorForSameInput().apply(new Random(seed));
			boolean same = graphQlResult.equals(floorResult);
			// warm-up with the same concurrency until the JIT has settled: 10 s each side
			warmUp(clients, r -> post(http, port, query.graphQl().apply(r)));
			warmUp(clients, r -> query.floorForSameInput().apply(r));
			long[] api = measure(clients, requests, r -> post(http, port, query.graphQl().apply(r)));
			long[] floor = measure(clients, requests, r -> query.floorForSameInput().apply(r));
			this.out.printf("%-26s %10.0f %9.2f %9.2f | %10.0f %9.2f %9.2f | %6.1f %s%n", query.name(), rate(api),
					pct(api, 50), pct(api, 99), rate(floor), pct(floor, 50), pct(floor, 99), pct(api, 99) / pct(floor, 99),
					same ? "yes" : "NO: " + graphQlResult + " vs " + floorResult);
		}
		this.out.printf("peak resident memory of this process (VmHWM): %s; heap in use now: %d MB%n", peakRss(),
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000);
	}

	private record Inputs(List<Long> ids, String deepCursor) {

		long meeting(Random r) {
			return this.ids.get(r.nextInt(this.ids.size()));
		}

	}

	private List<Query> mix(Inputs in) {
		List<Query> mix = new ArrayList<>();
		mix.add(new Query("meeting detail", r -> "{ meeting(id: " + in.meeting(r) + ") { date body { name }"
				+ " paragraphs { number title } attendance { person { name } role } findings { ruleId severity } } }",
				body -> summary(json(body).at("/data/meeting"), "paragraphs", "attendance", "findings"),
				r -> {
					long id = in.meeting(r);
					return List.of(
							this.jdbc.sql("select count(*) from paragraph where meeting_id = ?").params(id).query(Integer.class).single(),
							this.jdbc.sql("select count(*) from attendance a join person p on p.id = a.person_id where a.meeting_id = ?")
								.params(id).query(Integer.class).single(),
							this.jdbc.sql("select count(*) from finding where meeting_id = ? and present").params(id).query(Integer.class).single(),
							this.jdbc.sql("select m.meeting_date::text from meeting m join body b on b.id = m.body_id where m.id = ?")
								.params(id).query(String.class).single());
				}));
		mix.add(new Query("one body, one year", r -> {
			String[] place = place(r);
			return "{ meetings(filter: { municipality: \"" + place[0] + "\", body: \"" + place[1] + "\", from: \"" + place[2]
					+ "-01-01\", to: \"" + place[2] + "-12-31\" }, first: 20) { totalCount edges { node { id } } } }";
		}, body -> ids(json(body).at("/data/meetings")), r -> {
			String[] place = place(r);
			return this.jdbc.sql("""
					select m.id from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
					where lower(mu.name) = lower(?) and lower(b.name) = lower(?) and m.meeting_date between ? and ?
					order by m.meeting_date desc, m.id desc limit 20""")
				.params(place[0], place[1], LocalDate.parse(place[2] + "-01-01"), LocalDate.parse(place[2] + "-12-31"))
				.query(Long.class).list().stream().map(String::valueOf).toList();
		}));
		mix.add(new Query("full-text search", r -> "{ paragraphs(search: \"förmånscykel\", first: 20) { totalCount"
				+ " edges { snippet node { id } } } }", body -> ids(json(body).at("/data/paragraphs")),
				r -> this.jdbc.sql("""
						select p.id from paragraph p, websearch_to_tsquery('swedish', 'förmånscykel') q
						where p.search_vector @@ q order by ts_rank(p.search_vector, q) desc, p.id desc limit 20""")
					.query(Long.class).list().stream().map(String::valueOf).toList()));
		mix.add(new Query("budget totals by municipality", r -> "{ budgetTotals(groupBy: [MUNICIPALITY], filter: {"
				+ " committeesOnly: true }) { municipality yearBudget } }",
				body -> totals(json(body).at("/data/budgetTotals")), r -> this.jdbc.sql("""
						select mu.name, sum(l.year_budget) from budget_line l join budget_report r on r.id = l.report_id
						join paragraph p on p.id = r.paragraph_id join meeting m on m.id = p.meeting_id
						join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
						join budget_unit u on u.municipality_id = mu.id and lower(u.label) = lower(l.label) and u.committee
						group by mu.name order by mu.name""")
					.query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list()));
		mix.add(new Query("findings by rule, one year", r -> "{ findingStatistics(groupBy: [RULE], filter: { from:"
				+ " \"2016-01-01\", to: \"2016-12-31\" }) { ruleId count } }",
				body -> counts(json(body).at("/data/findingStatistics")), r -> this.jdbc.sql("""
						select f.rule_id, count(*) from finding f join meeting m on m.id = f.meeting_id
						where f.present and m.meeting_date between '2016-01-01' and '2016-12-31' group by f.rule_id order by f.rule_id""")
					.query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list()));
		mix.add(new Query("deep page (50 000th)", r -> "{ meetings(first: 20, after: \"" + in.deepCursor() + "\") {"
				+ " edges { node { id } } } }", body -> ids(json(body).at("/data/meetings")), r -> {
					String[] key = se.justera.graphql.Cursors.decode("meeting", 2, in.deepCursor());
					return this.jdbc.sql("select id from meeting where (meeting_date, id) < (?, ?) order by meeting_date desc, id desc limit 20")
						.params(LocalDate.parse(key[0]), Long.valueOf(key[1])).query(Long.class).list().stream().map(String::valueOf).toList();
				}));
		return mix;
	}

	private String[] place(Random r) {
		String[] municipalities = { "Ludvika", "Falun", "Mora", "Umeå", "Lund", "Kalmar" };
		String[] bodies = { "Kommunstyrelsen", "Socialnämnden", "Tekniska nämnden" };
		return new String[] { municipalities[r.nextInt(municipalities.length)], bodies[r.nextInt(bodies.length)],
				String.valueOf(2015 + r.nextInt(5)) };
	}

	private String deepCursor(int position) {
		Map<String, Object> row = this.jdbc.sql("select meeting_date, id from meeting order by meeting_date desc, id desc offset ? limit 1")
			.params(position).query().singleRow();
		return se.justera.graphql.Cursors.encode("meeting", row.get("meeting_date"), row.get("id"));
	}

	private static JsonNode json(String body) {
		JsonNode node = JSON.readTree(body);
		if (node.has("errors")) {
			throw new IllegalStateException("GraphQL errors: " + node.get("errors"));
		}
		return node;
	}

	private static Object summary(JsonNode meeting, String... lists) {
		List<Object> result = new ArrayList<>();
		for (String list : lists) {
			result.add(meeting.get(list).size());
		}
		result.add(meeting.get("date").asString());
		return result;
	}

	private static List<String> ids(JsonNode connection) {
		List<String> ids = new ArrayList<>();
		connection.get("edges").forEach(edge -> ids.add(edge.get("node").get("id").asString()));
		return ids;
	}

	private static List<String> totals(JsonNode totals) {
		List<String> result = new ArrayList<>();
		totals.forEach(t -> result.add(t.get("municipality").asString() + "=" + t.get("yearBudget").asLong()));
		return result.stream().sorted().toList();
	}

	private static List<String> counts(JsonNode groups) {
		List<String> result = new ArrayList<>();
		groups.forEach(g -> result.add(g.get("ruleId").asString() + "=" + g.get("count").asInt()));
		return result.stream().sorted().toList();
	}

	private static String post(HttpClient http, int port, String query) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void warmUp(int clients, java.util.function.Consumer<Random> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + 10_000_000_000L;
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			futures.add(pool.submit(() -> {
				Random random = new Random(1000 + client);
				while (System.nanoTime() < end) {
					call.accept(random);
				}
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
	}

	/** Runs the call with concurrent clients; returns each call's latency in nanos, then the wall time last. */
	private static long[] measure(int clients, int requests, java.util.function.Consumer<Random> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long[] latencies = new long[requests];
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			futures.add(pool.submit(() -> {
				Random random = new Random(client);
				for (int i = client; i < requests; i += clients) {
					long t = System.nanoTime();
					call.accept(random);
					latencies[i] = System.nanoTime() - t;
				}
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		long wall = System.nanoTime() - start;
		pool.shutdown();
		Arrays.sort(latencies);
		long[] result = Arrays.copyOf(latencies, requests + 1);
		result[requests] = wall;
		return result;
	}

	private static double rate(long[] measured) {
		int n = measured.length - 1;
		return n / (measured[n] / 1e9);
	}

	private static double pct(long[] measured, int percentile) {
		int n = measured.length - 1;
		return measured[Math.min(n - 1, n * percentile / 100)] / 1e6;
	}

	private static String peakRss() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
				.map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

}
