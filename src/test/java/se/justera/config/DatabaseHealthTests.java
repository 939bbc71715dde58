package se.justera.config;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.justera.ApiClient;
import se.justera.JusteraApplication;
import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health that tells the truth about an external database: readiness answers DOWN, promptly, while
 * PostgreSQL is gone or frozen, and the app serves again by itself when it is back.
 */
class DatabaseHealthTests {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static Path dataDir;

	private static int databasePort;

	private static EmbeddedPostgres postgres;

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void start() throws IOException, SQLException {
		dataDir = Files.createTempDirectory("justera-health");
		try (ServerSocket socket = new ServerSocket(0)) {
			databasePort = socket.getLocalPort();
		}
		postgres = startDatabase();
		DatabaseCredentials roles = new DatabaseCredentials(null, "justera_health_app", DatabaseRoles.newPassword(),
				"justera_health_owner", DatabaseRoles.newPassword());
		try (Connection c = postgres.getPostgresDatabase().getConnection()) {
			DatabaseRoles.setUp(c, roles);
		}
		Map<String, String> properties = new HashMap<>(TestDatabase.appProperties(Map.of("spring.datasource.url",
				"jdbc:postgresql://localhost:" + databasePort + "/postgres", "spring.datasource.username", roles.appUser(),
				"spring.datasource.password", roles.appPassword(), "spring.liquibase.user", roles.ownerUser(),
				"spring.liquibase.password", roles.ownerPassword())));
		properties.put("server.port", "0");
		app = new SpringApplicationBuilder(JusteraApplication.class)
			.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	@AfterAll
	static void stop() throws IOException {
		app.close();
		postgres.close();
	}

	@Test
	void readinessFollowsTheDatabaseAndTheAppRecoversWhenItReturns() throws Exception {
		assertThat(status("/actuator/health/readiness")).isEqualTo(200);

		postgres.close();
		int whileGone = status("/actuator/health/readiness");
		int livenessWhileGone = status("/actuator/health/liveness");
		postgres = startDatabase();

		assertThat(whileGone).isEqualTo(503);
		assertThat(livenessWhileGone).isEqualTo(200); // the app itself is fine: restarting it would not help
		assertThat(eventually("/actuator/health/readiness", 200)).isTrue();
		assertThat(new ApiClient(port()).post("{ municipalities { name } }").errors()).isEmpty();
	}

	@Test
	void readinessAnswersDownWhileTheDatabaseIsFrozen() throws Exception {
		long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
		signal("STOP", pid);
		int whileFrozen;
		try {
			whileFrozen = status("/actuator/health/readiness");
		}
		finally {
			signal("CONT", pid);
		}

		assertThat(whileFrozen).isEqualTo(503);
		assertThat(eventually("/actuator/health/readiness", 200)).isTrue();
	}

	private static EmbeddedPostgres startDatabase() throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(databasePort).start();
	}

	private static void signal(String signal, long pid) throws IOException, InterruptedException {
		assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor()).isZero();
	}

	/** The status of a GET; the request itself must be answered (a hung health check fails here). */
	private static int status(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static boolean eventually(String path, int expected) throws IOException, InterruptedException {
		for (int attempt = 0; attempt < 60; attempt++) {
			if (status(path) == expected) {
				return true;
			}
			Thread.sleep(500);
		}
		return false;
	}

	private static int port() {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
