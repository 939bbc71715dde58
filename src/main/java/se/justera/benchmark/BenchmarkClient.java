package se.justera.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import se.justera.command.CommandOptions;

/**
 * The load side of {@code benchmark-queries}, run in its own JVM so that it does not share the
 * server's heap, JIT and threads: {@code benchmark-client --graphql URL --jdbc URL --user U
 * --password P [--clients 8] [--seconds 10] [--warm-up 10] [--peer URL] [--queries NAME,...]
 * [--load wrk|jvm]}. For each query of the {@link QueryMix} it checks that the API's answer equals
 * the floor's, warms both sides up until their throughput settles, then measures each for the same
 * time with the same number of concurrent clients, each client with its own kept-alive HTTP
 * connection or JDBC connection, and prints a line. With {@code --peer}, the
 * same mix written for PostGraphile's schema is sent to PostGraphile too, its answers compared with
 * the API's, and the line has its figures and the ratio of the API's throughput to the peer's. The
 * API's and the peer's load comes from wrk where it is installed ({@link WrkLoad}), else from this
 * JVM's clients; the floor's always from this JVM.
 */
public final class BenchmarkClient {

	/** Warm-up rounds run until two in a row differ by less than this in throughput. */
	private static final double SETTLED = 0.03;

	/**
	 * The server's JIT takes long to settle on two busy cores: meeting detail ran at 464 req/s over
	 * its first 90 s of load and at 965 req/s after two minutes (wrk, 8 connections). So the first
	 * query's API side warms for at least this long, the others for at least 10 s.
	 */
	private static final long FIRST_WARM_UP_SECONDS = 120;

	/** Distinct request bodies wrk cycles through per query and side. */
	private static final int WRK_BODIES = 2000;

	private final PrintStream out = System.out;

	private final URI graphQl;

	private final String jdbcUrl;

	private final String user;

	private final String password;

	private final int clients;

	private final int seconds;

	/** PostGraphile's endpoint, or null to measure against the floor alone. */
	private final URI peer;

	/** The least warm-up per side; the first query's API side warms at least {@link #FIRST_WARM_UP_SECONDS}. */
	private final long warmUp;

	/** Whether the API's and the peer's load comes from wrk ({@code --load wrk}) rather than this JVM ({@code --load jvm}). */
	private final boolean wrk;

	/** Names (or the start of names) of the queries to run, e.g. "meeting detail,deep page"; empty: all. */
	private final List<String> only;

	private BenchmarkClient(String[] args) {
		this.graphQl = URI.create(option(args, "--graphql"));
		this.jdbcUrl = option(args, "--jdbc");
		this.user = option(args, "--user");
		this.password = option(args, "--password");
		this.clients = (int) CommandOptions.number(args, "--clients", 8);
		this.seconds = (int) CommandOptions.number(args, "--seconds", 10);
		String peer = optional(args, "--peer");
		this.peer = peer == null ? null : URI.create(peer);
		this.warmUp = CommandOptions.number(args, "--warm-up", 10);
		String only = optional(args, "--queries");
		this.only = only == null ? List.of() : List.of(only.split(","));
		String load = optional(args, "--load");
		if (load != null && !load.equals("wrk") && !load.equals("jvm")) {
			throw new IllegalArgumentException("--load is wrk or jvm, not " + load);
		}
		boolean available = WrkLoad.available();
		if ("wrk".equals(load) && !available) {
			throw new IllegalArgumentException("--load wrk, but wrk cannot be run here (apt-get install wrk)");
		}
		this.wrk = load == null ? available : load.equals("wrk");
	}

	public static void main(String[] args) {
		int exit = 0;
		try {
			new BenchmarkClient(args).run();
		}
		catch (Exception ex) {
			ex.printStackTrace();
			exit = 1;
		}
		// the clients' pools would keep the JVM, and the waiting server, alive
		System.exit(exit);
	}

