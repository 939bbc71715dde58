package se.justera.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** benchmark-pdf reads its 50-page file and prints the reader beside its peer (no timing asserted). */
class PdfBenchmarkTests {

	@Test
	void printsPagesPerSecondAndMemoryForTheReaderAndThePeer(@TempDir Path folder) throws IOException {
		// a short file given on the command line keeps the test short; without one it lays out 50 pages
		Path file = Files.write(folder.resolve("five.pdf"), PdfBenchmark.samplePdf(5));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		int exit = PdfBenchmark.run(new String[] { "benchmark-pdf", "--runs", "1", file.toString() },
				new PrintStream(bytes, true, StandardCharsets.UTF_8));

		String out = bytes.toString(StandardCharsets.UTF_8);
		assertThat(exit).isZero();
		assertThat(out).contains("5 pages").contains("pages/s").contains("alloc KB/page")
			.containsPattern("layout reader \\(PdfLayoutReader\\) +\\d+\\.\\d")
			.containsPattern("peer: PDFBox plain text \\(PDFTextStripper\\) +\\d+\\.\\d");
	}

	@Test
	void theBenchmarkFileIsTheSampleLaidOutOverFiftyPages() throws IOException {
		PdfLayoutReader.PdfText read = new PdfLayoutReader().read(PdfBenchmark.samplePdf(50));

		assertThat(read.pages()).isEqualTo(50);
		assertThat(read.text()).contains("Kansliavdelning\t12 953\t9 983").contains("**Kommunstyrelsen**");
	}

	@Test
	void anUnknownOptionIsBadUsage() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		int exit = PdfBenchmark.run(new String[] { "benchmark-pdf", "--pages" }, new PrintStream(bytes, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(2);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("usage: benchmark-pdf");
	}

}
