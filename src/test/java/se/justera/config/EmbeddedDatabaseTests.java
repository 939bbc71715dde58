package se.justera.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.justera.ApiClient;
import se.justera.JusteraApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default runs as a deployment would: passwords (no trust), fsync and synchronous
 * commit on, the app as a role without privileges, and it starts again on its own data; liveness
 * fails when its PostgreSQL has died, so a supervisor restarts the app.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the last test kills the database
class EmbeddedDatabaseTests {

	private static Path dataDir;

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void startTwice() throws IOException {
		dataDir = Files.createTempDirectory("justera-embedded").resolve("postgres");
		start().close(); // the first start makes the roles and the passwords
		app = start(); // the second uses them
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void thePasswordsAreKeptReadableByTheirOwnerOnly() throws IOException {
		Path file = dataDir.resolve(EmbeddedDatabaseConfiguration.CREDENTIALS_FILE);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(credentials().getProperty("app.password")).hasSizeGreaterThan(30);
	}

	@Test
	void noRoleConnectsWithoutItsPassword() throws IOException {
		assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
		assertThatThrownBy(() -> DriverManager.getConnection(url(), "postgres", "")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(url(), "justera_app", "wrong"))
			.hasMessageContaining("password authentication failed");
	}

	@Test
	void commitsReachTheDiskAndTheAppIsNoSuperuser() throws SQLException, IOException {
		Properties known = credentials();
		try (Connection c = DriverManager.getConnection(url(), known.getProperty("app.user"), known.getProperty("app.password"));
				Statement sql = c.createStatement()) {
			assertThat(show(sql, "fsync")).isEqualTo("on");
			assertThat(show(sql, "synchronous_commit")).isEqualTo("on");
			assertThat(show(sql, "select rolsuper::text from pg_roles where rolname = current_user")).isEqualTo("false");
		}
	}

	@Test
	void theAppServesOnItsSecondStart() {
		assertThat(new ApiClient(port()).post("{ municipalities { name } }").errors()).isEmpty();
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void livenessFailsOnceTheEmbeddedDatabaseHasDied() throws Exception {
		assertThat(status("/actuator/health/liveness")).isEqualTo(200);
		long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());

		assertThat(new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor()).isZero();

		for (int wait = 0; wait < 100 && EmbeddedDatabaseConfiguration.running(pid); wait++) {
			Thread.sleep(100); // the signal takes effect asynchronously
		}
		assertThat(EmbeddedDatabaseConfiguration.running(pid)).isFalse();
		assertThat(status("/actuator/health/liveness")).isEqualTo(503);
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(JusteraApplication.class).run("--server.port=0",
				"--justera.embedded-database.data-dir=" + dataDir, "--justera.demo.import-sample=false",
				"--justera.security.local.secret-file=target/test-jwt-secret");
	}

	private static String show(Statement sql, String setting) throws SQLException {
		try (var rs = sql.executeQuery(setting.startsWith("select") ? setting : "show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static Properties credentials() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(dataDir.resolve(EmbeddedDatabaseConfiguration.CREDENTIALS_FILE))) {
			properties.load(reader);
		}
		return properties;
	}

	private static String url() {
		return app.getBean(DatabaseCredentials.class).url();
	}

	private static int status(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).timeout(Duration.ofSeconds(20)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static int port() {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
