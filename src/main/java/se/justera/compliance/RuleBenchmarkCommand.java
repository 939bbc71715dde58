package se.justera.compliance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.justera.command.Commands;
import se.justera.protocol.Protocol;
import se.justera.protocol.ProtocolImportService;
import se.justera.protocol.ProtocolParser;

/**
 * {@code benchmark-rules [--meetings N]}: measures rule evaluation for one meeting (median and
 * p99 after warm-up) and a full re-evaluation of N stored meetings, and prints the figures. Missing
 * meetings are first imported into municipalities named "Benchmark NNNNN" (the sample and the
 * three test protocols in turn). A benchmark, not a test: these machines are shared and noisy.
 */
@Component
@ConditionalOnProperty(name = "justera.command", havingValue = "benchmark-rules")
class RuleBenchmarkCommand implements ApplicationRunner {

	private static final List<String> PROTOCOLS = List.of("demo/smedjebacken-ks-2023-12-12.txt",
			"benchmark/ludvika-kf-2024-02-26.txt", "benchmark/falun-bun-2024-03-05.txt",
			"benchmark/mora-ks-au-2023-06-20.txt");

	private final ComplianceEngine engine;

	private final ReevaluationQueue queue;

	private final RuleRunner runner;

	private final RulesetRepository rulesets;

	private final org.springframework.transaction.PlatformTransactionManager transactions;

	private final ProtocolImportService imports;

	private final ProtocolParser parser;

	private final JdbcClient jdbc;

	private final PrintStream out = System.out;

	RuleBenchmarkCommand(ComplianceEngine engine, RuleRunner runner, ReevaluationQueue queue, RulesetRepository rulesets,
			org.springframework.transaction.PlatformTransactionManager transactions, ProtocolImportService imports,
			ProtocolParser parser, JdbcClient jdbc) {
		this.engine = engine;
		this.runner = runner;
		this.queue = queue;
		this.rulesets = rulesets;
		this.transactions = transactions;
		this.imports = imports;
		this.parser = parser;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments arguments) throws IOException {
		int meetings = Commands.parse(new Commands.BenchmarkRules(), arguments.getSourceArgs()).meetings();
		oneMeeting();
		fullReevaluation(meetings);
	}

	private void oneMeeting() throws IOException {
		Protocol sample = this.parser.parse(read(PROTOCOLS.get(0)));
		ComplianceSettings settings = new ComplianceSettings(se.justera.municipality.BodyKind.EXECUTIVE_BOARD, 11, 14,
				new java.math.BigDecimal("1.5"), java.util.Map.of("miljö- o byggnadsnämnden", true));
		for (int i = 0; i < 5_000; i++) {
			this.runner.evaluate(this.engine.ruleSet(), "Smedjebacken", sample, settings);
		}
		int runs = 20_000;
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			this.runner.evaluate(this.engine.ruleSet(), "Smedjebacken", sample, settings);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		this.out.printf(
				"one meeting (the sample: %d paragraphs, %d facts): runs=%d median=%.3f ms p99=%.3f ms max=%.3f ms%n",
				sample.paragraphs().size(), FactBuilder.facts("Smedjebacken", sample, settings).size(), runs,
				nanos[runs / 2] / 1e6, nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6);
	}

	private void fullReevaluation(int wanted) throws IOException {
		int stored = this.jdbc.sql("select count(*) from meeting").query(Integer.class).single();
		if (stored < wanted) {
			List<String> texts = PROTOCOLS.stream().map(this::readUnchecked).toList();
			long start = System.nanoTime();
			// continue numbering after the benchmark meetings of an earlier run
			int next = this.jdbc.sql("""
					select count(*) from meeting m join body b on b.id = m.body_id
					join municipality mu on mu.id = b.municipality_id where mu.name like 'Benchmark %'""")
				.query(Integer.class)
				.single();
			for (int i = stored; i < wanted; i++, next++) {
				this.imports.importProtocol(String.format("Benchmark %05d", next / texts.size()), texts.get(next % texts.size()));
				if ((i + 1) % 1000 == 0) {
					this.out.printf("imported %d/%d meetings (%.0f s)%n", i + 1, wanted, (System.nanoTime() - start) / 1e9);
				}
			}
		}
		Object[] measured;
		try {
			measured = new ReevaluationBenchmarkCommand(this.queue, this.rulesets, this.transactions).measure();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		int findings = this.jdbc.sql("select count(*) from finding").query(Integer.class).single();
		double seconds = (double) measured[1];
		int reevaluated = (int) measured[0];
		this.out.printf("full re-evaluation (queued, by this node's workers): meetings=%d findings=%d time=%.1f s"
				+ " (%.2f ms per meeting)%n", reevaluated, findings, seconds, seconds * 1000 / Math.max(1, reevaluated));
	}

	private String readUnchecked(String resource) {
		try {
			return read(resource);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String read(String resource) throws IOException {
		return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
	}

}
