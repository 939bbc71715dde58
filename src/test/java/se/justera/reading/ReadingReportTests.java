package se.justera.reading;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.justera.protocol.ProtocolParser;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading report prints what the reader could not read: the notes per file and in total. */
class ReadingReportTests {

	private static final Path EXTRACT = Path.of("src/test/resources/corpus/ulvhalla-kf-2021-06-14-utdrag.txt");

	@Test
	void printsTheReadingNotesOfEachFileAndTheirTotal() throws Exception {
		int notes = new ProtocolParser(2_000_000).parse(Files.readString(EXTRACT)).readingNotes().size();
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		ReadingReport.run(new String[] { "reading-report", EXTRACT.toString() },
				new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(notes).as("an extract leaves paragraphs out: the reader notes it").isPositive();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("notes: " + notes + " ")
			.contains("in 1 files, " + notes + " reading notes");
	}

}
