package se.justera.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
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
 * {@code benchmark-queries [--clients 8] [--seconds 10]}: serves the API on a free port and runs
 * the analysts' fixed mix against it from a second JVM ({@link BenchmarkClient}), next to the same
 * data fetched by minimal SQL over JDBC (the floor). Reads the whole database once first, so that
 * neither side pays for the disk. When the client is done, prints this server's peak memory.
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
		command.addAll(Arrays.asList(args).subList(1, args.length).stream().filter(a -> !a.startsWith("--justera.")
				&& !a.startsWith("--spring.")).toList());
		int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
		this.out.printf("server: peak resident memory (VmHWM) %s; heap in use now %d MB%n", peakRss(),
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000);
		if (exit != 0) {
			throw new IllegalStateException("The benchmark client failed with exit code " + exit);
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
