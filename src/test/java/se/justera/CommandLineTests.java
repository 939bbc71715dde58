package se.justera;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line tools, run as main runs them (no web server), against the tests' PostgreSQL. */
class CommandLineTests {

	@Test
	void importTakesFilesOneByOneAndFailsOnTheBadOne(@TempDir Path dir) throws Exception {
		Path good = dir.resolve("falun.txt");
		Files.writeString(good, new ClassPathResource("protocols/falun-bun-2024-03-05.txt").getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		Path bad = dir.resolve("bad.txt");
		Files.writeString(bad, "not minutes");

		try (ConfigurableApplicationContext context = run("import", "--municipality", "Falun CLI", "--confirm-municipality", good.toString(), bad.toString())) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);

			assertThat(jdbc.sql("select count(*) from meeting m join body b on b.id = m.body_id join municipality mu"
					+ " on mu.id = b.municipality_id where mu.name = 'Falun CLI'").query(Integer.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from audit_log where actor like 'cli:%' and arguments::text like '%bad.txt%'"
					+ " and outcome = 'ERROR'").query(Integer.class).single()).isEqualTo(1);
			assertThat(SpringApplication.exit(context)).as("exit code").isEqualTo(1);
		}
	}

	@Test
	void aFileNameWithANewlinePrintsOneLineAndAMunicipalityWithOneIsRefused(@TempDir Path dir) throws Exception {
		Path forged = dir.resolve("bad\nFORGED good.txt: imported as meeting 1.txt");
		Files.writeString(forged, "not minutes");
		PrintStream original = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		int forgedExit;
		int refusedExit;
		try {
			try (ConfigurableApplicationContext context = run("import", "--municipality", "Falun CLI", forged.toString())) {
				forgedExit = SpringApplication.exit(context);
			}
			try (ConfigurableApplicationContext context = run("import", "--municipality", "Falun\nCLI", forged.toString())) {
				refusedExit = SpringApplication.exit(context);
			}
		}
		finally {
			System.setOut(original);
		}
		List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();

		assertThat(forgedExit).as("exit code").isEqualTo(1);
		assertThat(lines).anyMatch(l -> l.startsWith("[1/1] ") && l.contains("bad\\nFORGED good.txt") && l.contains("FAILED"));
		assertThat(lines).noneMatch(l -> l.startsWith("FORGED"));
		assertThat(refusedExit).as("exit code").isEqualTo(2);
		assertThat(lines).anyMatch(l -> l.contains("Falun\\nCLI contains a control character"));
	}

	@Test
	void importPrintsEachFilesReadingNotes(@TempDir Path dir) throws Exception {
		String sample = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);
		Path file = dir.resolve("no-attendance.txt");
		Files.writeString(file, sample.substring(0, sample.indexOf("Beslutande")) + sample.substring(sample.indexOf("Övriga närvarande")));
		PrintStream original = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		int exit;
		try (ConfigurableApplicationContext context = run("import", "--municipality", "Notes CLI", file.toString())) {
			exit = SpringApplication.exit(context);
		}
		finally {
			System.setOut(original);
		}
		List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();

		assertThat(exit).as("exit code").isZero();
		assertThat(lines).anyMatch(l -> l.startsWith("[1/1] ") && l.contains("imported as meeting") && l.endsWith("(1 reading note)"));
		assertThat(lines).anyMatch(l -> l.startsWith("    WARNING line ") && l.contains("page 1: No list of deciding members"));
	}

	@Test
	void generateFillsTheDatabaseWithMeetingsAndTheirFindings() {
		Map<String, String> empty = TestDatabase.newDatabase("justera_generate");
		try (ConfigurableApplicationContext context = run(empty, "generate", "--meetings", "120", "--seed", "7")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);

			assertThat(jdbc.sql("select count(*) from meeting where source_sha256 = 'generated'").query(Integer.class).single())
				.isGreaterThanOrEqualTo(120);
			assertThat(jdbc.sql("select count(distinct b.name) from meeting m join body b on b.id = m.body_id"
					+ " where m.source_sha256 = 'generated'").query(Integer.class).single()).isEqualTo(8);
			assertThat(jdbc.sql("select count(*) from paragraph p join meeting m on m.id = p.meeting_id"
					+ " where m.source_sha256 = 'generated'").query(Integer.class).single()).isGreaterThan(120 * 6);
			assertThat(jdbc.sql("select count(*) from ballot").query(Integer.class).single()).isPositive();
		}
	}

	@Test
	void generateRefusesADatabaseWithRealMinutesUnlessForced(@TempDir Path dir) throws Exception {
		Map<String, String> database = TestDatabase.newDatabase("justera_generate_refused");
		Path real = dir.resolve("falun.txt");
		Files.writeString(real, new ClassPathResource("protocols/falun-bun-2024-03-05.txt").getContentAsString(StandardCharsets.UTF_8));
		try (ConfigurableApplicationContext context = run(database, "import", "--municipality", "Falun", real.toString())) {
			assertThat(SpringApplication.exit(context)).as("import's exit code").isZero();
		}

		int refusedExit;
		int refusedCount;
		try (ConfigurableApplicationContext context = run(database, "generate", "--meetings", "20")) {
			refusedCount = generated(context);
			refusedExit = SpringApplication.exit(context);
		}
		int forcedCount;
		try (ConfigurableApplicationContext context = run(database, "generate", "--meetings", "20", "--force")) {
			forcedCount = generated(context);
		}

		assertThat(refusedExit).as("exit code without --force").isEqualTo(1);
		assertThat(refusedCount).as("generated meetings without --force").isZero();
		assertThat(forcedCount).as("generated meetings with --force").isEqualTo(20);
	}

	private static int generated(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select count(*) from meeting where source_sha256 = 'generated'")
			.query(Integer.class)
			.single();
	}

	private static ConfigurableApplicationContext run(String... args) {
		return run(TestDatabase.properties(), args);
	}

	private static ConfigurableApplicationContext run(Map<String, String> database, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(TestDatabase.appArguments(database));
		return new SpringApplicationBuilder(JusteraApplication.class).web(WebApplicationType.NONE)
			.properties("justera.command=" + args[0])
			.run(all.toArray(String[]::new));
	}

}
