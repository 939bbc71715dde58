package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** People as a cover lists them: name, party, role, title, whom they replace and the paragraphs attended. */
class AttendeeReaderTests {

	private static final Vocabulary STANDARD = Vocabulary.standard();

	@Test
	void aChairIsTheChairWithTheirParty() {
		Attendee read = AttendeeReader.attendee("Anna Ek (S), ordförande", AttendanceRole.MEMBER, STANDARD);

		assertThat(read).isEqualTo(new Attendee("Anna Ek", "S", AttendanceRole.CHAIR, null, null, null, null));
	}

	@Test
	void aSubstituteServesForWhomTheyReplace() {
		Attendee read = AttendeeReader.attendee("Karin Berg (C), ersättare för Lars Ek (C)", AttendanceRole.MEMBER, STANDARD);

		assertThat(read.role()).isEqualTo(AttendanceRole.SERVING_SUBSTITUTE);
		assertThat(read.replaces()).isEqualTo("Lars Ek");
	}

	@Test
	void anOfficialsTitleAndParagraphsAreKept() {
		Attendee read = AttendeeReader.attendee("Maria Ronsten, förvaltningschef, § 171", AttendanceRole.OTHER_ATTENDEE, STANDARD);

		assertThat(read.title()).isEqualTo("förvaltningschef");
		assertThat(read.paragraphsNote()).isEqualTo("§ 171");
	}

	@Test
	void severalPeopleOnOneLineAreEachRead() {
		List<Attendee> read = new ArrayList<>();

		AttendeeReader.read(List.of("Ronny Bäck (S) §§ 12–17, Lisa Holm (M), Tord Fager (SD)"), AttendanceRole.MEMBER, 3, STANDARD, read);

		assertThat(read).extracting(Attendee::name).containsExactly("Ronny Bäck", "Lisa Holm", "Tord Fager");
	}

	@Test
	void aListThatIsElsewhereIsNoPerson() {
		List<Attendee> read = new ArrayList<>();

		AttendeeReader.read(List.of("Enligt förteckning, bilaga 1"), AttendanceRole.MEMBER, 3, STANDARD, read);

		assertThat(read).isEmpty();
	}

	@Test
	void aPersonAlreadyDecidingIsNotAddedAsASecondSeat() {
		List<Attendee> read = new ArrayList<>(List.of(new Attendee("Lisa Holm", "M", AttendanceRole.MEMBER, null, null, null, null)));

		AttendeeReader.read(List.of("Lisa Holm (M), ordförande"), AttendanceRole.MEMBER, 3, STANDARD, read);

		assertThat(read).hasSize(1);
	}

	@Test
	void aSubstituteWhoServesSomeParagraphsIsAlsoListedAsNonServing() {
		List<Attendee> read = new ArrayList<>(List.of(new Attendee("Maria Gran", "S", AttendanceRole.SERVING_SUBSTITUTE, null,
				"Per Ek", null, "§ 91")));

		AttendeeReader.read(List.of("Maria Gran (S)"), AttendanceRole.NON_SERVING_SUBSTITUTE, 3, STANDARD, read);

		assertThat(read).extracting(Attendee::role)
			.containsExactly(AttendanceRole.SERVING_SUBSTITUTE, AttendanceRole.NON_SERVING_SUBSTITUTE);
	}

	@Test
	void aParagraphNumberBeyondTheLargestIsRefusedAtTheListsLine() {
		assertThatThrownBy(() -> AttendeeReader.read(List.of("Lisa Holm (M) §§ 1-123456"), AttendanceRole.MEMBER, 9, STANDARD,
				new ArrayList<>()))
			.isInstanceOf(InvalidProtocolException.class)
			.hasMessageEndingWith("(line 9)");
	}

	@Test
	void aNumberedViceChairIsAViceChair() {
		Attendee read = AttendeeReader.attendee("Per Lund (M), 2:e vice ordförande", AttendanceRole.MEMBER, STANDARD);

		assertThat(read.role()).isEqualTo(AttendanceRole.VICE_CHAIR);
		assertThat(read.title()).isNull();
	}

	@Test
	void aMemberAmongTheOthersPresentStaysThere() {
		Attendee read = AttendeeReader.attendee("Eva Berg (L), ledamot", AttendanceRole.OTHER_ATTENDEE, STANDARD);

		assertThat(read.role()).isEqualTo(AttendanceRole.OTHER_ATTENDEE);
	}

	@Test
	void anAbbreviatedChairIsTheChair() {
		Attendee read = AttendeeReader.attendee("Anna Ek (S), ordf.", AttendanceRole.MEMBER, STANDARD);

		assertThat(read.role()).isEqualTo(AttendanceRole.CHAIR);
		assertThat(read.title()).isNull();
	}

	@Test
	void aMunicipalitysOwnRoleWordsAreRead() {
		Vocabulary testby = Vocabulary.forMunicipality("Testby");

		Attendee read = AttendeeReader.attendee("Anna Ek (S), sammankallande", AttendanceRole.MEMBER, testby);

		assertThat(read.role()).isEqualTo(AttendanceRole.CHAIR);
		assertThat(AttendeeReader.attendee("Anna Ek (S), sammankallande", AttendanceRole.MEMBER, STANDARD).title())
			.isEqualTo("sammankallande");
	}

}
