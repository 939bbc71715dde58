package se.justera;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.justera.command.CommandsTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first start: the real main, in a JVM of its own, from an empty folder that has no
 * rules/ (the rules come from the jar), on the embedded database it creates there. The sample is
 * there for the first answer; the log names the URLs and has no ERROR line. Prints how long the
 * start took (a figure to read, not to assert: this machine is shared).
 */
class FirstStartTests {

	private static final Pattern READY = Pattern.compile("Justera is ready, ([0-9.]+) s after the JVM started: GraphQL http://localhost:(\\d+)/graphql, GraphiQL http://localhost:\\d+/graphiql");

	@Test
	void theJarStartsFromAnEmptyFolderWithTheSampleBeforeTheFirstAnswer(@TempDir Path dir) throws Exception {
		long start = System.nanoTime();
		Process process = new ProcessBuilder(CommandsTests.java("--server.port=0",
				"--justera.security.local.secret-file=" + dir.resolve("secret"))).directory(dir.toFile())
			.redirectErrorStream(true)
			.start();
		List<String> log = new ArrayList<>();
		try {
			BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			Matcher ready = null;
			for (String line; ready == null && (line = lines.readLine()) != null;) {
				log.add(line);
				Matcher m = READY.matcher(line);
				ready = m.find() ? m : null;
			}
			assertThat(ready).as("the ready line in the log:\n" + String.join("\n", log)).isNotNull();
			ApiClient.Answer first = new ApiClient(Integer.parseInt(ready.group(2)))
				.post("{ meetings(filter: { municipality: \"Smedjebacken\" }) { totalCount } }");
			System.out.printf("first start from an empty folder: ready %s s after the JVM started, first answer %.1f s after"
					+ " the process was started%n", ready.group(1), (System.nanoTime() - start) / 1e9);

			assertThat(first.data()).as(first.body().toString()).isEqualTo(Map.of("meetings", Map.of("totalCount", 1)));
			assertThat(log).anyMatch(l -> l.contains("rules from the rules in the jar"));
			assertThat(log).as("ERROR lines").noneMatch(l -> l.contains("ERROR"));
			assertThat(dir.resolve("data/postgres")).isDirectory();
			assertThat(dir.resolve("rules")).doesNotExist();
		}
		finally {
			Files.write(Path.of("target", "first-start.log"), log);
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

}
