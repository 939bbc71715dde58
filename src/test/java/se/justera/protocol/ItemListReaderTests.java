package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.protocol.Protocol.DelegatedDecision;

import static org.assertj.core.api.Assertions.assertThat;

/** Delegated decisions under their delegates, and messages one a line. */
class ItemListReaderTests {

	private final ParagraphHeadings headings = new ParagraphHeadings(Vocabulary.standard());

	private final ItemListReader reader = new ItemListReader(this.headings);

	@Test
	void eachBulletIsADecisionOfTheDelegateAboveIt() {
		List<ProtocolLine> lines = Snippet.lines("Socialchefen:", "- Beslut om bistånd, 12 st", "Ekonomichefen:",
				"- Attest av fakturor");

		List<DelegatedDecision> read = this.reader.delegatedDecisions(this.headings.split(lines), null);

		assertThat(read).containsExactly(new DelegatedDecision("Socialchefen", "Beslut om bistånd, 12 st"),
				new DelegatedDecision("Ekonomichefen", "Attest av fakturor"));
	}

	@Test
	void withoutBulletsEachLineIsADecisionOfNoNamedDelegate() {
		List<ProtocolLine> lines = Snippet.lines("Färdtjänstbeslut april", "Bostadsanpassning april");

		List<DelegatedDecision> read = this.reader.delegatedDecisions(this.headings.split(lines), null);

		assertThat(read).containsExactly(new DelegatedDecision(null, "Färdtjänstbeslut april"),
				new DelegatedDecision(null, "Bostadsanpassning april"));
	}

	@Test
	void theMessagesLeaveOutTheDecisionAndTheDocuments() {
		List<ProtocolLine> lines = Snippet.lines("Länsstyrelsens beslut 2024-03-01", "Protokoll från KSAU", "",
				"Beslutsunderlag", "Förteckning", "", "Beslut", "Meddelandena läggs till handlingarna.");
		List<ParagraphHeadings.Part> parts = this.headings.split(lines);

		List<String> read = this.reader.messages(parts, parts.get(2));

		assertThat(read).containsExactly("Länsstyrelsens beslut 2024-03-01", "Protokoll från KSAU");
	}

	@Test
	void aTitleOfDelegationsbeslutReportsDelegatedDecisions() {
		assertThat(ItemListReader.reportsDelegatedDecisions("Redovisning av delegationsbeslut")).isTrue();
	}

	@Test
	void aTitleOfMeddelandenReportsMessages() {
		assertThat(ItemListReader.reportsMessages("Meddelanden och delgivningar")).isTrue();
	}

	@Test
	void anyOtherTitleReportsNoMessages() {
		assertThat(ItemListReader.reportsMessages("Budget 2025")).isFalse();
	}

}
