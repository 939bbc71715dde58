package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample minutes printed to PDF in two layouts (a word processor's: cover table, ruled budget
 * tables, body name as header; a minute system's: "Label: value" lines, unruled tables, a two-line
 * header with the page number) read back to exactly what the text sample reads as.
 */
class PdfSampleTests {

	static Stream<Arguments> layouts() throws IOException {
		String sample = sample();
		return Stream.of(Arguments.of("word processor", MinutesPdf.render(PdfSamples.word(sample), PdfSamples.WORD)),
				Arguments.of("minute system", MinutesPdf.render(PdfSamples.minuteSystem(sample), PdfSamples.MINUTE_SYSTEM)));
	}

	static String sample() throws IOException {
		return new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("layouts")
	void readsAsTheTextSampleReads(String layout, byte[] pdf) throws IOException {
		ProtocolParser parser = new ProtocolParser(2_000_000);
		Protocol fromText = parser.parse(sample());

		Protocol fromPdf = parser.parse(new ProtocolFiles(new PdfLayoutReader()).read("sample.pdf", pdf).text());

		assertThat(facts(fromPdf)).isEqualTo(facts(fromText));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("layouts")
	void allThirtyNineBudgetRowsWithTheirFigures(String layout, byte[] pdf) throws IOException {
		Protocol fromPdf = new ProtocolParser(2_000_000).parse(new PdfLayoutReader().read(pdf).text());

		List<Protocol.BudgetLine> rows = fromPdf.paragraphs().stream().flatMap(p -> p.budgetReports().stream())
			.flatMap(r -> r.lines().stream()).toList();
		assertThat(rows).hasSize(39);
		assertThat(rows).filteredOn(r -> "Miljö- o byggnadsnämnden".equals(r.label())).singleElement()
			.satisfies(r -> assertThat(List.of(r.periodBudget(), r.periodActual(), r.periodDeviation(), r.yearBudget(),
					r.yearForecast(), r.yearDeviation())).containsExactly(7130L, 8072L, -942L, 8556L, 8956L, -400L));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("layouts")
	void paragraphsKeepThePagesTheyArePrintedOn(String layout, byte[] pdf) {
		PdfLayoutReader.PdfText read = new PdfLayoutReader().read(pdf);
		Protocol fromPdf = new ProtocolParser(2_000_000).parse(read.text());

		assertThat(read.text().chars().filter(c -> c == '\f').count()).isEqualTo(read.pages() - 1);
		assertThat(fromPdf.paragraphs().get(0).page()).isEqualTo(3);
		assertThat(fromPdf.paragraphs()).extracting(Protocol.Paragraph::page).isSorted();
		assertThat(fromPdf.paragraphs().get(12).page()).isGreaterThan(12);
	}

	/**
	 * Everything the parser read except where it stands (pages, line numbers) and the note that the
	 * minute system's header prints the municipality, which the text sample does not.
	 */
	static String facts(Protocol protocol) {
		List<ReadingNote> notes = protocol.readingNotes().stream().filter(n -> !n.fact().equals("municipality")).toList();
		Protocol without = new Protocol(protocol.bodyName(), protocol.meetingDate(), protocol.startsAt(), protocol.endsAt(),
				protocol.place(), protocol.attendees(), protocol.checkers(), protocol.checkingDate(), protocol.checkingTime(),
				protocol.checkingPlace(), protocol.secretary(), protocol.signatures(), protocol.firstParagraph(),
				protocol.lastParagraph(), protocol.notice(), protocol.paragraphs(), notes);
		return without.toString().replaceAll("\\s+", " ").replaceAll("page=\\d+", "page=?").replaceAll("line=\\d+", "line=?");
	}

}
