package se.justera.reading;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import se.justera.compliance.RuleCompiler;
import se.justera.protocol.ProtocolParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every protocol of the corpus (src/test/resources/corpus, invented municipalities in the layouts
 * real minutes use; texts and PDFs, the PDFs read through ProtocolFiles as an import reads them) against its oracle, field by field, with the real rules compiled by Drools.
 * Each file must read at least as many facts right as its floor (reading-floor.properties): the
 * reader may only get better. A failure lists the facts read wrong.
 */
class CorpusTests {

	private static final Path CORPUS = Path.of("src/test/resources/corpus");

	@TestFactory
	Stream<DynamicTest> everyProtocolReadsAtLeastItsFloor() throws IOException {
		Properties floor = new Properties();
		try (Reader reader = Files.newBufferedReader(CORPUS.resolve("reading-floor.properties"))) {
			floor.load(reader);
		}
		ReadingReport report = new ReadingReport(new ProtocolParser(2_000_000), new RuleCompiler().compile(Path.of("rules")));
		try (Stream<Path> files = Files.list(CORPUS)) {
			return files.filter(ReadingReport::isProtocol).sorted().toList().stream()
				.map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
					ReadingReport.FileResult result = report.read(file);
					int minimum = Integer.parseInt(floor.getProperty(file.getFileName().toString(), "0"));

					assertThat(result.checked()).as("facts in the oracle of %s", file).isPositive();
					assertThat(result.right())
						.as("facts read right in %s (floor %d); wrong: %s", file.getFileName(), minimum, result.wrong())
						.isGreaterThanOrEqualTo(minimum);
				}));
		}
	}

}
