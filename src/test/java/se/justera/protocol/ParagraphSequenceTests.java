package se.justera.protocol;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The paragraphs as a sequence: their lines, and the refusals of a paragraph twice or a text cut off. */
class ParagraphSequenceTests {

	@Test
	void eachParagraphRunsToTheNext() {
		List<List<ProtocolLine>> chunks = ParagraphSequence.split(Snippet.lines("§ 1\tVal", "Text.", "§ 2\tBudget", "Mer."));

		assertThat(chunks).extracting(List::size).containsExactly(2, 2);
	}

	@Test
	void theSameParagraphTwiceIsRefusedWithBothLines() {
		assertThatThrownBy(() -> ParagraphSequence.split(Snippet.lines("§ 1\tVal", "Text.", "§ 1\tVal")))
			.isInstanceOf(InvalidProtocolException.class)
			.hasMessage("§ 1 appears twice: first at line 1, again (line 3)");
	}

	@Test
	void withoutAnAgendaTheParagraphsBeginAfterTheNotice() {
		assertThat(ParagraphSequence.start(Snippet.lines("§ 1 justerades omedelbart", "ANSLAG/BEVIS", "§ 1\tVal"), 1))
			.isEqualTo(2);
	}

	@Test
	void aTextThatStopsBeforeTheDeclaredLastParagraphIsRefused() {
		assertThatThrownBy(() -> ParagraphSequence.checkComplete(List.of(1, 2), 4, Set.of(), 30))
			.isInstanceOf(InvalidProtocolException.class)
			.hasMessageContaining("missing: §§ 3, 4")
			.hasMessageEndingWith("(line 30)");
	}

	@Test
	void anAgendaEntryBeyondTheLastReadIsMissing() {
		assertThatThrownBy(() -> ParagraphSequence.checkComplete(List.of(1, 2), null, Set.of(1, 2, 3), 30))
			.hasMessageContaining("missing: §§ 3");
	}

}
