package se.justera.protocol;

import java.nio.file.Files;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The corpus's PDFs are their sources printed in their layouts: regenerated, each reads to the same text. */
class CorpusPdfsTests {

	@TestFactory
	Stream<DynamicTest> everyCorpusPdfIsItsSourcePrinted() {
		PdfLayoutReader reader = new PdfLayoutReader();
		return CorpusPdfs.LAYOUTS.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
			byte[] committed = Files.readAllBytes(CorpusPdfs.CORPUS.resolve(name + ".pdf"));

			String regenerated = reader.read(CorpusPdfs.render(name)).text();

			assertThat(reader.read(committed).text()).isEqualTo(regenerated);
		}));
	}


}