	/**
	 * What one client holds: its own HTTP connection to the API, JDBC connection for the floor and
	 * HTTP connection to the peer (null without one).
	 */
	private record Session(HttpConnection http, Connection jdbc, HttpConnection peer) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			this.http.close();
			this.jdbc.close();
			if (this.peer != null) {
				this.peer.close();
			}
		}

	}

	/** A side of the comparison: one call with the input the random gives. */
	private interface Side {

		Object call(Session session, Random random) throws Exception;

	}

	/** A side whose load comes from wrk (its single calls, for the answers, from this JVM). */
	private record WrkSide(Side side, WrkLoad load) implements Side {

		@Override
		public Object call(Session session, Random random) throws Exception {
			return this.side.call(session, random);
		}

	}

	/** The latencies of one run of a side, sorted or not, and how long it ran. */
	record Turn(long[] latencies, long nanos) {

		double rate() {
			return this.latencies.length / (this.nanos / 1e9);
		}

	}

	private void run() throws Exception {
		QueryMix mix;
		try (Connection c = connect()) {
			mix = QueryMix.of(c, 50_000);
			List<String> corpus = QueryMix.strings(c, """
					select (select count(*) from meeting) || ' meetings, ' || (select count(*) from paragraph)
					|| ' paragraphs, ' || (select count(*) from finding) || ' findings'""");
			this.out.printf("corpus: %s; %d clients, %d s per query and side after warm-up; load from %s%n", corpus.get(0),
					this.clients, this.seconds, this.wrk ? "wrk (API and peer; the floor from this JVM's JDBC clients)"
							: "this JVM's clients");
		}
		if (this.peer != null) {
			try (HttpConnection http = new HttpConnection(this.peer)) {
				mix = mix.withPeer(http);
			}
		}
		this.out.printf("%-34s %7s %7s %7s | %7s %7s %7s %6s | %7s %7s %7s | %s%n", "query", "req/s", "p50 ms", "p99 ms",
				"peer/s", "p50 ms", "p99 ms", "ratio", "floor/s", "p50 ms", "p99 ms", "same result (API = floor, = peer)");
		boolean first = true;
		for (QueryMix.Query query : mix.queries()) {
			if (!this.only.isEmpty() && this.only.stream().noneMatch(name -> query.name().startsWith(name.strip()))) {
				continue;
			}
			boolean withPeer = this.peer != null && query.peer() != null;
			Side api = (session, random) -> query.askApi(session.http(), random);
			Side floor = (session, random) -> query.floor().answer(session.jdbc(), random);
			Side peer = (session, random) -> query.peer().ask(session.peer(), random);
			if (this.wrk) {
				api = new WrkSide(api, new WrkLoad(this.graphQl, this.clients, bodies(query::body)));
				peer = withPeer ? new WrkSide(peer, new WrkLoad(this.peer, this.clients, bodies(query.peer()::body))) : peer;
			}
			Object apiAnswer;
			Object floorAnswer;
			Object peerAnswer = null;
			try (Session session = session()) {
				apiAnswer = api.call(session, new Random(7));
				floorAnswer = floor.call(session, new Random(7));
				if (withPeer) {
					peerAnswer = peer.call(session, new Random(7));
				}
			}
			warmUp(api, first ? Math.max(this.warmUp, FIRST_WARM_UP_SECONDS) : this.warmUp);
			warmUp(floor, this.warmUp);
			first = false;
			if (withPeer) {
				warmUp(peer, this.warmUp);
			}
			List<Side> sides = withPeer ? List.of(api, floor, peer) : List.of(api, floor);
			List<long[]> times = measure(sides);
			long[] apiTimes = times.get(0);
			long[] floorTimes = times.get(1);
			long[] peerTimes = withPeer ? times.get(2) : null;
			String same = (apiAnswer.equals(floorAnswer) ? "yes" : "NO: " + apiAnswer + " vs floor " + floorAnswer)
					+ (!withPeer ? "" : apiAnswer.equals(peerAnswer) ? ", yes" : ", NO: peer " + peerAnswer);
			String peerColumns = peerTimes == null ? "%7s %7s %7s %6s".formatted("-", "-", "-", "-")
					: "%7.0f %7.2f %7.2f %6.2f".formatted(rate(peerTimes), pct(peerTimes, 50), pct(peerTimes, 99),
							rate(apiTimes) / rate(peerTimes));
			this.out.printf("%-34s %7.0f %7.2f %7.2f | %s | %7.0f %7.2f %7.2f | %s%n", query.name(), rate(apiTimes),
					pct(apiTimes, 50), pct(apiTimes, 99), peerColumns, rate(floorTimes), pct(floorTimes, 50),
					pct(floorTimes, 99), same);
			for (Side side : List.of(api, peer)) {
				if (side instanceof WrkSide wrk) {
					wrk.load().close();
				}
			}
		}
	}

	/**
	 * Request bodies for wrk, in the order the JVM's clients would draw them: each client's random
	 * seeded as in {@link #measure}, taken in turn.
	 */
	private List<String> bodies(Function<Random, String> body) {
		List<Random> randoms = new ArrayList<>();
		for (int client = 0; client < this.clients; client++) {
			randoms.add(new Random(1000 + client));
		}
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < WRK_BODIES; i++) {
			bodies.add(body.apply(randoms.get(i % this.clients)));
		}
		return bodies;
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.jdbcUrl, this.user, this.password);
	}

	private Session session() throws IOException, SQLException {
		return new Session(new HttpConnection(this.graphQl), connect(),
				this.peer == null ? null : new HttpConnection(this.peer));
	}

	/**
	 * Rounds of 5 s with all clients, for at least the given time and then until the throughput
	 * settles, but no longer than three minutes.
	 */
	private void warmUp(Side side, long minimumSeconds) throws Exception {
		long start = System.nanoTime();
		long minimum = start + minimumSeconds * 1_000_000_000L;
		long maximum = start + 180_000_000_000L;
		double previous = 0;
		while (System.nanoTime() < maximum) {
			double rate = run(side, 5_000_000_000L).rate();
			if (System.nanoTime() > minimum && previous > 0 && Math.abs(rate - previous) / previous < SETTLED) {
				return;
			}
			previous = rate;
		}
	}

	/**
	 * For each side, the latencies of its measured requests, sorted, then its wall time last. The
	 * sides take turns, one second each, until each has had its {@code --seconds}: on a shared
	 * machine whose load comes and goes, each side then meets the same load, so their ratio holds
	 * better than their absolute figures.
	 */
	private List<long[]> measure(List<Side> sides) throws Exception {
		List<List<long[]>> rounds = new ArrayList<>();
		long[] walls = new long[sides.size()];
		List<Session> sessions = new ArrayList<>();
		// each side its own randoms, seeded alike: every side is asked the same inputs in the same order
		List<List<Random>> randoms = new ArrayList<>();
		try {
			for (int client = 0; client < this.clients; client++) {
				sessions.add(session());
			}
			for (int i = 0; i < sides.size(); i++) {
				rounds.add(new ArrayList<>());
				List<Random> own = new ArrayList<>();
				for (int client = 0; client < this.clients; client++) {
					own.add(new Random(1000 + client));
				}
				randoms.add(own);
			}
			for (int second = 0; second < this.seconds; second++) {
				for (int i = 0; i < sides.size(); i++) {
					Turn turn = run(sides.get(i), 1_000_000_000L, sessions, randoms.get(i));
					rounds.get(i).add(turn.latencies());
					walls[i] += turn.nanos();
				}
			}
		}
		finally {
			for (Session session : sessions) {
				session.close();
			}
		}
		List<long[]> result = new ArrayList<>();
		for (int i = 0; i < sides.size(); i++) {
			long[] latencies = rounds.get(i).stream().flatMapToLong(Arrays::stream).toArray();
			Arrays.sort(latencies);
			long[] measured = Arrays.copyOf(latencies, latencies.length + 1);
			measured[latencies.length] = walls[i];
			result.add(measured);
		}
		return result;
	}

	/** Runs the side with every client, each in its own session, for the given time. */
	private Turn run(Side side, long nanos) throws Exception {
		List<Session> sessions = new ArrayList<>();
		List<Random> randoms = new ArrayList<>();
		try {
			for (int client = 0; client < this.clients; client++) {
				sessions.add(session());
				randoms.add(new Random(1000 + client));
			}
			return run(side, nanos, sessions, randoms);
		}
		finally {
			for (Session session : sessions) {
				session.close();
			}
		}
	}

	/**
	 * Runs the side with every client, each in its own session and with its own random, for the
	 * given time; a side on wrk with wrk's clients, as many.
	 */
	private Turn run(Side side, long nanos, List<Session> sessions, List<Random> randoms) throws Exception {
		if (side instanceof WrkSide wrk) {
			return wrk.load().run(nanos);
		}
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(this.clients);
		long end = System.nanoTime() + nanos;
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int client = 0; client < this.clients; client++) {
			Session session = sessions.get(client);
			Random random = randoms.get(client);
			futures.add(pool.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < end) {
					long t = System.nanoTime();
					side.call(session, random);
					latencies.add(System.nanoTime() - t);
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> future : futures) {
			all.addAll(future.get());
		}
		pool.shutdown();
		return new Turn(all.stream().mapToLong(Long::longValue).toArray(), System.nanoTime() - start);
	}

	private static double rate(long[] measured) {
		int n = measured.length - 1;
		return n / (measured[n] / 1e9);
	}

	private static double pct(long[] measured, int percentile) {
		int n = measured.length - 1;
		return measured[Math.min(n - 1, n * percentile / 100)] / 1e6;
	}

	private static String optional(String[] args, String name) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return null;
	}

	private static String option(String[] args, String name) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		throw new IllegalArgumentException("benchmark-client needs " + name);
	}

}
