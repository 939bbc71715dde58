package se.justera;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;

import se.justera.config.DatabaseCredentials;
import se.justera.config.DatabaseRoles;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL the tests run against, one per test JVM:
 * <ol>
 * <li>the server named by JUSTERA_TEST_DATABASE_URL (with _USERNAME and _PASSWORD), if set;</li>
 * <li>else Testcontainers' PostgreSQL, where a Docker engine runs;</li>
 * <li>else an embedded PostgreSQL (zonky), which needs neither Docker nor an install.</li>
 * </ol>
 * Tests never skip for lack of Docker. The JVM-wide holder is test-only state: starting a server
 * per test class would cost seconds each.
 */
public final class TestDatabase {

	private static Map<String, String> properties;

	/** The server's superuser (or the given user), for what tests do behind the app's back. */
	private static Map<String, String> administrator;

	/** The tests' two roles, as the app would have them (see DatabaseRoles). */
	private static final DatabaseCredentials ROLES = new DatabaseCredentials(null, "justera_test_app",
			DatabaseRoles.newPassword(), "justera_test_owner", DatabaseRoles.newPassword());

	private TestDatabase() {
	}

	public static synchronized Map<String, String> properties() {
		if (properties == null) {
			administrator = start();
			properties = withRoles(administrator);
		}
		return properties;
	}

	/** A connection to the tests' shared database as its superuser: for clearing it, or for checks the app's role may not do. */
	public static Connection administratorConnection() throws SQLException {
		properties();
		return DriverManager.getConnection(administrator.get("spring.datasource.url"),
				administrator.get("spring.datasource.username"), administrator.get("spring.datasource.password"));
	}

	/**
	 * The app's properties for a database where we are superuser: the owner runs the migrations, the
	 * app connects as a role without privileges. Where roles cannot be made (an external test server
	 * with a plain user), the given user serves as both.
	 */
	private static Map<String, String> withRoles(Map<String, String> server) {
		try (Connection c = DriverManager.getConnection(server.get("spring.datasource.url"),
				server.get("spring.datasource.username"), server.get("spring.datasource.password"))) {
			DatabaseRoles.setUp(c, ROLES);
		}
		catch (SQLException ex) {
			System.err.println("TestDatabase: cannot create the test roles (" + ex.getMessage() + "); the tests connect as "
					+ server.get("spring.datasource.username"));
			return server;
		}
		return Map.of("spring.datasource.url", server.get("spring.datasource.url"), "spring.datasource.username",
				ROLES.appUser(), "spring.datasource.password", ROLES.appPassword(), "spring.liquibase.user",
				ROLES.ownerUser(), "spring.liquibase.password", ROLES.ownerPassword());
	}

	/**
	 * A new, empty database of this name on the tests' server (dropped first if a run left it), for
	 * tests that need a corpus of their own: the shared database is emptied by every test.
	 */
	public static Map<String, String> newDatabase(String name) {
		properties();
		Matcher url = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)").matcher(administrator.get("spring.datasource.url"));
		if (!url.matches()) {
			throw new IllegalStateException("Not a PostgreSQL URL: " + administrator.get("spring.datasource.url"));
		}
		try (Connection c = administratorConnection(); Statement statement = c.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		Map<String, String> database = new HashMap<>(administrator);
		database.put("spring.datasource.url", url.group(1) + name + url.group(3));
		return withRoles(database);
	}

	/**
	 * What every test run of the app sets besides the database: no demo import, the local-mode secret
	 * under target/, local mode allowed although the database is external (the tests are its users),
	 * and no per-client limits: every test is one client, on loopback (AnonymousLimitsTests sets its own).
	 */
	public static Map<String, String> appProperties(Map<String, String> database) {
		Map<String, String> all = new HashMap<>(database);
		all.put("justera.graphql.anonymous.requests-per-second", "1000000");
		all.put("justera.graphql.anonymous.request-burst", "1000000");
		all.put("justera.graphql.anonymous.cost-per-minute", "1000000000000");
		all.put("justera.demo.import-sample", "false");
		all.put("justera.security.local.secret-file", "target/test-jwt-secret");
		all.put("justera.security.local.allow-with-external-database", "true");
		return all;
	}

	/** {@link #appProperties} as command-line arguments. */
	public static List<String> appArguments(Map<String, String> database) {
		return appProperties(database).entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
	}

	private static Map<String, String> start() {
		String url = System.getenv("JUSTERA_TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			return Map.of("spring.datasource.url", url, "spring.datasource.username",
					System.getenv().getOrDefault("JUSTERA_TEST_DATABASE_USERNAME", "postgres"),
					"spring.datasource.password", System.getenv().getOrDefault("JUSTERA_TEST_DATABASE_PASSWORD", ""));
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			return Map.of("spring.datasource.url", container.getJdbcUrl(), "spring.datasource.username",
					container.getUsername(), "spring.datasource.password", container.getPassword());
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away; the server dies with it
				}
			}));
			return Map.of("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
					"spring.datasource.username", "postgres", "spring.datasource.password", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start an embedded PostgreSQL for the tests", ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
