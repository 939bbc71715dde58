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
			Process process = new ProcessBuilder(se.justera.command.CommandsTests.java("import", "--municipality", "Falun",
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

	/**
	 * The real main, when the server that holds the database has left its file: the files go to that
	 * server, and the command says so (here the server has gone from its port: each file fails, named,
	 * exit 1; RemoteImportTests sends them to a real one).
	 */
	@Test
	void importWhileAServerHoldsTheDatabaseSendsTheFilesToIt(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("data/postgres");
		Files.createDirectories(data);
		Path file = dir.resolve("minutes.txt");
		Files.writeString(file, "sent, not read here");
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		// this JVM stands for the server process: alive, as a running server's pid is
		Files.writeString(data.resolve(se.justera.security.CommandLineAccess.FILE), "url=http://127.0.0.1:" + closedPort
				+ "\nsecret=not-used\npid=" + ProcessHandle.current().pid() + "\n");
		ProcessBuilder builder = new ProcessBuilder(se.justera.command.CommandsTests.java("import", "--municipality", "Falun",
				file.toString())).directory(dir.toFile()).redirectErrorStream(true);
		builder.environment().put("LANG", "en_US.UTF-8");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isEqualTo(1);
		assertThat(output).contains("The server runs on http://127.0.0.1:" + closedPort + ": the files are sent to it")
			.contains("[1/1] " + file + ": FAILED: not sent")
			.contains("1 files: 0 imported, 0 already stored, 1 failed")
			.doesNotContain("\tat ");
	}

}
