package se.justera.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.security.CommandLineAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command while a server runs on its embedded database: the server leaves its URL and
 * a secret for this machine in the database's folder (owner only), and the command sends each file
 * to its POST /protocols, printing each result as a local import does, audited as a command-line
 * import. The secret is refused from another address (here a client behind a proxy, as the
 * server sees it with forwarded headers on), and when it is not the server's. The app on a real
 * port against the tests' PostgreSQL, with command-line access switched on as on the embedded one.
 */
@IntegrationTest
@TestPropertySource(properties = { "justera.command-line-access.enabled=true", "server.forward-headers-strategy=native" })
class RemoteImportTests {

	static final Path DATA_DIR = temporaryFolder();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("justera.embedded-database.data-dir", DATA_DIR::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CommandLineAccess access;

	@Autowired
	ServletWebServerApplicationContext context;

	Path falun;

	Path binary;

	@BeforeEach
	void twoFiles() throws IOException {
		Database.clear();
		this.falun = DATA_DIR.resolve("falun.txt");
		Files.writeString(this.falun,
				new ClassPathResource("protocols/falun-bun-2024-03-05.txt").getContentAsString(StandardCharsets.UTF_8));
		this.binary = DATA_DIR.resolve("scan.pdf");
		Files.write(this.binary, new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2 });
	}

	@Test
	void theServerLeavesItsAddressAndASecretForItsOwnerOnly() throws IOException {
		Path file = DATA_DIR.resolve(CommandLineAccess.FILE);

		Properties server = read(file);

		assertThat(server.getProperty("url")).isEqualTo("http://127.0.0.1:" + this.port);
		assertThat(server.getProperty("secret")).hasSizeGreaterThanOrEqualTo(43);
		assertThat(server.getProperty("pid")).isEqualTo(Long.toString(ProcessHandle.current().pid()));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void theImportCommandSendsItsFilesToTheRunningServerAndTheImportIsAudited() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		long audited = this.jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();

		Integer exit = RemoteImport.runIfAServerHoldsTheDatabase(new String[] { "import", "--municipality", "Falun",
				"--confirm-municipality", this.falun.toString(), this.binary.toString(),
				"--justera.embedded-database.data-dir=" + DATA_DIR }, new PrintStream(printed, true, StandardCharsets.UTF_8));

		String output = printed.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(output).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
				where mu.name = 'Falun'""").query(Integer.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select actor || ' ' || roles || ' ' || outcome from audit_log where operation = 'importProtocol' and id > ?
				order by id""")
			.params(audited)
			.query(String.class)
			.list()).containsExactly("cli:" + System.getProperty("user.name") + " clerk OK",
					"cli:" + System.getProperty("user.name") + " clerk ERROR");
		assertThat(output).contains("[1/2] " + this.falun + ": ").contains("[2/2] " + this.binary + ": ");
	}

	@Test
	void eachFilesResultIsPrintedInTheCommandsLanguage() {
		ByteArrayOutputStream english = new ByteArrayOutputStream();
		ByteArrayOutputStream swedish = new ByteArrayOutputStream();
		Path file = DATA_DIR.resolve(CommandLineAccess.FILE);

		int first = new RemoteImport(file, new PrintStream(english, true, StandardCharsets.UTF_8), Locale.ENGLISH)
			.run("Falun", true, List.of(this.falun, this.binary));
		int second = new RemoteImport(file, new PrintStream(swedish, true, StandardCharsets.UTF_8), new Locale("sv", "SE"))
			.run("Falun", true, List.of(this.falun));

		assertThat(first).isEqualTo(1);
		assertThat(english.toString(StandardCharsets.UTF_8))
			.contains("The server runs on http://127.0.0.1:" + this.port + ": the files are sent to it")
			.containsPattern("falun.txt: imported as meeting [0-9]+ \\([0-9]+ reading notes?\\)")
			.contains("scan.pdf: FAILED (INVALID_PROTOCOL): The file is neither a PDF nor UTF-8 text")
			.contains("2 files: 1 imported, 0 already stored, 1 failed");
		assertThat(second).isZero();
		assertThat(swedish.toString(StandardCharsets.UTF_8))
			.contains("Servern kör på http://127.0.0.1:" + this.port + ": filerna skickas dit")
			.containsPattern("falun.txt: redan lagrad som sammanträde [0-9]+")
			.contains("1 filer: 0 importerade, 1 redan lagrade, 0 misslyckade");
	}

	@Test
	void theSecretIsRefusedFromAnotherAddressAndWhenItIsNotTheServers() throws Exception {
		String secret = read(DATA_DIR.resolve(CommandLineAccess.FILE)).getProperty("secret");

		HttpResponse<String> proxied = upload(secret, "203.0.113.9");
		HttpResponse<String> wrong = upload(secret.substring(1) + "x", null);

		assertThat(proxied.statusCode()).isEqualTo(401);
		assertThat(proxied.body()).contains("UNAUTHENTICATED").contains("it is taken only from this machine");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("it is not this server's");
		assertThat(Database.count(this.jdbc, "meeting")).isZero();
	}

	@Test
	void theServerDeletesItsFileWhenItStops() throws IOException {
		Path file = DATA_DIR.resolve(CommandLineAccess.FILE);
		assertThat(file).exists();

		this.access.destroy();

		assertThat(file).doesNotExist();
		assertThat(RemoteImport.runIfAServerHoldsTheDatabase(new String[] { "import", "--municipality", "Falun",
				this.falun.toString(), "--justera.embedded-database.data-dir=" + DATA_DIR }, System.out))
			.as("no server file: the command imports itself").isNull();
		// as at the next start, for the other tests
		this.access.onApplicationEvent(new ServletWebServerInitializedEvent(this.context.getWebServer(), this.context));
		assertThat(file).exists();
	}

	private HttpResponse<String> upload(String secret, String forwardedFor) throws Exception {
		String boundary = "b0undary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"municipality\"\r\n\r\nFalun\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.txt\"\r\n\r\n"
				+ Files.readString(this.falun) + "\r\n--" + boundary + "--\r\n";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/protocols"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header(CommandLineAccess.SECRET_HEADER, secret)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("justera-remote-import");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
