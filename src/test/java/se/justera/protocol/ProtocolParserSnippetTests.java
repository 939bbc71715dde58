package se.justera.protocol;

import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Whole minutes in a few lines each: how the regions of a protocol are found and read together. */
class ProtocolParserSnippetTests {

	private final ProtocolParser parser = new ProtocolParser(1_000_000);

	@Test
	void deciderOnThePageAfterTheNoticeAreReadWhenTheCoverSaysSeeOtherPage() {
		Protocol read = this.parser.parse(String.join("\n", "STENSJÖ KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1 (2)",
				"Valnämnden\tSammanträdesdag 2022-09-14", "", "Plats och tid\tKommunhuset, 14 september 2022 kl. 09.00–10.30",
				"", "Beslutande\tSe sid 2", "", "Justerare\tAgnes Tåg (S)", "",
				"Plats och tid för justering\tKommunkansliet, 16 september 2022", "", "ANSLAG/BEVIS", "",
				"Organ\tValnämnden", "Sammanträdesdatum\t2022-09-14", "", "STENSJÖ KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 2 (2)",
				"", "Närvarande", "", "Beslutande\tIngemar Roos (S), ordförande", "Agnes Tåg (S)",
				"Hedda Wall (V), tjänstgörande ersättare för Nina Ström (V)", "", "Övriga närvarande\tPeter Moe, valsekreterare",
				"", "§ 21", "", "Val av justerare", "", "Beslut: Agnes Tåg (S) utses att justera protokollet."));

		assertThat(read.attendees()).extracting(Attendee::name, Attendee::role, Attendee::replaces)
			.containsExactly(tuple("Ingemar Roos", AttendanceRole.CHAIR, null), tuple("Agnes Tåg", AttendanceRole.MEMBER, null),
					tuple("Hedda Wall", AttendanceRole.SERVING_SUBSTITUTE, "Nina Ström"),
					tuple("Peter Moe", AttendanceRole.OTHER_ATTENDEE, null));
		assertThat(read.notice().bodyName()).isEqualTo("Valnämnden");
		assertThat(read.readingNotes()).noneMatch(n -> ReadingNote.ATTENDANCE.equals(n.fact()));
	}

	@Test
	void aSubstituteWhoErsätterAMemberServesForThatMember() {
		Attendee read = AttendeeReader.attendee("Erik Salo (V), Tallmyra, ersätter Mona Rudberg (V), Tallmyra",
				AttendanceRole.MEMBER, Vocabulary.standard());

		assertThat(read.role()).isEqualTo(AttendanceRole.SERVING_SUBSTITUTE);
		assertThat(read.replaces()).isEqualTo("Mona Rudberg");
	}

	@Test
	void anInlineDecisionRunsOnToTheEndOfItsBlock() {
		Protocol read = this.parser.parse(String.join("\n", "Valnämnden", "", "Plats och tid\tKommunhuset, 2022-09-14 kl. 09.00",
				"", "Beslutande\tIngemar Roos (S), ordförande", "", "§ 22", "", "Onsdagsräkning",
				"", "Beslut: Valnämnden fastställer resultatet enligt bilagda", "sammanställningar.", "", "Ärendebeskrivning",
				"Valnämnden har räknat rösterna."));

		assertThat(read.paragraphs().get(0).decisionText())
			.isEqualTo("Valnämnden fastställer resultatet enligt bilagda sammanställningar.");
	}

	@Test
	void theHoursOnTheLineBelowTheDateAndTheRangeBesideASignatureAreRead() {
		Protocol read = this.parser.parse(String.join("\n", "Tekniska nämnden\t2024-03-19", "",
				"Plats och tid\tTekniska förvaltningen, tisdagen den 19 mars 2024", "kl. 13.30–16.05", "",
				"Beslutande\tGöran Ljung (M), ordförande", "", "Underskrifter", "",
				"Sekreterare\t______________________\t§18–19", "Therese Blom", "", "§ 18", "Val av justerare", "", "Beslut",
				"Göran Ljung utses.", "", "§ 19", "Budget", "", "Beslut", "Budgeten antas."));

		assertThat(read.startsAt()).hasToString("13:30");
		assertThat(read.endsAt()).hasToString("16:05");
		assertThat(read.place()).isEqualTo("Tekniska förvaltningen");
		assertThat(read.firstParagraph()).isEqualTo(18);
		assertThat(read.lastParagraph()).isEqualTo(19);
		assertThat(read.secretary()).isEqualTo("Therese Blom");
	}

	@Test
	void anAdjournmentBelowPlaceAndTimeIsNotTheMeetingsHours() {
		Protocol read = this.parser.parse(String.join("\n", "Kommunfullmäktige", "",
				"Plats och tid\tStadshuset, 2024-02-26 kl. 18.00–21.00", "Ajournering kl 19.40–19.55", "",
				"Beslutande\tAnna Ek (S), ordförande", "", "§ 1", "Val av justerare", "", "Beslut", "Anna Ek utses."));

		assertThat(read.startsAt()).hasToString("18:00");
		assertThat(read.endsAt()).hasToString("21:00");
	}

