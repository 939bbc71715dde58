package se.justera.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import picocli.CommandLine;

import se.justera.command.Commands;
import se.justera.security.CommandLineAccess;
import se.justera.text.LogSafe;
import se.justera.text.Names;

/**
 * The {@code import} command while a server runs on the same embedded database (which one process
 * at a time can open): the files go to that server's {@code POST /protocols}, one request each,
 * authenticated by the secret the server wrote for this machine's commands
 * ({@link CommandLineAccess}), and each answer is printed as a local import prints its result.
 * Decided before Spring starts, from the same configuration the command would use (its Spring
 * properties, the environment, application.yaml): with an external database the command imports
 * itself, side by side with any server.
 */
public final class RemoteImport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path serverFile;

	private final PrintStream out;

	private final boolean swedish;

	RemoteImport(Path serverFile, PrintStream out, Locale locale) {
		this.serverFile = serverFile;
		this.out = out;
		this.swedish = locale.getLanguage().equals("sv");
	}

	/**
	 * The exit code of an import sent to a server running on this command's embedded database, or
	 * null when none runs (no server file, or its process is gone): then the command imports itself.
	 */
	public static Integer runIfAServerHoldsTheDatabase(String[] args, PrintStream out) {
		Path serverFile = serverFile(args);
		if (serverFile == null || !Files.isRegularFile(serverFile)) {
			return null;
		}
		Properties server;
		try {
			server = read(serverFile);
		}
		catch (IOException ex) {
			return null; // not readable by this user: the database beside it is not either; the command says so
		}
		String pid = server.getProperty("pid", "");
		if (!pid.matches("[0-9]{1,19}") || ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true)) {
			return null; // left by a server that did not stop cleanly
		}
		Commands.Import options;
		try {
			options = Commands.parse(new Commands.Import(), args);
		}
		catch (CommandLine.ParameterException ex) {
			return null; // the command reports it as always
		}
		return new RemoteImport(serverFile, out, Locale.getDefault()).run(options.municipality(),
				options.confirmMunicipality(), options.files());
	}

	/** The server file in the embedded database's folder, or null with an external database. */
	static Path serverFile(String[] args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springProperties(args)));
		try {
			for (PropertySource<?> yaml : new YamlPropertySourceLoader().load("application.yaml",
					new ClassPathResource("application.yaml"))) {
				environment.getPropertySources().addLast(yaml);
			}
		}
		catch (IOException ex) {
			// no application.yaml: the defaults below
		}
		Binder binder = Binder.get(environment);
		if (!binder.bind("spring.datasource.url", String.class).orElse("").isEmpty()) {
			return null;
		}
		return Path.of(binder.bind("justera.embedded-database.data-dir", String.class).orElse("data/postgres"))
			.toAbsolutePath()
			.resolve(CommandLineAccess.FILE);
	}

	private static String[] springProperties(String[] args) {
		return java.util.Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("=")).toArray(String[]::new);
	}

	/** Sends every file, prints a line for each and a summary; 1 when any was refused or not sent. */
	int run(String municipality, boolean confirmMunicipality, List<Path> files) {
		Properties server;
		try {
			server = read(this.serverFile);
		}
		catch (IOException ex) {
			this.out.println(text("Cannot read " + this.serverFile + ": " + ex.getMessage(),
					"Kan inte läsa " + this.serverFile + ": " + ex.getMessage()));
			return 1;
		}
		String url = server.getProperty("url");
		this.out.println(text("The server runs on " + url + ": the files are sent to it",
				"Servern kör på " + url + ": filerna skickas dit"));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		int created = 0;
		int existing = 0;
		int failed = 0;
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			String prefix = "[" + (i + 1) + "/" + files.size() + "] " + LogSafe.escape(file) + ": ";
			HttpResponse<String> response;
			try {
				response = http.send(upload(URI.create(url + "/protocols"), server.getProperty("secret"), municipality,
						confirmMunicipality, file), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				failed++;
				String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
				this.out.println(prefix + text("FAILED: not sent (" + why + ")", "MISSLYCKADES: inte skickad (" + why + ")"));
				continue;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.out.println(prefix + text("FAILED: interrupted", "MISSLYCKADES: avbruten"));
				return 1;
			}
			JsonNode body = parse(response.body());
			if (response.statusCode() == 200 || response.statusCode() == 201) {
				boolean isNew = response.statusCode() == 201;
				if (isNew) {
					created++;
				}
				else {
					existing++;
				}
				String meeting = body.path("meeting").path("id").asString();
				JsonNode notes = body.path("readingNotes");
				this.out.println(prefix + (isNew ? text("imported as meeting ", "importerad som sammanträde ")
						: text("already stored as meeting ", "redan lagrad som sammanträde ")) + meeting + notes(notes.size()));
				for (JsonNode note : notes) {
					this.out.println("    " + note.path("level").asString()
							+ (note.path("line").isNumber() ? text(" line ", " rad ") + note.path("line").asInt() : "")
							+ (note.path("page").isNumber() ? text(" page ", " sida ") + note.path("page").asInt() : "")
							+ ": " + LogSafe.escape(note.path("message").asString()));
				}
			}
			else {
				failed++;
				JsonNode error = body.path("errors").path(0);
				JsonNode extensions = error.path("extensions");
				String where = (extensions.path("line").isNumber() ? text(", line ", ", rad ") + extensions.path("line").asInt() : "")
						+ (extensions.path("page").isNumber() ? text(", page ", ", sida ") + extensions.path("page").asInt() : "");
				String code = extensions.path("code").asString("HTTP " + response.statusCode());
				this.out.println(prefix + text("FAILED", "MISSLYCKADES") + " (" + code + where + "): "
						+ LogSafe.escape(error.path("message").asString(response.body())));
			}
		}
		this.out.println(text(files.size() + " files: " + created + " imported, " + existing + " already stored, " + failed
				+ " failed", files.size() + " filer: " + created + " importerade, " + existing + " redan lagrade, " + failed
						+ " misslyckade"));
		return failed > 0 ? 1 : 0;
	}

	private HttpRequest upload(URI endpoint, String secret, String municipality, boolean confirm, Path file)
			throws IOException {
		String boundary = "justera-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "municipality", municipality);
		if (confirm) {
			field(body, boundary, "confirmMunicipality", "true");
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ quotable(file.getFileName().toString()) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(Files.readAllBytes(file));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header(CommandLineAccess.SECRET_HEADER, secret)
			.header(CommandLineAccess.USER_HEADER, System.getProperty("user.name", "unknown"))
			.header("Accept-Language", this.swedish ? "sv" : "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws IOException {
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	/** A file name inside the header's quotes: no quote, backslash or line break can end it early. */
	private static String quotable(String name) {
		return Names.controlCharacterAt(name) >= 0 || name.contains("\"") || name.contains("\\")
				? name.replaceAll("[\"\\\\\\p{Cntrl}]", "_") : name;
	}

	private String notes(int count) {
		if (count == 0) {
			return "";
		}
		return " (" + count + (count == 1 ? text(" reading note)", " läsanteckning)") : text(" reading notes)", " läsanteckningar)"));
	}

	private String text(String english, String swedish) {
		return this.swedish ? swedish : english;
	}

	private static JsonNode parse(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return JSON.createObjectNode();
		}
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
