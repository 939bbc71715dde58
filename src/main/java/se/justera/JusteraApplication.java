package se.justera;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

import se.justera.benchmark.BenchmarkClient;
import se.justera.command.Commands;
import se.justera.protocol.PdfBenchmark;
import se.justera.protocol.RemoteImport;
import se.justera.reading.ReadingReport;
import se.justera.security.TokenCommand;

/**
 * Justera: Swedish municipal minutes in PostgreSQL, served over GraphQL, checked against the law.
 *
 * <p>
 * {@code java -jar justera.jar} runs the server; {@code java -jar justera.jar import --municipality
 * NAME FILE...} imports files and exits; {@code benchmark-rules [--meetings N]} measures the rules;
 * {@code generate --meetings N} writes a synthetic corpus; {@code benchmark-reevaluation} measures the
 * re-evaluation queue over every node on the database; {@code benchmark-queries} measures the
 * analysts' queries against their SQL floor; {@code benchmark-pdf} measures the PDF reader;
 * {@code token --role ROLE --user NAME} mints a local-mode token; {@code --help} or
 * {@code help COMMAND} prints the options ({@link Commands}).
 */
@SpringBootApplication
public class JusteraApplication {

	public static void main(String[] args) throws Exception {
		// help and bad options are answered before anything starts: no Spring, no database
		Commands.Checked checked = Commands.check(args, System.out, System.err);
		if (checked.exitNow() != null) {
			System.exit(checked.exitNow());
		}
		String command = checked.command();
		if ("token".equals(command)) {
			try {
				System.out.println(TokenCommand.run(args));
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				System.exit(Commands.USAGE);
			}
			return;
		}
		if ("reading-report".equals(command)) {
			// the reader against its oracles: no database, no server
			System.exit(ReadingReport.run(args, System.out));
		}
		if ("benchmark-pdf".equals(command)) {
			// the PDF reader's speed and memory: no database, no server
			System.exit(PdfBenchmark.run(args, System.out));
		}
		if ("benchmark-client".equals(command)) {
			// the load side of benchmark-queries, in its own JVM and without Spring
			BenchmarkClient.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if ("benchmark-queries".equals(command)) {
			// this one needs the server: it measures the API over HTTP on a free port
			SpringApplication app = new SpringApplication(JusteraApplication.class);
			// its clients are one address on loopback: the per-client limits for the open internet do not apply
			// (the limit of requests at once, over all clients, does: it is the server's own; its clients wait
			// for a place as long as a request may take, as PostGraphile's wait in its event loop's queue)
			commandProperties(app, Map.of("justera.command", command, "justera.demo.import-sample", "false",
					"server.port", "0", "spring.main.banner-mode", "off", "justera.graphql.anonymous.requests-per-second",
					"1000000", "justera.graphql.anonymous.request-burst", "1000000",
					"justera.graphql.anonymous.cost-per-minute", "1000000000000", "justera.graphql.anonymous.queue-timeout",
					"30s"));
			System.exit(SpringApplication.exit(run(app, args)));
		}
		if ("import".equals(command)) {
			// a server on the same embedded database holds it: the files go to that server instead
			Integer sent = RemoteImport.runIfAServerHoldsTheDatabase(args, System.out);
			if (sent != null) {
				System.exit(sent);
			}
		}
		if (command != null) {
			SpringApplication app = new SpringApplication(JusteraApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			commandProperties(app, Map.of("justera.command", command, "justera.demo.import-sample", "false",
					"spring.main.banner-mode", "off"));
			System.exit(SpringApplication.exit(run(app, args)));
		}
		run(new SpringApplication(JusteraApplication.class), args);
	}

	/**
	 * Runs the app; a failed start exits 1 without a second trace: Spring has already reported it
	 * (as what to do, where a failure analyzer knows the cause).
	 */
	private static ConfigurableApplicationContext run(SpringApplication app, String[] args) {
		try {
			return app.run(args);
		}
		catch (RuntimeException ex) {
			System.exit(1);
			throw ex;
		}
	}

	/**
	 * What a command sets for itself, above application.yaml (default properties rank below it, so
	 * the yaml's values would win) and below the command line, so that an option given still counts.
	 */
	private static void commandProperties(SpringApplication app, Map<String, Object> properties) {
		app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
			MutablePropertySources sources = event.getEnvironment().getPropertySources();
			MapPropertySource command = new MapPropertySource("justeraCommand", properties);
			if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
				sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, command);
			}
			else {
				sources.addFirst(command);
			}
		});
	}

}
