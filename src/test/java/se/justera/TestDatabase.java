package se.justera;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
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

	private TestDatabase() {
	}

	public static synchronized Map<String, String> properties() {
		if (properties == null) {
			properties = start();
		}
		return properties;
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
			return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
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
