package se.justera.protocol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Headings inside a paragraph: the vocabulary's section headings, decision headings, marked lines. */
class ParagraphHeadingsTests {

	private final ParagraphHeadings headings = new ParagraphHeadings(Vocabulary.standard());

	@Test
	void aParagraphIsSplitAtItsHeadings() {
		List<ParagraphHeadings.Part> parts = this.headings.split(Snippet.lines("Ärendebeskrivning", "Nämnden har fått en ansökan.",
				"", "Beslutsunderlag:", "Tjänsteskrivelse", "", "Byggnadsnämnden beslutar", "att bevilja bygglov"));

		assertThat(parts).extracting(ParagraphHeadings.Part::heading)
			.containsExactly("Ärendebeskrivning", "Beslutsunderlag", "Byggnadsnämnden beslutar");
	}

	@Test
	void aSectionHeadingIsWhatTheVocabularySaysItIsAbout() {
		assertThat(this.headings.section("beslutsunderlag")).isEqualTo(Vocabulary.Section.DOCUMENTS);
	}

	@Test
	void howTheMatterWasHandledIsProcedure() {
		assertThat(this.headings.section("yrkanden")).isEqualTo(Vocabulary.Section.PROCEDURE);
	}

	@Test
	void aBodysDecisionIsADecisionHeading() {
		assertThat(this.headings.isDecisionHeading("Kommunfullmäktiges beslut")).isTrue();
	}

	@Test
	void aBodysProposalToTheCouncilIsADecisionHeading() {
		assertThat(this.headings.isDecisionHeading("Kommunstyrelsens förslag till kommunfullmäktige")).isTrue();
	}

	@Test
	void aBodyThatDecidesIsADecisionHeading() {
		assertThat(this.headings.isDecisionHeading("Byggnadsnämnden beslutar")).isTrue();
	}

	@Test
	void aSentenceIsNoDecisionHeading() {
		assertThat(this.headings.isDecisionHeading("Nämnden antar förvaltningens förslag till yttrande och skickar det")).isFalse();
	}

	@Test
	void aTitleWithAHeadingWordMayStillBeATitle() {
		assertThat(this.headings.isTitleCandidate(Snippet.lines("Beslut om taxa för slamtömning").get(0))).isTrue();
	}

	@Test
	void aSectionHeadingIsNoTitle() {
		assertThat(this.headings.isTitleCandidate(Snippet.lines("Beslutsunderlag").get(0))).isFalse();
	}

	@Test
	void anOverlaysSectionHeadingIsAHeading() {
		Vocabulary standard = Vocabulary.standard();
		Map<String, Vocabulary.Section> sections = new HashMap<>(standard.sections());
		sections.put("tjänsteskrivelse", Vocabulary.Section.DOCUMENTS);
		ParagraphHeadings withOverlay = new ParagraphHeadings(new Vocabulary(standard.labels(), standard.noticeHeadings(),
				standard.agendaHeadings(), standard.abbreviations(), sections, standard.furniture(), standard.roles(),
				standard.delegatedDecisionTitles(), standard.messageTitles()));

		assertThat(withOverlay.isHeading(Snippet.lines("Tjänsteskrivelse").get(0))).isTrue();
	}

}
