package se.justera.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.justera.config.DatabaseCredentials;
import se.justera.JusteraApplication;

/**
 * {@code benchmark-queries [--clients 8] [--seconds 10] [--warm-up 10] [--peer benchmark/postgraphile/run.sh
 * [--peer-workers 1]]}: serves the API on a free port and runs
 * the analysts' fixed mix against it from a second JVM ({@link BenchmarkClient}), next to the same
 * data fetched by minimal SQL over JDBC (the floor). Reads the whole database once first, so that
 * neither side pays for the disk. With {@code --peer}, starts PostGraphile on the same database and
 * measures it beside the API. When the client is done, prints this server's peak memory (and the peer's).
 */
@Component
@ConditionalOnProperty(name = "justera.command", havingValue = "benchmark-queries")
class QueryBenchmarkCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(QueryBenchmarkCommand.class);

	private final ApplicationContext context;

	private final JdbcClient jdbc;

	private final DatabaseCredentials database;

	private final PrintStream out = System.out;

	QueryBenchmarkCommand(ApplicationContext context, JdbcClient jdbc, DatabaseCredentials database) {
		this.context = context;
		this.jdbc = jdbc;
		this.database = database;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		prewarm();
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		List<String> command = new ArrayList<>(javaCommand());
		command.addAll(List.of("benchmark-client", "--graphql", "http://localhost:" + port + "/graphql", "--jdbc",
				this.database.url(), "--user", this.database.appUser(), "--password", this.database.appPassword()));
		String[] args = arguments.getSourceArgs();
		List<String> own = new ArrayList<>();
		String peerScript = null;
		int peerWorkers = 1;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--peer") && i + 1 < args.length) {
				peerScript = args[++i];
			}
			else if (args[i].equals("--peer-workers") && i + 1 < args.length) {
				peerWorkers = Integer.parseInt(args[++i]);
			}
			else if (!args[i].startsWith("--justera.") && !args[i].startsWith("--spring.")) {
				own.add(args[i]);
			}
		}
		command.addAll(own);
		Process peer = null;
		try {
			if (peerScript != null) {
				int peerPort = freePort();
				peer = startPeer(peerScript, peerPort, peerWorkers);
				command.addAll(List.of("--peer", "http://localhost:" + peerPort + "/graphql"));
				this.out.printf("peer: PostGraphile (%s), %d worker(s), pid %d, on port %d%n", peerScript, peerWorkers,
						peer.pid(), peerPort);
			}
			int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
			this.out.printf("server: peak resident memory (VmHWM) %s; heap in use now %d MB%n", peakRss(ProcessHandle.current()),
					(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000);
			if (peer != null) {
				this.out.printf("peer: peak resident memory (VmHWM, summed over its processes) %s%n",
						peakRss(peer.toHandle()));
			}
			if (exit != 0) {
				throw new IllegalStateException("The benchmark client failed with exit code " + exit);
			}
		}
		finally {
			if (peer != null) {
				peer.descendants().forEach(ProcessHandle::destroy);
				peer.destroy();
			}
		}
	}

	/**
	 * Starts PostGraphile by its script (benchmark/postgraphile/run.sh, which installs it on first
	 * use) against this database as the app's role, and waits until it answers.
	 */
	private Process startPeer(String script, int port, int workers) throws IOException, InterruptedException {
		String url = this.database.url().replaceFirst("^jdbc:postgresql://", "");
		ProcessBuilder builder = new ProcessBuilder(script).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.INHERIT);
		builder.environment().put("DATABASE_URL", "postgres://" + encode(this.database.appUser()) + ":"
				+ encode(this.database.appPassword()) + "@" + url);
		builder.environment().put("PORT", String.valueOf(port));
		builder.environment().put("WORKERS", String.valueOf(workers));
		Process peer = builder.start();
		long deadline = System.nanoTime() + 600_000_000_000L; // a first start installs from npm
		URI uri = URI.create("http://localhost:" + port + "/graphql");
		while (true) {
			if (!peer.isAlive()) {
				throw new IllegalStateException("The peer's script " + script + " exited with " + peer.exitValue());
			}
			try (HttpConnection http = new HttpConnection(uri)) {
				if (http.postJson("{\"query\":\"{ __typename }\"}").contains("Query")) {
					return peer;
				}
			}
			catch (IOException ex) {
				if (System.nanoTime() > deadline) {
					peer.destroy();
					throw new IllegalStateException("The peer did not answer on port " + port + " within 10 minutes", ex);
				}
			}
			Thread.sleep(500);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Puts every table and index in the OS cache (pg_prewarm in read mode), where the extension exists. */
	private void prewarm() {
		try {
			this.jdbc.sql("create extension if not exists pg_prewarm").update();
			long blocks = this.jdbc.sql("""
					select coalesce(sum(pg_prewarm(c.oid, 'read')), 0) from pg_class c
					where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'i', 't')""")
				.query(Long.class).single();
			this.out.printf("read %d MB of tables and indexes into the OS cache%n", blocks * 8 / 1024);
		}
		catch (RuntimeException ex) {
			log.warn("No pg_prewarm here ({}); the first requests on both sides read from disk", ex.getMessage());
		}
	}

	/** This same program in a new JVM: the jar when run as one, else the class path. */
	private static List<String> javaCommand() {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = System.getProperty("java.class.path");
		if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
			return List.of(java, "-Xmx256m", "-jar", classPath);
		}
		return List.of(java, "-Xmx256m", "-cp", classPath, JusteraApplication.class.getName());
	}

	/** VmHWM of the process and its descendants, added up (the peer runs one process per worker). */
	private static String peakRss(ProcessHandle process) {
		long kb = 0;
		for (ProcessHandle p : java.util.stream.Stream.concat(java.util.stream.Stream.of(process), process.descendants())
			.toList()) {
			try {
				kb += Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status")).stream()
					.filter(l -> l.startsWith("VmHWM"))
					.mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
					.sum();
			}
			catch (IOException | RuntimeException ex) {
				return "?";
			}
		}
		return (kb / 1024) + " MB";
	}

}
