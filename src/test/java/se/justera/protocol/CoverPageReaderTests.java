package se.justera.protocol;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The cover page's labelled fields, as covers of real minutes lay them out. */
class CoverPageReaderTests {

	private final CoverPageReader reader = new CoverPageReader(Vocabulary.standard(), new PageFurniture(Vocabulary.standard()));

	@Test
	void placeAndTimeGiveTheDateTheHoursAndThePlace() {
		CoverPageReader.Cover cover = this.reader.read(Snippet.lines("Plats och tid\tKommunhuset, tisdagen den 14 maj 2024 kl. 13.00-15.30"));

		assertThat(cover.meetingDate()).isEqualTo(LocalDate.of(2024, 5, 14));
		assertThat(cover.startsAt()).isEqualTo(LocalTime.of(13, 0));
		assertThat(cover.endsAt()).isEqualTo(LocalTime.of(15, 30));
		assertThat(cover.place()).isEqualTo("Kommunhuset");
	}

	@Test
	void theNamesUnderALabelAreInItsRole() {
		CoverPageReader.Cover cover = this.reader.read(Snippet.lines("Beslutande", "Anna Ek (S), ordförande", "Lars Wik (M)",
				"Ej tjänstgörande ersättare", "Olle Sund (S)"));

		assertThat(cover.attendees()).extracting(Attendee::name, Attendee::role)
			.containsExactly(tuple("Anna Ek", AttendanceRole.CHAIR),
					tuple("Lars Wik", AttendanceRole.MEMBER),
					tuple("Olle Sund", AttendanceRole.NON_SERVING_SUBSTITUTE));
	}

	@Test
	void membersOverSubstitutesInTwoColumnsAreEachTheirOwnRole() {
		CoverPageReader.Cover cover = this.reader.read(Snippet.lines("Ledamöter", "Tjänstgörande ersättare",
				"Lars Wik (M)", "Anna Greve (S) för Eva Lind (S)"));

		assertThat(cover.attendees()).extracting(Attendee::role)
			.containsExactly(AttendanceRole.MEMBER, AttendanceRole.SERVING_SUBSTITUTE);
	}

	@Test
	void theCheckingGivesItsDatePlaceAndTheParagraphsCheckedAtOnce() {
		CoverPageReader.Cover cover = this.reader.read(Snippet.lines("Plats och tid\tKommunhuset 2024-05-14",
				"Justerare\tUlla Berggren (C) och Mikael Sten (SD)",
				"Justeringens plats och tid\tKommunkansliet 2024-05-20, § 57 justerades omedelbart"));

		assertThat(cover.checkers()).containsExactly("Ulla Berggren", "Mikael Sten");
		assertThat(cover.checkingDate()).isEqualTo(LocalDate.of(2024, 5, 20));
		assertThat(cover.checkingPlace()).isEqualTo("Kommunkansliet");
		assertThat(cover.checkedAtOnce()).containsExactly(57);
	}

	@Test
	void theSecretaryIsTheOneWhoSigns() {
		CoverPageReader.Cover cover = this.reader.read(Snippet.lines("Underskrifter", "Sekreterare\tAnna Ek\tParagrafer\t§§ 1-15"));

		assertThat(cover.secretary()).isEqualTo("Anna Ek");
		assertThat(cover.firstParagraph()).isEqualTo(1);
		assertThat(cover.lastParagraph()).isEqualTo(15);
	}

	@Test
	void aCoverWithoutTheFactsLeavesThemUnknown() {
		CoverPageReader.Cover cover = this.reader.read(Snippet.lines("Kommunstyrelsen", "Sammanträdesprotokoll"));

		assertThat(cover.meetingDate()).isNull();
		assertThat(cover.checkingDate()).isNull();
		assertThat(cover.listsDeciding()).isFalse();
	}

	@Test
	void aListOfDecidingMembersAfterTheNoticeIsFound() {
		int start = this.reader.decidingListStart(Snippet.lines("ANSLAG/BEVIS", "Organ\tKommunstyrelsen", "",
				"Beslutande ledamöter", "Anna Ek (S)"), 1, 5);

		assertThat(start).isEqualTo(3);
	}

}
