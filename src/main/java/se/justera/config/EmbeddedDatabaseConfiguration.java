package se.justera.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (SPRING_DATASOURCE_URL), the app starts a real PostgreSQL
 * of its own, keeping its data under the working directory so that imports survive a restart.
 * Naming an external server turns this off.
 *
 * <p>
 * It runs as a deployment would: fsync and synchronous commit on (a crash loses no committed
 * import), password authentication for every role (no {@code trust}), and the app connecting as a
 * role that is neither superuser nor owner. The passwords are generated on first start and kept
 * in {@code justera-credentials.properties} in the data directory, readable by its owner only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String CREDENTIALS_FILE = "justera-credentials.properties";

	private static final String HBA = """
			# Written by Justera at every start: passwords for every role, from this machine only.
			local all all scram-sha-256
			host  all all 127.0.0.1/32 scram-sha-256
			host  all all ::1/128 scram-sha-256
			""";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${justera.embedded-database.data-dir:data/postgres}") Path dataDir,
			@Value("${justera.embedded-database.port:0}") int port) throws IOException, SQLException {
		Path dir = dataDir.toAbsolutePath();
		Files.createDirectories(dir);
		log.info("No SPRING_DATASOURCE_URL set: starting an embedded PostgreSQL with its data in {}", dir);
		refuseIfInUse(dir);
		Path file = dir.resolve(CREDENTIALS_FILE);
		Properties known = Files.exists(file) ? read(file) : null;
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			// the library's defaults are for throwaway test servers: no fsync, no synchronous commit
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("password_encryption", "scram-sha-256");
		if (known != null) {
			builder.setConnectConfig("password", known.getProperty("superuser.password"))
				.setDataDirectoryCustomizer(data -> writeHba(data.toPath()));
		}
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		if (known == null) {
			secure(postgres, dir, file);
		}
		log.info("Embedded PostgreSQL listening on port {}; database postgres, roles justera_owner and justera_app,"
				+ " passwords in {}", postgres.getPort(), file);
		return postgres;
	}

	@Bean
	DatabaseCredentials databaseCredentials(EmbeddedPostgres postgres,
			@Value("${justera.embedded-database.data-dir:data/postgres}") Path dataDir) throws IOException {
		Properties known = read(dataDir.toAbsolutePath().resolve(CREDENTIALS_FILE));
		return new DatabaseCredentials("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
				known.getProperty("app.user"), known.getProperty("app.password"), known.getProperty("owner.user"),
				known.getProperty("owner.password"));
	}

	/** Liveness: a dead embedded server does not come back by itself, so the app must be restarted. */
	@Bean
	HealthIndicator embeddedDatabaseProcess(@Value("${justera.embedded-database.data-dir:data/postgres}") Path dataDir) {
		Path pidFile = dataDir.toAbsolutePath().resolve("postmaster.pid");
		return () -> {
			try {
				long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
				return running(pid)
						? Health.up().withDetail("pid", pid).build()
						: Health.down().withDetail("error", "the embedded PostgreSQL (pid " + pid + ") has died").build();
			}
			catch (IOException | RuntimeException ex) {
				return Health.down().withDetail("error", "the embedded PostgreSQL is not running: no " + pidFile).build();
			}
		};
	}

	/**
	 * The library locks {@code epg-lock} in the data directory while its server runs; taken by
	 * another process (or this one), starting would fail with "could not lock" deep in a trace.
	 */
	static void refuseIfInUse(Path dir) throws IOException {
		Path lockFile = dir.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new EmbeddedDatabaseInUseException(dir);
			}
			lock.release();
		}
		catch (OverlappingFileLockException ex) {
			throw new EmbeddedDatabaseInUseException(dir);
		}
	}

	/** Alive and not a zombie (a killed server nobody has reaped yet still has a process entry). */
	static boolean running(long pid) {
		Path stat = Path.of("/proc", Long.toString(pid), "stat");
		if (!Files.exists(Path.of("/proc/self/stat"))) {
			return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); // no procfs here
		}
		try {
			String line = Files.readString(stat);
			char state = line.charAt(line.lastIndexOf(')') + 2);
			return state != 'Z' && state != 'X';
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** First start: passwords for the superuser and both roles, then no more trust. */
	private static void secure(EmbeddedPostgres postgres, Path dir, Path file) throws SQLException, IOException {
		DatabaseCredentials roles = new DatabaseCredentials(null, "justera_app", DatabaseRoles.newPassword(),
				"justera_owner", DatabaseRoles.newPassword());
		String superuserPassword = DatabaseRoles.newPassword();
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement sql = c.createStatement()) {
			sql.execute("alter role postgres password '" + superuserPassword + "'");
			DatabaseRoles.setUp(c, roles);
			// On an empty database Liquibase (as the owner) probes for its lock table by selecting from
			// it; the server logs that expected failure as an ERROR line on every first start. The
			// owner only migrates, and a failed migration fails the start with Liquibase's own message.
			sql.execute("alter role " + roles.ownerUser() + " set log_min_messages = 'fatal'");
			Properties properties = new Properties();
			properties.setProperty("superuser.password", superuserPassword);
			properties.setProperty("owner.user", roles.ownerUser());
			properties.setProperty("owner.password", roles.ownerPassword());
			properties.setProperty("app.user", roles.appUser());
			properties.setProperty("app.password", roles.appPassword());
			write(file, properties);
			writeHba(dir);
			sql.execute("select pg_reload_conf()");
		}
	}

	private static void writeHba(Path dataDir) {
		try {
			Files.writeString(dataDir.resolve("pg_hba.conf"), HBA);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + dataDir.resolve("pg_hba.conf"), ex);
		}
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		return properties;
	}

	/** Created readable by its owner only, before anything is written into it. */
	private static void write(Path file, Properties properties) throws IOException {
		Files.deleteIfExists(file);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file); // not a POSIX file system
		}
		try (Writer writer = Files.newBufferedWriter(file)) {
			properties.store(writer, "Justera's embedded PostgreSQL: generated on first start; psql -h localhost -U justera_app");
		}
	}

}
