package se.justera.protocol;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.JusteraApplication;
import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The import command reads each file by its content: a PDF named .txt is a PDF, and is kept as one. */
class ImportCommandFileTests {

	@Test
	void pdfAndTextFilesAreImportedByTheirContentAndKept(@TempDir Path dir) throws Exception {
		String falun = new ClassPathResource("protocols/falun-bun-2024-03-05.txt").getContentAsString(StandardCharsets.UTF_8);
		String sample = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);
		Path pdf = dir.resolve("smedjebacken-named-as.txt");
		Files.write(pdf, TestPdfs.render(sample, 60));
		Path text = dir.resolve("falun.txt");
		Files.writeString(text, falun);
		Path binary = dir.resolve("scan.pdf");
		Files.write(binary, new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2 });
		PrintStream console = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try (ConfigurableApplicationContext context = run("import", "--municipality", "Filer CLI", "--confirm-municipality",
				pdf.toString(), text.toString(), binary.toString())) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);

			List<String> kept = jdbc.sql("""
					select f.media_type || ' ' || f.file_name from meeting_version_file f
					join meeting m on m.id = f.meeting_id join body b on b.id = m.body_id
					join municipality mu on mu.id = b.municipality_id
					where mu.name = 'Filer CLI' order by f.file_name""").query(String.class).list();
			assertThat(kept).containsExactly("text/plain; charset=UTF-8 falun.txt", "application/pdf smedjebacken-named-as.txt");
			assertThat(printed.toString(StandardCharsets.UTF_8)).contains("scan.pdf: FAILED: The file is neither a PDF nor UTF-8 text")
				.contains("3 files: 2 imported, 0 already stored, 1 failed");
			assertThat(SpringApplication.exit(context)).as("exit code").isEqualTo(1);
		}
		finally {
			System.setOut(console);
		}
	}

	private static ConfigurableApplicationContext run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(TestDatabase.appArguments(TestDatabase.properties()));
		return new SpringApplicationBuilder(JusteraApplication.class).web(WebApplicationType.NONE)
			.properties("justera.command=" + args[0])
			.run(all.toArray(String[]::new));
	}

}
