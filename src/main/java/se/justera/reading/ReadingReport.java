package se.justera.reading;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.justera.command.Commands;
import se.justera.compliance.ComplianceEngine;
import se.justera.compliance.ComplianceSettings;
import se.justera.compliance.Finding;
import se.justera.compliance.RuleCompiler;
import se.justera.compliance.RuleSet;
import se.justera.municipality.BodyKind;
import se.justera.protocol.InvalidProtocolException;
import se.justera.protocol.Protocol;
import se.justera.protocol.ProtocolFiles;
import se.justera.protocol.ProtocolParser;

/**
 * {@code reading-report [--rules DIR] [--details] FILE|DIR...}: reads each protocol (text or PDF) as an import
 * would, runs the rules with the configuration its oracle gives ({@code NAME.expected.json} beside
 * it), and prints per file and in total the facts read right out of those checked, the findings and
 * what could not be read; with {@code --details}, every wrong fact. Needs no database. Files
 * without an oracle are read and their findings listed, with no facts checked.
 */
public final class ReadingReport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What one file gave. */
	public record FileResult(Path file, int right, int checked, List<OracleComparison.Fact> wrong, int readingNotes,
			List<String> findings, String refusal) {
	}

	private final ProtocolParser parser;

	private final RuleSet rules;

	private final ProtocolFiles files = ProtocolFiles.withDefaultLimits();

	public ReadingReport(ProtocolParser parser, RuleSet rules) {
		this.parser = parser;
		this.rules = rules;
	}

	/** The command line's entry: exit code 0 when every checked fact was read right, 1 otherwise, 2 for bad usage. */
	public static int run(String[] args, PrintStream out) {
		Commands.ReadingReport options;
		try {
			options = Commands.parse(new Commands.ReadingReport(), args);
		}
		catch (picocli.CommandLine.ParameterException ex) {
			Commands.printUsageError(ex, out);
			return Commands.USAGE;
		}
		boolean details = options.details();
		List<Path> inputs = options.inputs();
		RuleCompiler compiler = new RuleCompiler();
		ReadingReport report = new ReadingReport(new ProtocolParser(2_000_000),
				options.rules() == null ? compiler.compileBundled() : compiler.compile(options.rules()));
		List<FileResult> results = inputs.stream().flatMap(ReadingReport::protocols).map(report::read).toList();
		int right = 0;
		int checked = 0;
		int notes = 0;
		for (FileResult result : results) {
			right += result.right();
			checked += result.checked();
			notes += result.readingNotes();
			out.printf(Locale.ROOT, "%-45s %4d / %-4d notes: %-3d %s%n", result.file().getFileName(), result.right(),
					result.checked(), result.readingNotes(), result.refusal() != null ? "REFUSED: " + result.refusal() : "findings: " + result.findings());
			if (details) {
				result.wrong().forEach(f -> out.printf("    %s: expected %s, read %s%n", f.name(), f.expected(), f.actual()));
			}
		}
		out.printf(Locale.ROOT, "total: %d / %d facts right (%.1f %%) in %d files, %d reading notes%n", right, checked,
				checked == 0 ? 100.0 : 100.0 * right / checked, results.size(), notes);
		return right == checked ? 0 : 1;
	}

	public FileResult read(Path file) {
		byte[] bytes;
		JsonNode oracle;
		try {
			bytes = Files.readAllBytes(file);
			Path oracleFile = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.(txt|pdf)$", ".expected.json"));
			oracle = Files.exists(oracleFile) ? JSON.readTree(Files.readString(oracleFile)) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		Protocol protocol;
		String refusal = null;
		try {
			// a PDF or a text, told apart by content as an import does
			protocol = this.parser.parse(this.files.read(file.getFileName().toString(), bytes).text());
		}
		catch (InvalidProtocolException ex) {
			refusal = ex.getMessage();
			protocol = empty();
		}
		catch (RuntimeException ex) {
			// a reader that breaks on some text is a bug to show, not a refusal
			refusal = "READER FAILED: " + ex;
			protocol = empty();
		}
		List<Finding> findings = refusal != null || oracle == null ? List.of()
				: ComplianceEngine.evaluate(this.rules, oracle.path("meeting").path("municipality").asString(), protocol,
						settings(oracle, protocol));
		List<OracleComparison.Fact> facts = oracle == null ? List.of() : OracleComparison.compare(oracle, protocol, findings);
		List<OracleComparison.Fact> wrong = facts.stream().filter(f -> !f.right()).toList();
		return new FileResult(file, facts.size() - wrong.size(), facts.size(), wrong,
				protocol.readingNotes() == null ? 0 : protocol.readingNotes().size(),
				findings.stream().map(f -> f.ruleId() + (f.paragraph() == null ? "" : " §" + f.paragraph())).sorted().toList(),
				refusal);
	}

	/** The rules' configuration from the oracle's {@code config}: seats, threshold, committee rows. */
	private static ComplianceSettings settings(JsonNode oracle, Protocol protocol) {
		JsonNode config = oracle.path("config");
		Map<String, Boolean> committees = new HashMap<>();
		config.path("committeeBudgetRows").forEach(row -> {
			if (!row.path("label").isNull()) {
				committees.put(row.path("label").asString().strip().toLowerCase(Locale.ROOT), true);
			}
		});
		return new ComplianceSettings(BodyKind.fromName(protocol.bodyName() == null ? "" : protocol.bodyName()),
				config.path("seats").isNumber() ? config.path("seats").asInt() : null,
				config.path("checkingDaysAllowed").asInt(14),
				config.path("overrunThresholdPercent").isNumber() ? new BigDecimal(config.path("overrunThresholdPercent").asString())
						: null,
				committees);
	}

	private static Stream<Path> protocols(Path input) {
		if (!Files.isDirectory(input)) {
			return Stream.of(input);
		}
		try (Stream<Path> files = Files.list(input)) {
			return files.filter(ReadingReport::isProtocol).sorted().toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + input, ex);
		}
	}

	/** A protocol of the corpus: a text or a PDF (an oracle is {@code .expected.json}). */
	public static boolean isProtocol(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".txt") || name.endsWith(".pdf");
	}

	/** What a refused file counts as: nothing read, so every fact of its oracle is wrong. */
	private static Protocol empty() {
		return new Protocol(null, null, null, null, null, List.of(), List.of(), null, null, null, null, List.of(), null,
				null, null, List.of(), List.of());
	}

}