	@Test
	void aParagraphTheCoverSaysWasCheckedAtOnceAndTheNoticeOfItAreRead() {
		Protocol read = this.parser.parse(String.join("\n", "Kommunstyrelsen\tSammanträdesdatum 2024-04-16", "",
				"Plats och tid\tKommunhuset, 2024-04-16 kl. 13.00–17.10", "", "Beslutande\tTove Almgren (S), ordförande", "",
				"Justeringens plats och tid\tKommunhuset Hällebo, 2024-04-22 kl. 13.00", "\t§ 57 justerades omedelbart", "",
				"ANSLAG/BEVIS", "", "Organ\tKommunstyrelsen", "Sammanträdesdatum\t2024-04-16", "Paragraf\t§ 57",
				"Datum då anslaget sätts upp\t2024-04-17", "", "§ 56", "Val av justerare", "", "Beslut", "Tove Almgren utses.", "",
				"§ 57", "Badhuset", "", "Beslut", "Badhuset stängs."));

		assertThat(read.checkingPlace()).isEqualTo("Kommunhuset Hällebo");
		assertThat(read.paragraphs()).extracting(Protocol.Paragraph::number, Protocol.Paragraph::immediatelyChecked)
			.containsExactly(tuple(56, false), tuple(57, true));
		assertThat(read.notice().paragraphs()).containsExactly(57);
	}

	@Test
	void membersAndServingSubstitutesUnderTwoColumnLabelsAreToldApartByWhomTheyServeFor() {
		Protocol read = this.parser.parse(String.join("\n", "Miljö- och byggnadsnämnden\tSammanträdesdag 2024-06-11", "",
				"Plats och tid\tFörvaltningen, 2024-06-11 kl. 08.30–12.00", "", "Beslutande", "Ledamöter", "Tjänstgörande ersättare",
				"Per Holm (C), ordförande", "Anna Greve (S) för Lars Wik (S)", "Nils Fors (S)", "", "§ 61", "Val av justerare", "",
				"Beslut", "Nils Fors utses."));

		assertThat(read.attendees()).extracting(Attendee::name, Attendee::role, Attendee::replaces).containsExactly(
				tuple("Per Holm", AttendanceRole.CHAIR, null), tuple("Anna Greve", AttendanceRole.SERVING_SUBSTITUTE, "Lars Wik"),
				tuple("Nils Fors", AttendanceRole.MEMBER, null));
	}

	@Test
	void aNoticeInProseNamesItsBodyAndMeetingAndTheDaysItIsUp() {
		Protocol read = this.parser.parse(String.join("\n", "Kommunstyrelsen\t2024-11-26", "",
				"Plats och tid\tKommunhuset, 2024-11-26 kl. 13.00", "", "Beslutande\tAnna Ek (S), ordförande", "Justerande\tOla Berg (M)",
				"Ej tjänstgörande ersättare\tLars Tuve (S), Gunvor Ahl (M)", "",
				"TILLKÄNNAGIVANDE", "", "Kommunstyrelsens protokoll från sammanträdet 2024-11-26 är justerat.",
				"Anslaget publiceras 2024-12-02 till och med 2024-12-27.", "", "§ 1", "Val av justerare", "", "Beslut", "Ola Berg utses."));

		assertThat(read.notice().bodyName()).isEqualTo("Kommunstyrelsen");
		assertThat(read.notice().meetingDate()).hasToString("2024-11-26");
		assertThat(read.notice().postedOn()).hasToString("2024-12-02");
		assertThat(read.notice().removedOn()).hasToString("2024-12-27");
		assertThat(read.attendees()).filteredOn(a -> a.role() == AttendanceRole.NON_SERVING_SUBSTITUTE).extracting(Attendee::name)
			.containsExactly("Lars Tuve", "Gunvor Ahl");
	}

	@Test
	void anExtractSaysItsParagraphsAreOnlySomeOfTheMinutes() {
		Protocol read = this.parser.parse(String.join("\n", "UTDRAG UR PROTOKOLL", "Kommunfullmäktige", "Sammanträdesdatum 2021-06-14", "",
				"Plats och tid:\tFolkets hus, 2021-06-14 kl. 18.00", "", "Underskrifter:", "",
				"Sekreterare\t.............\tParagrafer §§ 58–79", "\tÅsa Nyqvist", "", "§ 64", "Motion om parkering", "", "Beslut",
				"Motionen avslås."));

		assertThat(read.readingNotes()).anySatisfy(n -> {
			assertThat(n.fact()).isEqualTo(ReadingNote.PARAGRAPHS);
			assertThat(n.level()).isEqualTo(ReadingNote.Level.INFO);
		});
	}

	@Test
	void paragraphsNumberedWithTheBodysAbbreviationAreTheSubstitutesParagraphs() {
		Attendee read = AttendeeReader.attendee("Rut Hägg (S) för Eva Lindblom (S), Sn 115", AttendanceRole.MEMBER, Vocabulary.standard());

		assertThat(read.replaces()).isEqualTo("Eva Lindblom");
		assertThat(read.paragraphsNote()).isEqualTo("§§ 115");
	}

}
