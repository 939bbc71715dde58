package se.justera.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice of checked minutes, each read from a few lines as minutes print it. */
class NoticeReaderTests {

	private static final LocalDate MEETING = LocalDate.of(2024, 4, 16);

	@Test
	void labelledFieldsAreTheNoticesParts() {
		Protocol.Notice read = read(null, "ANSLAG/BEVIS", "", "Organ\tKommunstyrelsen", "Sammanträdesdatum\t2024-04-16",
				"Datum då anslaget sätts upp\t2024-04-17", "Datum då anslaget tas ned\t2024-05-09",
				"Förvaringsplats för protokollet\tKommunhuset", "Sista dag för överklagande\t2024-05-08",
				"Underskrift\t..............", "\tEva Sköld");

		assertThat(read).isEqualTo(new Protocol.Notice("Kommunstyrelsen", MEETING, LocalDate.of(2024, 4, 17),
				LocalDate.of(2024, 5, 9), "Kommunhuset", LocalDate.of(2024, 5, 8), "Eva Sköld"));
	}

	@Test
	void theDigitalNoticeBoardsProseGivesTheDaysTheBodyAndWhereTheMinutesAreKept() {
		Protocol.Notice read = read("Kommunstyrelsen", "TILLKÄNNAGIVANDE", "",
				"Kommunstyrelsens protokoll från sammanträdet 2024-11-26 är justerat.",
				"Anslaget publiceras 2024-12-02 till och med 2024-12-27.", "Protokollet förvaras på kommunledningskontoret.");

		assertThat(read.bodyName()).isEqualTo("Kommunstyrelsen");
		assertThat(read.meetingDate()).isEqualTo(LocalDate.of(2024, 11, 26));
		assertThat(read.postedOn()).isEqualTo(LocalDate.of(2024, 12, 2));
		assertThat(read.removedOn()).isEqualTo(LocalDate.of(2024, 12, 27));
		assertThat(read.minutesKeptAt()).isEqualTo("kommunledningskontoret");
	}

	@Test
	void aBodyNamedInASentenceIsTakenOnlyWhenItIsThePrintedOne() {
		Protocol.Notice read = read("Kommunstyrelsen", "TILLKÄNNAGIVANDE", "", "Nämndens protokoll är justerat.");

		assertThat(read.bodyName()).isNull();
	}

	@Test
	void aNoticeThatNamesParagraphsIsTheirs() {
		Protocol.Notice named = read(null, "ANSLAG/BEVIS", "", "Paragraf\t§ 57", "Datum då anslaget sätts upp\t2024-04-17");
		Protocol.Notice whole = read(null, "ANSLAG/BEVIS", "", "Datum då anslaget sätts upp\t2024-04-17");

		assertThat(named.paragraphs()).containsExactly(57);
		assertThat(whole.paragraphs()).isEmpty();
	}

	@Test
	void blankDatesAreUnknown() {
		Protocol.Notice read = read(null, "TILLKÄNNAGIVANDE", "", "Datum då anslaget sätts upp:", "Datum då anslaget tas ned:");

		assertThat(read.postedOn()).isNull();
		assertThat(read.removedOn()).isNull();
	}

	private static Protocol.Notice read(String printedName, String... texts) {
		List<ProtocolLine> lines = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			lines.add(ProtocolLine.of(i + 1, 1, texts[i]));
		}
		return NoticeReader.read(lines, MEETING, printedName);
	}

}
