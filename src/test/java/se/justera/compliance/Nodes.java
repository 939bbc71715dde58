package se.justera.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import se.justera.ApiClient;
import se.justera.JusteraApplication;
import se.justera.TestDatabase;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

/**
 * Test helper: app instances ("nodes") on a database of their own, each with its own copy of the
 * rules folder, as a deployment of several nodes behind a load balancer on one PostgreSQL.
 */
final class Nodes {

	private Nodes() {
	}

	/** One running node: its context, its HTTP client and its rules folder. */
	record Node(ConfigurableApplicationContext context, ApiClient api, Path rules, String name) {

		int port() {
			return ((WebServerApplicationContext) this.context).getWebServer().getPort();
		}

		String token(Role role) {
			return this.context.getBean(LocalTokenIssuer.class).mint("test-" + role.name().toLowerCase(), role);
		}

		ApiClient.Answer post(String query, Role role) {
			return this.api.post(query, Map.of(), null, role == null ? null : token(role));
		}

		ApiClient.Answer post(String query, Map<String, Object> variables, Role role) {
			return this.api.post(query, variables, null, role == null ? null : token(role));
		}

		String rulesetVersion() {
			return (String) post("{ rulesetVersion }", null).data().get("rulesetVersion");
		}

		/** The reload's payload, as the mutation answers it. */
		@SuppressWarnings("unchecked")
		Map<String, Object> reload() {
			ApiClient.Answer answer = post("""
					mutation { reloadRules { success rulesetVersion message state candidateVersion reevaluatedMeetings
					  errors { file line message }
					  failures { ruleId rule file line cause timedOut meetingName meeting { id } } } }""", Role.COMPLIANCE_OFFICER);
			if (answer.data() == null || answer.data().get("reloadRules") == null) {
				throw new AssertionError("reloadRules failed: " + answer.body());
			}
			return (Map<String, Object>) answer.data().get("reloadRules");
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> importProtocol(String municipality, String resource) {
			ApiClient.Answer answer = post("""
					mutation($input: ProtocolInput!) { importProtocol(input: $input) { created meeting { id } } }""",
					Map.of("input", Map.of("municipality", municipality, "text", read(resource))), Role.CLERK);
			if (!answer.errors().isEmpty()) {
				throw new AssertionError("importProtocol failed: " + answer.body());
			}
			return (Map<String, Object>) answer.data().get("importProtocol");
		}

	}

	/** Starts a node on the database; extra arguments first (a command such as generate, and its options). */
	static Node start(Map<String, String> database, String name, List<String> extra, String... properties) {
		Path rules = Path.of("target", "nodes", name, "rules");
		copyRules(rules);
		List<String> args = new ArrayList<>(extra);
		args.addAll(TestDatabase.appArguments(database));
		args.addAll(List.of("--server.port=0", "--justera.node.id=" + name, "--justera.rules.path=" + rules,
				"--justera.cluster.poll-interval=1s", "--justera.rules.evaluation-timeout=1s",
				"--justera.rules.reload-wait=60s", "--justera.reevaluation.batch-size=10", "--spring.main.banner-mode=off"));
		for (String property : properties) {
			args.add("--" + property);
		}
		SpringApplicationBuilder builder = new SpringApplicationBuilder(JusteraApplication.class);
		if (!extra.isEmpty()) {
			builder.properties("justera.command=" + extra.get(0));
		}
		ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
		Node node = new Node(context, null, rules, name);
		return new Node(context, new ApiClient(node.port()), rules, name);
	}

	/** The rules folder as the project has it: its .drl files and its legal basis table. */
	static void copyRules(Path folder) {
		try {
			Files.createDirectories(folder);
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			try (Stream<Path> files = Files.list(Path.of("rules"))) {
				for (Path file : files
					.filter(f -> f.toString().endsWith(".drl") || f.getFileName().toString().equals(LegalBasisTable.FILE))
					.toList()) {
					Files.copy(file, folder.resolve(file.getFileName()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a .drl file into the folder and gives its rules an entry in the folder's legal basis table. */
	static void write(Path folder, String file, String drl) {
		try {
			Files.writeString(folder.resolve(file), drl);
			TestLegalBases.addTo(folder, drl);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A connection as the database's owner (the role that runs the migrations), for setup and checks. */
	static Connection owner(Map<String, String> database) throws SQLException {
		return DriverManager.getConnection(database.get("spring.datasource.url"),
				database.getOrDefault("spring.liquibase.user", database.get("spring.datasource.username")),
				database.getOrDefault("spring.liquibase.password", database.get("spring.datasource.password")));
	}

	static void sql(Map<String, String> database, String statement) {
		try (Connection c = owner(database); Statement sql = c.createStatement()) {
			sql.execute(statement);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(statement, ex);
		}
	}

	static List<String> strings(Map<String, String> database, String query) {
		try (Connection c = owner(database); Statement sql = c.createStatement(); var rs = sql.executeQuery(query)) {
			List<String> values = new ArrayList<>();
			while (rs.next()) {
				values.add(rs.getString(1));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(query, ex);
		}
	}

	/** A count as the app's role sees it: pg_stat_activity shows a role's own sessions only. */
	static int numberAsApp(Map<String, String> database, String query) {
		try (Connection c = DriverManager.getConnection(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), database.get("spring.datasource.password"));
				Statement sql = c.createStatement(); var rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(query, ex);
		}
	}

	static int number(Map<String, String> database, String query) {
		return Integer.parseInt(strings(database, query).get(0));
	}

	/** Waits for an asynchronous effect, with a generous deadline (no timing is asserted). */
	static void await(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within 90 s: " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/** Waits until nothing is queued or staging. */
	static void awaitIdle(Map<String, String> database) {
		await("the re-evaluation queue drains", () -> number(database,
				"select count(*) from reevaluation where state = 'QUEUED'") == 0
				&& number(database, "select count(*) from ruleset where state = 'STAGING'") == 0);
	}

}
