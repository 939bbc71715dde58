package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.paragraph.ParagraphKind;

import static org.assertj.core.api.Assertions.assertThat;

/** A paragraph's decision: under its heading, inline, as "<Body> beslutar / att ...", and its kind. */
class DecisionReaderTests {

	private final ParagraphHeadings headings = new ParagraphHeadings(Vocabulary.standard());

	private final DecisionReader reader = new DecisionReader(this.headings);

	@Test
	void aBodyThatDecidesOverAttClausesHasAPointPerClause() {
		DecisionReader.Decision decision = read("Bygglov", "Byggnadsnämnden beslutar", "",
				"att bevilja bygglov för garage,", "att avgiften är 4 500 kronor.");

		assertThat(decision.heading()).isEqualTo("Byggnadsnämnden beslutar");
		assertThat(decision.points()).containsExactly("att bevilja bygglov för garage,", "att avgiften är 4 500 kronor.");
		assertThat(decision.kind()).isEqualTo(ParagraphKind.DECISION);
	}

	@Test
	void anInlineDecisionRunsOnOverItsBlock() {
		DecisionReader.Decision decision = read("Valet", "Beslut: Valnämnden fastställer bilagda",
				"sammanställningar.", "", "Övrigt.");

		assertThat(decision.text()).isEqualTo("Valnämnden fastställer bilagda sammanställningar.");
		assertThat(decision.part()).isNull();
	}

	@Test
	void aBlockThatOnlyNotesAttendanceIsNotTheDecision() {
		DecisionReader.Decision decision = read("Val", "Beslut", "Anna Ek väljs.", "", "Lars Wik (M) lämnar sammanträdet.");

		assertThat(decision.text()).isEqualTo("Anna Ek väljs.");
	}

	@Test
	void aProposalToTheCouncilIsItsKind() {
		DecisionReader.Decision decision = read("Taxa", "Kommunstyrelsens förslag till kommunfullmäktige", "Taxan antas.");

		assertThat(decision.kind()).isEqualTo(ParagraphKind.PROPOSAL_TO_COUNCIL);
	}

	@Test
	void aParagraphThatOnlyInformsWithoutADecisionIsInformation() {
		DecisionReader.Decision decision = read("Information om skolans arbete", "Rektor berättar.");

		assertThat(decision.text()).isNull();
		assertThat(decision.kind()).isEqualTo(ParagraphKind.INFORMATION);
	}

	@Test
	void aDecisionThatTakesNoteIsInformation() {
		DecisionReader.Decision decision = read("Rapport", "Beslut", "Informationen läggs till handlingarna.");

		assertThat(decision.kind()).isEqualTo(ParagraphKind.INFORMATION);
	}

	private DecisionReader.Decision read(String title, String... texts) {
		List<ProtocolLine> lines = Snippet.lines(texts);
		return this.reader.read(title, lines, this.headings.split(lines));
	}

}
