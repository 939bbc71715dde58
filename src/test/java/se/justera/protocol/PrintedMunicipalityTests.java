package se.justera.protocol;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The municipality a text names, read from the reader's note and compared with the one given. */
class PrintedMunicipalityTests {

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = { "Smedjebacken|Smedjebackens kommun", "Falun|Falu kommun", "Mora|MORA KOMMUN",
			"Stockholm|Stockholms stad", "Upplands Väsby|Upplands-Väsby kommun", "Gotland|Region Gotland",
			"Jönköping|Jönköpings kommun", "ludvika|Ludvika" })
	void theSameMunicipalityHoweverPrinted(String given, String printed) {
		assertThat(PrintedMunicipality.same(given, printed)).isTrue();
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = { "Ludvika|Mora kommun", "Falun|Borlänge kommun", "Sala|Salem kommun",
			"Mora|Orsa kommun", "Ale|Alingsås kommun" })
	void anotherMunicipality(String given, String printed) {
		assertThat(PrintedMunicipality.same(given, printed)).isFalse();
	}

	@Test
	void theNameIsReadFromTheNoteTheReaderGives() {
		List<ReadingNote> notes = List.of(ReadingNote.warning(3, 1, ReadingNote.ATTENDANCE, "No list: 'Beslutande'"),
				PrintedMunicipality.note(1, 1, "Falu kommun"));

		assertThat(PrintedMunicipality.of(notes)).hasValueSatisfying(printed -> {
			assertThat(printed.name()).isEqualTo("Falu kommun");
			assertThat(printed.line()).isEqualTo(1);
			assertThat(printed.noteIndex()).isEqualTo(1);
		});
	}

	@Test
	void aNoteWithoutAQuotedNameMayEndInIt() {
		List<ReadingNote> colon = List.of(ReadingNote.info(1, 1, ReadingNote.MUNICIPALITY, "Kommun i sidhuvudet: Falu kommun"));
		List<ReadingNote> neither = List.of(ReadingNote.info(1, 1, ReadingNote.MUNICIPALITY, "a municipality is named"));

		assertThat(PrintedMunicipality.of(colon)).map(PrintedMunicipality::name).hasValue("Falu kommun");
		assertThat(PrintedMunicipality.of(neither)).isEmpty();
		assertThat(PrintedMunicipality.of(List.of())).isEmpty();
	}

	@Test
	void aMismatchTurnsTheNoteIntoAWarningThatStillNamesThePrintedMunicipality() {
		Protocol protocol = protocolWith(PrintedMunicipality.note(4, 2, "Falu kommun"));

		Protocol compared = PrintedMunicipality.compared(protocol, "Ludvika");

		assertThat(compared.readingNotes()).singleElement().satisfies(note -> {
			assertThat(note.level()).isEqualTo(ReadingNote.Level.WARNING);
			assertThat(note.fact()).isEqualTo(ReadingNote.MUNICIPALITY);
			assertThat(note.line()).isEqualTo(4);
			assertThat(note.page()).isEqualTo(2);
			assertThat(note.message()).contains("'Falu kommun'", "not 'Ludvika'");
		});
		assertThat(PrintedMunicipality.of(compared.readingNotes())).map(PrintedMunicipality::name).hasValue("Falu kommun");
	}

	@Test
	void theSameMunicipalityLeavesTheProtocolAsItIs() {
		Protocol protocol = protocolWith(PrintedMunicipality.note(4, 2, "Falu kommun"));

		assertThat(PrintedMunicipality.compared(protocol, "Falun")).isSameAs(protocol);
	}

	private static Protocol protocolWith(ReadingNote note) {
		return new Protocol("Kommunstyrelsen", LocalDate.of(2024, 3, 5), null, null, null, List.of(), List.of(), null, null,
				null, null, List.of(), null, null, null, List.of(), List.of(note));
	}

}
