package se.justera.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line import while a server holds the embedded database: one clear message saying
 * what to do, exit 1, no trace. (The real main in a JVM of its own; this JVM holds the database,
 * as a running server would.)
 */
class EmbeddedDatabaseInUseTests {

	@Test
	void importWhileTheDatabaseIsInUseSaysWhatToDo(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("data/postgres");
		Files.createDirectories(data);
		Path file = dir.resolve("minutes.txt");
		Files.writeString(file, "not read: the database is refused first");
		try (EmbeddedPostgres running = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
			Process process = new ProcessBuilder(se.justera.CommandsTests.java("import", "--municipality", "Falun",
					file.toString())).directory(dir.toFile()).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(output).isEqualTo(1);
			assertThat(output).contains("The embedded database in " + data.toAbsolutePath() + " is in use by another Justera process")
				.contains("Import through the running server instead")
				.doesNotContain("\tat ")
				.doesNotContain("could not lock");
		}
	}

}
