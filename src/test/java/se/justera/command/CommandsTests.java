package se.justera.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.justera.JusteraApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as main checks it, before Spring: help at once with exit 0, bad options with exit 2. */
public class CommandsTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@ValueSource(strings = { "import", "generate", "token", "reading-report", "benchmark-rules", "benchmark-reevaluation",
			"benchmark-queries" })
	void everyCommandPrintsItsHelpWithExitZero(String command) {
		for (String[] args : List.of(new String[] { command, "--help" }, new String[] { command, "-h" },
				new String[] { "help", command })) {
			out.reset();

			Commands.Checked checked = check(args);

			assertThat(checked.exitNow()).as(String.join(" ", args)).isZero();
			assertThat(printed(out)).as(String.join(" ", args)).startsWith("Usage: java -jar justera.jar " + command);
		}
	}

	@Test
	void theServersHelpListsTheCommands() {
		Commands.Checked checked = check("--help");

		assertThat(checked.exitNow()).isZero();
		assertThat(printed(out)).contains("With no command: runs the server").contains("import").contains("generate")
			.contains("token").contains("benchmark-rules").doesNotContain("benchmark-client");
	}

	@Test
	void importsOptionsAreInItsHelp() {
		check("import", "--help");

		assertThat(printed(out)).contains("--municipality=NAME").contains("--confirm-municipality").contains("FILE...");
	}

	@Test
	void generatesHelpOffersForce() {
		check("help", "generate");

		assertThat(printed(out)).contains("--force").contains("--meetings=N");
	}

	@Test
	void anUnknownOptionIsOneLineAndTheUsageWithExitTwo() {
		Commands.Checked checked = check("import", "--municipality", "Falun", "--frobnicate", "a.txt");

		assertThat(checked.exitNow()).isEqualTo(2);
		List<String> lines = printed(err).lines().toList();
		assertThat(lines.get(0)).isEqualTo("Unknown option: '--frobnicate'");
		assertThat(lines.get(1)).startsWith("Usage: java -jar justera.jar import");
		assertThat(printed(out)).isEmpty();
	}

	@Test
	void aMissingRequiredOptionIsRefusedWithExitTwo() {
		Commands.Checked checked = check("import", "a.txt");

		assertThat(checked.exitNow()).isEqualTo(2);
		assertThat(printed(err).lines().findFirst().orElseThrow()).isEqualTo("Missing required option: '--municipality=NAME'");
	}

	@Test
	void aNumberOptionWithTextIsRefusedWithExitTwo() {
		Commands.Checked checked = check("generate", "--meetings", "many");

		assertThat(checked.exitNow()).isEqualTo(2);
		assertThat(printed(err).lines().findFirst().orElseThrow()).contains("--meetings").contains("'many'");
	}

	@Test
	void anUnknownCommandIsRefusedWithExitTwo() {
		Commands.Checked checked = check("frobnicate");

		assertThat(checked.exitNow()).isEqualTo(2);
		assertThat(printed(err)).contains("frobnicate").contains("Usage: java -jar justera.jar");
	}

	@Test
	void springPropertiesPassThroughToTheCommand() {
		Commands.Checked checked = check("--server.port=0", "import", "--municipality", "Falun",
				"--spring.datasource.url=jdbc:postgresql://db/justera", "a.txt");

		assertThat(checked.exitNow()).isNull();
		assertThat(checked.command()).isEqualTo("import");
		Commands.Import options = Commands.parse(new Commands.Import(), new String[] { "import", "--municipality", "Falun",
				"--spring.datasource.url=jdbc:postgresql://db/justera", "a.txt" });
		assertThat(options.municipality()).isEqualTo("Falun");
		assertThat(options.files()).containsExactly(Path.of("a.txt"));
	}

	@Test
	void noArgumentsIsTheServer() {
		Commands.Checked checked = check("--server.port=0");

		assertThat(checked.exitNow()).isNull();
		assertThat(checked.command()).isNull();
	}

	/** The real main, in a JVM of its own, from an empty folder: help creates nothing there (no database). */
	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "help" })
	void theJarsHelpStartsNothing(String help, @TempDir Path dir) throws Exception {
		Process process = new ProcessBuilder(java(help)).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(output).startsWith("Usage: java -jar justera.jar").doesNotContain(" INFO ").doesNotContain("Starting");
		try (var files = Files.list(dir)) {
			assertThat(files.toList()).as("files made in the working directory").isEmpty();
		}
	}

	@Test
	void theJarsBadOptionExitsTwo(@TempDir Path dir) throws Exception {
		Process process = new ProcessBuilder(java("generate", "--meetings")).directory(dir.toFile()).start();
		String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(errors.lines().findFirst().orElseThrow()).contains("Missing required parameter for option '--meetings'");
		assertThat(errors).doesNotContain("Exception");
	}

	public static List<String> java(String... args) {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), JusteraApplication.class.getName()));
		command.addAll(List.of(args));
		return command;
	}

	private Commands.Checked check(String... args) {
		return Commands.check(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String printed(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
