package se.justera.protocol;

import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader's words as data: the longest label wins, labels end at a space, tab or colon, headings start regions. */
class VocabularyTests {

	private final Vocabulary vocabulary = Vocabulary.standard();

	@Test
	void theLongestLabelAtTheStartOfALineIsTheOne() {
		assertThat(this.vocabulary.label("Plats och tid för justering Kommunhuset")).isEqualTo("plats och tid för justering");
		assertThat(this.vocabulary.label("Plats och tid: Kommunhuset")).isEqualTo("plats och tid");
		assertThat(this.vocabulary.label("Beslutande ledamöter")).isEqualTo("beslutande ledamöter");
		assertThat(this.vocabulary.labels().get("närvarande ledamöter")).isEqualTo(Vocabulary.CoverField.DECIDING);
	}

	@Test
	void aWordThatOnlyBeginsWithALabelIsNone() {
		assertThat(this.vocabulary.label("Justeringen har tillkännagetts på anslagstavlan")).isNull();
		assertThat(this.vocabulary.label("Ledamöterna beslutar")).isNull();
	}

	@Test
	void everyNoticeHeadingOfRealMinutesStartsTheNotice() {
		for (String heading : new String[] { "ANSLAG/BEVIS", "Anslag / bevis", "ANSLAGSBEVIS", "BEVIS OM ANSLAG",
				"Bevis om justering", "TILLKÄNNAGIVANDE" }) {
			assertThat(this.vocabulary.noticeStart().matcher(heading).matches()).as(heading).isTrue();
		}
		assertThat(this.vocabulary.noticeStart().matcher("Anslagstavlan").matches()).isFalse();
	}

	@Test
	void aMunicipalityWithoutAnOverlayReadsWithTheStandardWords() {
		assertThat(Vocabulary.forMunicipality("Smedjebacken")).isEqualTo(this.vocabulary);
	}

	@Test
	void aRoleWordMustBeTheWholePart() {
		assertThat(this.vocabulary.role("Ordförande")).isEqualTo(AttendanceRole.CHAIR);
		assertThat(this.vocabulary.role("1:e vice ordförande")).isEqualTo(AttendanceRole.VICE_CHAIR);
		assertThat(this.vocabulary.role("2:e vice ordf.")).isEqualTo(AttendanceRole.VICE_CHAIR);
		assertThat(this.vocabulary.role("kommunstyrelsens ordförande")).isNull();
	}

	@Test
	void anOverlaysRoleWordsComeFirstAndTheStandardOnesStay() {
		Vocabulary testby = Vocabulary.forMunicipality("Testby");

		assertThat(testby.roles().keySet()).first().isEqualTo("sammankallande");
		assertThat(testby.roles().keySet()).containsAll(this.vocabulary.roles().keySet())
			.hasSize(this.vocabulary.roles().size() + 1);
	}

	@Test
	void aRoleWordThatIsNoRegularExpressionIsRefusedWithItsFileAndWord() {
		assertThatThrownBy(() -> Vocabulary.forMunicipality("Brokenby"))
			.hasMessageContaining("reader/municipalities/brokenby.yaml")
			.hasMessageContaining("'ordf('");
	}

}
