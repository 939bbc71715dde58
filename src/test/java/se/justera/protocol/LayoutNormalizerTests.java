package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The layout steps, each on a few lines of text as PDFs give them. */
class LayoutNormalizerTests {

	private final LayoutNormalizer normalizer = new LayoutNormalizer(Vocabulary.standard());

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "KF § 118|§ 118", "BUN §4 Delårsrapport|§ 4 Delårsrapport", "§12|§ 12",
			"KS § 42\tInformation|§ 42\tInformation", "Sn 12|§ 12", "KS 101 Budget 2025|§ 101 Budget 2025",
			"§ 12-14 behandlades|§ 12-14 behandlades", "KS 2024/118|KS 2024/118", "Dnr KS 2024/118|Dnr KS 2024/118",
			"Paragrafer §§ 12–21|Paragrafer §§ 12–21" })
	void paragraphHeadingsOfEveryFormBecomeOne(String printed, String read) {
		assertThat(this.normalizer.heading(printed)).isEqualTo(read);
	}

	@Test
	void runsOfSpacesBetweenWordsAreColumns() {
		assertThat(LayoutNormalizer.columns("Organ                             Kommunstyrelsen"))
			.isEqualTo("Organ\tKommunstyrelsen");
		assertThat(LayoutNormalizer.columns("    Karl-Erik Wahl (C), ordförande")).isEqualTo("Karl-Erik Wahl (C), ordförande");
		assertThat(LayoutNormalizer.columns("\tMikael Holm")).isEqualTo("\tMikael Holm");
		assertThat(LayoutNormalizer.columns("Kommunstyrelsen  48 200")).isEqualTo("Kommunstyrelsen\t48 200");
	}

	@Test
	void fontNamesAreBoldOrNothingAndLigaturesLetters() {
		assertThat(LayoutNormalizer.characters("[Arial-BoldMT]Summa nämnder")).isEqualTo("**Summa nämnder**");
		assertThat(LayoutNormalizer.characters("[Arial-ItalicMT]varav hemtjänst")).isEqualTo("varav hemtjänst");
		assertThat(LayoutNormalizer.characters("ﬁnansieringsmodellen")).isEqualTo("finansieringsmodellen");
	}

	@Test
	void aWordHyphenatedAtTheLineEndIsOneWord() {
		List<ProtocolLine> joined = LayoutNormalizer.joinHyphenated(lines("Förvaltningen ska ut-", "värdera arbetet.",
				"Barn- och", "Utbildning"));

		assertThat(joined).extracting(ProtocolLine::raw)
			.containsExactly("Förvaltningen ska utvärdera arbetet.", "Barn- och", "Utbildning");
	}

	@Test
	void aLabelWrappedOverTwoLinesIsOneLabel() {
		List<ProtocolLine> read = this.normalizer.wrappedLabels(lines("Justeringens plats", "och tid\tKommunhuset 2024-05-20"));

		assertThat(read).extracting(ProtocolLine::raw).containsExactly("Justeringens plats och tid\tKommunhuset 2024-05-20");
	}

	@Test
	void aColumnOfLabelsThenTheirValuesBecomesEachLabelWithItsValue() {
		List<ProtocolLine> read = this.normalizer.coverBlocks(lines("Plats och tid", "Beslutande", "Justerare", "",
				"Kommunhuset, kl. 13.00", "", "Anna Ek (S), ordförande", "Bo Lind (M)", "", "Bo Lind (M)", "", "§ 1"));

		assertThat(read).extracting(ProtocolLine::raw).containsSubsequence("Plats och tid", "Kommunhuset, kl. 13.00",
				"Beslutande", "Anna Ek (S), ordförande", "Bo Lind (M)", "Justerare", "Bo Lind (M)", "§ 1");
	}

	@Test
	void labelsWithValuesBesideThemAreLeftAsTheyAre() {
		List<ProtocolLine> given = lines("Plats och tid\tKommunhuset", "Beslutande\tAnna Ek (S)", "Justerare\tBo Lind (M)", "");

		assertThat(this.normalizer.coverBlocks(given)).isEqualTo(given);
	}

	@Test
	void aPageFlattenedToOneLineIsBrokenWhereItsLinesWere() {
		String page = "GRANBY KOMMUN Socialnämnden PROTOKOLL 2024-10-01 Sida 1 av 2 Plats och tid: Kommunhuset kl. 13.00 "
				+ "Ledamöter: Lina Ek (S), ordförande Jan Berg (M) Maja Lind (L), tjänstgörande ersättare för Ola Berg (L) "
				+ "Justerare: Jan Berg (M) Justering 2024-10-03 " + "x".repeat(200);

		List<ProtocolLine> read = LayoutNormalizer.reflow(lines(page, "SN § 4 Dnr SN 2024/002 Val av justerare "
				+ "Socialnämndens beslut Jan Berg utses att justera. " + "y".repeat(400)));

		assertThat(read).extracting(ProtocolLine::raw).contains("GRANBY KOMMUN", "Socialnämnden", "Sida 1 av 2",
				"Plats och tid: Kommunhuset kl. 13.00", "Lina Ek (S), ordförande", "Jan Berg (M)",
				"Maja Lind (L), tjänstgörande ersättare för Ola Berg (L)", "SN § 4 Dnr SN 2024/002", "Val av justerare",
				"Socialnämndens beslut");
		assertThat(read).extracting(ProtocolLine::raw).anyMatch(line -> line.startsWith("Justering 2024-10-03"));
	}

	@Test
	void aTextWithSomeLongProseLinesIsNotFlattened() {
		List<ProtocolLine> given = lines("§ 1 Val av justerare", "Kort rad.", "z".repeat(500), "Kort rad igen.");

		assertThat(LayoutNormalizer.reflow(given)).isEqualTo(given);
	}

	@Test
	void aFlattenedPageKeepsItsPrintedPageNumberAndHomeTownsStayWithTheirPerson() {
		String page2 = "BRÄNNMYRA KOMMUN SAMMANTRÄDESPROTOKOLL Nämnden 2024-02-08 2(3) Närvarande Beslutande "
				+ "Leif Strand (M), Brännmyra Amanda Borg (C), Brännmyra §1 Dnr GFN 2024/001 Val av justerare Beslut: "
				+ "Gustav Ehn (SD) utses att justera protokollet. " + "x".repeat(400);

		List<ProtocolLine> read = LayoutNormalizer.reflow(lines("BRÄNNMYRA KOMMUN SAMMANTRÄDESPROTOKOLL 1(3) " + "y".repeat(450), page2));

		assertThat(read).filteredOn(l -> l.raw().startsWith("Leif")).extracting(ProtocolLine::raw, ProtocolLine::page)
			.containsExactly(tuple("Leif Strand (M), Brännmyra", 2));
		assertThat(read).extracting(ProtocolLine::raw).contains("Amanda Borg (C), Brännmyra", "Val av justerare", "Beslut:");
	}

	private static List<ProtocolLine> lines(String... texts) {
		List<ProtocolLine> lines = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			lines.add(ProtocolLine.of(i + 1, 1, texts[i]));
		}
		return lines;
	}

}
