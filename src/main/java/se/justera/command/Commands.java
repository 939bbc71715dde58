package se.justera.command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line, checked before anything starts (picocli): {@code --help}, {@code -h} and
 * {@code help [COMMAND]} print the usage and exit 0 without starting Spring or a database; a bad
 * option prints one line and the usage, exit 2. Each command's options are a class here, which
 * its runner parses again from the same arguments ({@link #parse}). Spring properties given as
 * {@code --name.with.dots=value} are Spring's: they are passed on, not parsed here.
 */
@Command(name = "java -jar justera.jar", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class,
		usageHelpAutoWidth = true,
		description = { "Justera: Swedish municipal minutes in PostgreSQL, served over GraphQL, checked against the law.",
				"", "With no command: runs the server (GraphQL at /graphql, GraphiQL at /graphiql)." },
		subcommands = { HelpCommand.class, Commands.Import.class, Commands.Generate.class, Commands.Token.class,
				Commands.ReadingReport.class, Commands.BenchmarkRules.class, Commands.BenchmarkReevaluation.class,
				Commands.BenchmarkQueries.class, Commands.BenchmarkClient.class, Commands.BenchmarkPdf.class },
		footer = { "", "Spring properties go after the command as --name=value, e.g. --server.port=9090,",
				"--spring.datasource.url=jdbc:postgresql://host/db, --justera.rules.path=/srv/rules",
				"(or as environment variables: SERVER_PORT, SPRING_DATASOURCE_URL, JUSTERA_RULES_PATH).",
				"'java -jar justera.jar help COMMAND' prints a command's options." })
public final class Commands {

	/** Exit code of a bad command line (as the shells' builtins use it). */
	public static final int USAGE = 2;

	/** A Spring property on the command line: --a.b=c (a dotted name and a value). */
	private static final Pattern PROPERTY = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*", Pattern.DOTALL);

	private Commands() {
	}

	/** What the command line asks for: an exit code now (help printed, or a bad option), or a command to run. */
	public record Checked(Integer exitNow, String command) {
	}

	/**
	 * Parses the command line without starting anything. {@code command} is null for the server.
	 */
	public static Checked check(String[] args, PrintStream out, PrintStream err) {
		CommandLine cli = commandLine(out, err);
		CommandLine.ParseResult parsed;
		try {
			parsed = cli.parseArgs(ownArguments(args).toArray(String[]::new));
		}
		catch (CommandLine.ParameterException ex) {
			err.println(ex.getMessage());
			ex.getCommandLine().usage(err);
			return new Checked(USAGE, null);
		}
		if (CommandLine.printHelpIfRequested(parsed)) {
			return new Checked(0, null);
		}
		return new Checked(null, parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name() : null);
	}

	/**
	 * A command's options from the arguments the process got (the command's name and Spring
	 * properties left out); a bad one throws {@link CommandLine.ParameterException}.
	 */
	public static <T> T parse(T options, String[] args) {
		List<String> own = ownArguments(args);
		String name = options.getClass().getAnnotation(Command.class).name();
		if (!own.isEmpty() && own.get(0).equals(name)) {
			own.remove(0);
		}
		new CommandLine(options).parseArgs(own.toArray(String[]::new));
		return options;
	}

	/** One line for what was wrong, then the command's usage: what every command prints for a bad option. */
	public static void printUsageError(CommandLine.ParameterException ex, PrintStream err) {
		err.println(ex.getMessage());
		ex.getCommandLine().usage(err);
	}

	private static List<String> ownArguments(String[] args) {
		return new ArrayList<>(Arrays.stream(args).filter(a -> !PROPERTY.matcher(a).matches()).toList());
	}

	static CommandLine commandLine(PrintStream out, PrintStream err) {
		CommandLine cli = new CommandLine(new Commands());
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		return cli;
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = Commands.class.getPackage().getImplementationVersion();
			return new String[] { "Justera " + (version == null ? "(development build)" : version) };
		}

	}

	@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
			description = { "Imports minutes (PDF or UTF-8 text, told apart by content), each file on its own, and exits:",
					"a line per file and a summary; exit 1 if any file failed.",
					"While a server runs on the same embedded database, the files are sent to it (POST /protocols)." })
	public static final class Import {

		@Option(names = "--municipality", required = true, paramLabel = "NAME",
				description = "The municipality the minutes belong to.")
		private String municipality;

		@Option(names = "--confirm-municipality",
				description = "Import even when the text names another municipality (MUNICIPALITY_MISMATCH otherwise).")
		private boolean confirmMunicipality;

		@Parameters(arity = "1..*", paramLabel = "FILE", description = "The minutes' text files.")
		private List<Path> files = new ArrayList<>();

		public String municipality() {
			return this.municipality;
		}

		public boolean confirmMunicipality() {
			return this.confirmMunicipality;
		}

		public List<Path> files() {
			return this.files;
		}

	}

	@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
			description = { "Fills the database with synthetic meetings and their findings (for benchmarks).",
					"Refuses a database that holds anything but generated data (and the bundled sample) unless --force." })
	public static final class Generate {

		@Option(names = "--meetings", paramLabel = "N", defaultValue = "10000", description = "Meetings to write (default ${DEFAULT-VALUE}).")
		private int meetings;

		@Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
		private long seed;

		@Option(names = "--municipalities", paramLabel = "M", defaultValue = "133",
				description = "The M largest municipalities, 1 to 133 (default ${DEFAULT-VALUE}).")
		private int municipalities;

		@Option(names = "--meetings-per-year", paramLabel = "K", defaultValue = "10",
				description = "Meetings a year per body, 1 to 10 (default ${DEFAULT-VALUE}).")
		private int meetingsPerYear;

		@Option(names = "--force", description = "Write into a database that holds real minutes too.")
		private boolean force;

		public int meetings() {
			return this.meetings;
		}

		public long seed() {
			return this.seed;
		}

		public int municipalities() {
			return this.municipalities;
		}

		public int meetingsPerYear() {
			return this.meetingsPerYear;
		}

		public boolean force() {
			return this.force;
		}

	}

	@Command(name = "token", mixinStandardHelpOptions = true, sortOptions = false,
			description = "Mints a local-mode bearer token, signed with the server's secret file, without starting the server.")
	public static final class Token {

		@Option(names = "--role", required = true, paramLabel = "ROLE",
				description = "clerk, compliance_officer or administrator; repeat for several.")
		private List<String> roles = new ArrayList<>();

		@Option(names = "--user", paramLabel = "NAME", description = "The token's subject (default: your user name).")
		private String user;

		@Option(names = "--hours", paramLabel = "N", defaultValue = "12", description = "Valid for N hours (default ${DEFAULT-VALUE}).")
		private long hours;

		@Option(names = "--secret-file", paramLabel = "PATH",
				description = "The signing secret (default: JUSTERA_SECURITY_LOCAL_SECRET_FILE or data/local-jwt-secret).")
		private Path secretFile;

		public List<String> roles() {
			return this.roles;
		}

		public String user() {
			return this.user;
		}

		public long hours() {
			return this.hours;
		}

		public Path secretFile() {
			return this.secretFile;
		}

	}

	@Command(name = "reading-report", mixinStandardHelpOptions = true, sortOptions = false,
			description = { "Reads minutes against their oracles (FILE.expected.json beside FILE.txt), without a database;",
					"exit 0 when every checked fact was read right, 1 otherwise." })
	public static final class ReadingReport {

		@Option(names = "--rules", paramLabel = "DIR", description = "A rules folder (default: the rules in the jar).")
		private Path rules;

		@Option(names = "--details", description = "Print each fact read wrong.")
		private boolean details;

		@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Minutes, or folders of them.")
		private List<Path> inputs = new ArrayList<>();

		public Path rules() {
			return this.rules;
		}

		public boolean details() {
			return this.details;
		}

		public List<Path> inputs() {
			return this.inputs;
		}

	}

	@Command(name = "benchmark-rules", mixinStandardHelpOptions = true,
			description = { "Measures rule evaluation for one meeting and a full re-evaluation of N stored meetings",
					"(importing benchmark meetings first when fewer are stored)." })
	public static final class BenchmarkRules {

		@Option(names = "--meetings", paramLabel = "N", defaultValue = "10000", description = "Meetings to re-evaluate (default ${DEFAULT-VALUE}).")
		private int meetings;

		public int meetings() {
			return this.meetings;
		}

	}

	@Command(name = "benchmark-reevaluation", mixinStandardHelpOptions = true,
			description = "Queues every stored meeting for re-evaluation and waits for every node's workers to finish.")
	public static final class BenchmarkReevaluation {

	}

	@Command(name = "benchmark-queries", mixinStandardHelpOptions = true, sortOptions = false,
			description = "Serves the API on a free port and measures the analysts' query mix against its SQL floor.")
	public static final class BenchmarkQueries {

		@Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Clients at once (default ${DEFAULT-VALUE}).")
		private int clients;

		@Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "Seconds of load (default ${DEFAULT-VALUE}).")
		private int seconds;

		@Option(names = "--warm-up", paramLabel = "S", defaultValue = "10", description = "Seconds of warm-up before measuring (default ${DEFAULT-VALUE}).")
		private int warmUp;

		@Option(names = "--queries", paramLabel = "NAMES", description = "Only the queries whose names start so, comma-separated (default: all).")
		private String queries;

		@Option(names = "--peer", paramLabel = "SCRIPT", description = "Start PostGraphile with this script (benchmark/postgraphile/run.sh) and measure it side by side.")
		private String peer;

		@Option(names = "--peer-workers", paramLabel = "N", defaultValue = "1", description = "PostGraphile's worker processes (default ${DEFAULT-VALUE}).")
		private int peerWorkers;

		@Option(names = "--load", paramLabel = "wrk|jvm", description = "What sends the API's and the peer's requests: wrk (the default where it is installed) or clients in a JVM of their own.")
		private String load;

		public int clients() {
			return this.clients;
		}

		public int seconds() {
			return this.seconds;
		}

	}

	/** The load side of benchmark-queries, started by it in a JVM of its own. */
	@Command(name = "benchmark-client", hidden = true, mixinStandardHelpOptions = true)
	public static final class BenchmarkClient {

		@Option(names = "--graphql", required = true)
		private String graphql;

		@Option(names = "--jdbc", required = true)
		private String jdbc;

		@Option(names = "--user", required = true)
		private String user;

		@Option(names = "--password", required = true)
		private String password;

		@Option(names = "--clients", defaultValue = "8")
		private int clients;

		@Option(names = "--seconds", defaultValue = "10")
		private int seconds;

		@Option(names = "--warm-up", defaultValue = "10")
		private int warmUp;

		@Option(names = "--queries")
		private String queries;

		@Option(names = "--peer")
		private String peer;

	}

	@Command(name = "benchmark-pdf", mixinStandardHelpOptions = true, sortOptions = false,
			description = { "Reads a 50-page PDF (the sample laid out, or FILE) with the layout reader and with PDFBox's",
					"plain text extraction, and prints pages per second, bytes allocated per page and heap; no database." })
	public static final class BenchmarkPdf {

		@Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Measured runs (default ${DEFAULT-VALUE}).")
		private int runs;

		@Parameters(arity = "0..1", paramLabel = "FILE.pdf", description = "A PDF to read instead of the sample laid out.")
		private Path file;

	}

}
