package se.justera.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the rules need and the text did not give becomes a reading note at the cover's line. */
class MissingFactsTests {

	private static final ProtocolLine COVER = Snippet.from(3, "Kommunstyrelsen").get(0);

	@Test
	void noDecidingMembersNoCheckingDateAndNoNoticeAreEachNoted() {
		List<ReadingNote> notes = MissingFacts.notes(List.of(), cover(null), null, COVER, List.of(), null, false);

		assertThat(notes).extracting(ReadingNote::fact, ReadingNote::line)
			.containsExactly(tuple(ReadingNote.ATTENDANCE, 3),
					tuple(ReadingNote.CHECKING_DATE, 3),
					tuple(ReadingNote.NOTICE, null));
	}

	@Test
	void aCoverWithEveryFactNotesNothingButTheParagraphsNotes() {
		ReadingNote table = ReadingNote.warning(40, 2, ReadingNote.BUDGET_TABLE, "not mapped");

		List<ReadingNote> notes = MissingFacts.notes(
				List.of(new Attendee("Anna Ek", "S", AttendanceRole.CHAIR, null, null, null, null)),
				cover(LocalDate.of(2024, 5, 20)), new Protocol.Notice(null, null, null, null, null, null, null),
				COVER, List.of(table), null, false);

		assertThat(notes).containsExactly(table);
	}

	@Test
	void anExtractIsNotedFirstAfterTheMunicipality() {
		ReadingNote municipality = ReadingNote.info(1, 1, ReadingNote.MUNICIPALITY, "FALU KOMMUN");

		List<ReadingNote> notes = MissingFacts.notes(List.of(), cover(null), null, COVER, List.of(), municipality, true);

		assertThat(notes).extracting(ReadingNote::fact).startsWith(ReadingNote.MUNICIPALITY, ReadingNote.PARAGRAPHS);
	}

	private static CoverPageReader.Cover cover(LocalDate checkingDate) {
		return new CoverPageReader.Cover(null, null, null, null, List.of(), List.of(), checkingDate, null, null, null,
				List.of(), null, null, Set.of());
	}

}
