package se.justera.protocol;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The body, the municipality and the meeting date as the page header prints them. */
class RunningHeaderTests {

	private final RunningHeader header = new RunningHeader(Vocabulary.standard(), new PageFurniture(Vocabulary.standard()));

	@Test
	void theBodysNameIsTheFirstCellThatIsNotFurniture() {
		assertThat(this.header.bodyName(Snippet.lines("SAMMANTRÄDESPROTOKOLL\tSida 1 (4)", "Miljö- och byggnämnden\t2024-06-11",
				"Plats och tid\tStadshuset")))
			.isEqualTo("Miljö- och byggnämnden");
	}

	@Test
	void aCoverThatStartsWithALabelPrintsNoBodyName() {
		assertThat(this.header.bodyName(Snippet.lines("Plats och tid\tStadshuset", "Kommunstyrelsen"))).isNull();
	}

	@Test
	void theMeetingDateIsReadFromTheRunningHeader() {
		assertThat(RunningHeader.meetingDate(Snippet.lines("§ 12\tVal", "Kommunstyrelsen\tSammanträdesdatum 2024-05-14")))
			.isEqualTo(LocalDate.of(2024, 5, 14));
	}

	@Test
	void withoutARunningDateTheDateIsUnknown() {
		assertThat(RunningHeader.meetingDate(Snippet.lines("§ 12\tVal", "Anslaget 2024-05-20"))).isNull();
	}

	@Test
	void thePrintedMunicipalityIsNotedAtItsLine() {
		ReadingNote note = RunningHeader.printedMunicipality(Snippet.lines("Protokoll", "FALU KOMMUN\tSida 1"));

		assertThat(note.line()).isEqualTo(2);
		assertThat(note.fact()).isEqualTo(ReadingNote.MUNICIPALITY);
	}

}
