package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.protocol.Protocol.DelegatedDecision;

import static org.assertj.core.api.Assertions.assertThat;

/** Delegated decisions under their delegates, and messages one a line. */
class ItemListReaderTests {

	private final ParagraphHeadings headings = new ParagraphHeadings(Vocabulary.standard());

	private final ItemListReader reader = new ItemListReader(this.headings, Vocabulary.standard());

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
		assertThat(this.reader.reportsDelegatedDecisions("Redovisning av delegationsbeslut")).isTrue();
	}

	@Test
	void aTitleOfMeddelandenReportsMessages() {
		assertThat(this.reader.reportsMessages("Meddelanden och delgivningar")).isTrue();
	}

	@Test
	void anyOtherTitleReportsNoMessages() {
		assertThat(this.reader.reportsMessages("Budget 2025")).isFalse();
	}

	@Test
	void aTitleThatOnlyEndsInMeddelandenReportsNoMessages() {
		assertThat(this.reader.reportsMessages("Information och meddelanden")).isFalse();
		assertThat(this.reader.reportsMessages("Anmälningsärenden 2024")).isTrue();
	}

	@Test
	void aMunicipalitysOwnTitleWordsAreRead() {
		ItemListReader testby = new ItemListReader(this.headings, Vocabulary.forMunicipality("Testby"));

		assertThat(testby.reportsDelegatedDecisions("Redovisning av beslut fattade med stöd av delegation")).isTrue();
		assertThat(this.reader.reportsDelegatedDecisions("Redovisning av beslut fattade med stöd av delegation")).isFalse();
	}

}
