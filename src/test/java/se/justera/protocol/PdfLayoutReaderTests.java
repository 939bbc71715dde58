package se.justera.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import se.justera.protocol.TestPdf.Face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each job of the PDF reader on a small PDF written in the test with PDFBox. */
class PdfLayoutReaderTests {

	private final PdfLayoutReader reader = new PdfLayoutReader();

	@Test
	void tableCellsFromTheGapsBetweenGlyphRunsKeepTheirColumns() {
		TestPdf pdf = new TestPdf().newPage();
		row(pdf, 100, "", "Budget", "Utfall", "Avvikelse");
		row(pdf, 114, "Kansliavdelning", "12 953", "9 983", "2 969");
		row(pdf, 128, "Personalavdelning", "8 102", "6 866", "1 237");
		row(pdf, 142, "", "21 055", "16 849", "4 206");

		List<String> lines = lines(pdf);

		assertThat(lines).containsExactly("\tBudget\tUtfall\tAvvikelse", "Kansliavdelning\t12 953\t9 983\t2 969",
				"Personalavdelning\t8 102\t6 866\t1 237", "\t21 055\t16 849\t4 206");
	}

	@Test
	void aRuledTableSplitsCellsAtItsRulesEvenWhereTheGapIsNarrow() {
		TestPdf pdf = new TestPdf().newPage();
		// cells 3 points apart, less than a word space at 10 pt would need to be a column: only the rule says so
		float x = 60;
		for (String cell : List.of("Revision", "810", "628")) {
			pdf.text(x, 100, cell);
			x += pdf.width(Face.REGULAR, 10, cell) + 3;
			pdf.line(x - 1.5f, 88, x - 1.5f, 104);
		}

		assertThat(lines(pdf)).containsExactly("Revision\t810\t628");
	}

	@Test
	void aLabelOverflowingIntoTheNextColumnStaysWholeAndApart() {
		TestPdf pdf = new TestPdf().newPage();
		// cells drawn at fixed positions, the long label running on under the first figure (Word clips it, the text is there)
		String[] long_ = { "- varav pensionskostnad ansvarsförbindelse", "-10 917", "-11 314" };
		String[] short_ = { "Avskrivningar", "-19 394", "-18 296" };
		for (int c = 0; c < 3; c++) {
			pdf.text(40 + c * 150, 100, Face.REGULAR, 9, long_[c]);
			pdf.text(40 + c * 150, 113, Face.REGULAR, 9, short_[c]);
		}

		assertThat(lines(pdf)).containsExactly("- varav pensionskostnad ansvarsförbindelse\t-10 917\t-11 314",
				"Avskrivningar\t-19 394\t-18 296");
	}

	@Test
	void boldAndItalicComeFromTheFonts() {
		TestPdf pdf = new TestPdf().newPage();
		pdf.text(60, 100, Face.BOLD, 12, "Kommunstyrelsens beslut");
		pdf.text(60, 120, "Beslutet gäller ");
		pdf.text(60 + pdf.width(Face.REGULAR, 10, "Beslutet gäller "), 120, Face.ITALIC, 10, "från och med i dag.");
		row(pdf, 134, Face.BOLD, "Summa nämnder", "595 190");

		assertThat(lines(pdf)).containsExactly("**Kommunstyrelsens beslut**", "Beslutet gäller <i>från och med i dag.</i>",
				"<b>Summa nämnder</b>\t<b>595 190</b>");
	}

	@Test
	void fontStyleIsReadFromTheNameOfAnyFontNotOnlyTheStandardOnes() {
		TestPdf pdf = new TestPdf("Times").newPage();
		pdf.text(60, 100, Face.BOLD_ITALIC, 10, "Tabell över avgifter");

		assertThat(lines(pdf)).containsExactly("<b><i>Tabell över avgifter</i></b>");
	}

	@Test
	void runningHeadersAndFootersAreFoundByRepetitionNotByTheirWords() {
		TestPdf pdf = new TestPdf();
		for (int page = 1; page <= 4; page++) {
			pdf.newPage();
			// words no list knows: only their repetition at the same height makes them page furniture
			pdf.text(60, 40, "Qvarnby Rotemansarkiv");
			pdf.text(480, 40, "Blad " + page + " av 4");
			pdf.text(60, 200 + page * 30, "Brödtext på sidan " + page + ".");
			pdf.text(60, 800, "Xylofonbyrån");
		}

		String text = this.reader.read(pdf.bytes()).text();

		assertThat(text.split("\f")).hasSize(4);
		assertThat(text.split("\f")[0]).contains("Qvarnby Rotemansarkiv\tBlad 1 av 4").doesNotContain("Xylofonbyrån");
		assertThat(text.split("\f")[2]).isEqualTo("Brödtext på sidan 3.\n");
		assertThat(count(text, "Qvarnby")).isEqualTo(1);
		assertThat(count(text, "Xylofonbyrån")).isZero();
	}

	@Test
	void aParagraphHeadingAtTheSameHeightOnEveryPageIsNotAHeader() {
		TestPdf pdf = new TestPdf();
		for (int page = 1; page <= 3; page++) {
			pdf.newPage();
			pdf.text(60, 60, Face.BOLD, 11, "§ " + (40 + page));
			pdf.text(60, 80, "Ärende " + page);
		}

		String text = this.reader.read(pdf.bytes()).text();

		assertThat(text).contains("**§ 41**").contains("**§ 42**").contains("**§ 43**");
	}

	@Test
	void aLineThatRepeatsWithNumbersThatAreNotThePageNumbersStays() {
		TestPdf pdf = new TestPdf();
		int[] cases = { 17, 4, 88 };
		for (int page = 1; page <= 3; page++) {
			pdf.newPage();
			pdf.text(60, 60, "Dnr 2024/0" + cases[page - 1]);
		}

		String text = this.reader.read(pdf.bytes()).text();

		assertThat(text).contains("Dnr 2024/017").contains("Dnr 2024/04").contains("Dnr 2024/088");
	}

	@Test
	void pagesAreSeparatedByFormFeedsAndCounted() {
		TestPdf pdf = new TestPdf();
		for (int page = 1; page <= 3; page++) {
			pdf.newPage().text(60, 300, "Sidan " + page);
		}

		ProtocolFile file = new ProtocolFiles(this.reader).read("p.pdf", pdf.bytes());

		assertThat(file.pages()).isEqualTo(3);
		assertThat(file.text()).isEqualTo("Sidan 1\n\fSidan 2\n\fSidan 3\n");
		assertThat(file.mediaType()).isEqualTo(ProtocolFile.PDF);
	}

	@Test
	void aTwoColumnPageIsReadColumnByColumn() {
		TestPdf pdf = new TestPdf().newPage();
		pdf.text(60, 60, Face.BOLD, 12, "Ärendebeskrivning");
		String[] left = { "Nämnden har under året arbetat med", "en ny plan för verksamheten och dess",
				"mål. Planen har tagits fram i dialog", "med brukare, personal och de fackliga",
				"organisationerna under våren och", "sommaren." };
		String[] right = { "Förvaltningen föreslår att planen antas", "och att den följs upp i samband med",
				"delårsrapporten. Kostnaderna ryms", "inom den ram som fullmäktige har",
				"beslutat om för året och påverkar inte", "taxorna." };
		for (int i = 0; i < left.length; i++) {
			pdf.text(60, 90 + i * 13, left[i]);
			pdf.text(310, 90 + i * 13, right[i]);
		}

		List<String> lines = lines(pdf);

		assertThat(lines.get(0)).isEqualTo("**Ärendebeskrivning**");
		assertThat(lines.stream().filter(l -> !l.isEmpty()).toList().subList(1, 13))
			.containsExactly(concat(left, right));
	}

	@Test
	void aCoverTableOfLabelsAndValuesStaysLabelTabValue() {
		TestPdf pdf = new TestPdf().newPage();
		String[][] rows = { { "Plats och tid", "Kommunhuset, Storsalen, kl. 13.00–16.30" }, { "Beslutande", "Anna Berg (S), ordförande" },
				{ "", "Per Ek (M)" }, { "", "Lena Sund (C)" }, { "", "Omar Ali (S)" }, { "", "Siv Ås (V)" },
				{ "Justerare", "Per Ek (M)" } };
		for (int i = 0; i < rows.length; i++) {
			pdf.text(60, 100 + i * 14, rows[i][0]);
			pdf.text(200, 100 + i * 14, rows[i][1]);
		}

		assertThat(lines(pdf)).containsExactly("Plats och tid\tKommunhuset, Storsalen, kl. 13.00–16.30",
				"Beslutande\tAnna Berg (S), ordförande", "\tPer Ek (M)", "\tLena Sund (C)", "\tOmar Ali (S)", "\tSiv Ås (V)",
				"Justerare\tPer Ek (M)");
	}

	@Test
	void aHeadingWrappedOverTwoLinesIsOneHeading() {
		TestPdf pdf = new TestPdf().newPage();
		String first = "Avgifter för ATL - Gemensamma nämnden för alkohol, tobak och receptfria";
		pdf.text(60, 100, Face.BOLD, 12, first);
		pdf.text(60, 115, Face.BOLD, 12, "läkemedel");
		pdf.text(60, 140, "Brödtext.");

		assertThat(lines(pdf)).containsExactly(
				"**Avgifter för ATL - Gemensamma nämnden för alkohol, tobak och receptfria läkemedel**", "", "Brödtext.");
	}

	@Test
	void literalUnderscoresAreEscapedAsInTheTextConvention() {
		TestPdf pdf = new TestPdf().newPage();
		pdf.text(60, 100, "Justerare: ________");

		String line = lines(pdf).get(0);

		assertThat(line).isEqualTo("Justerare: \\_\\_\\_\\_\\_\\_\\_\\_");
		assertThat(ProtocolLine.clean(line)).isEqualTo("Justerare: ________");
	}

	@Test
	void aPdfWithoutATextLayerIsRefusedAsNeedingOcr() {
		TestPdf pdf = new TestPdf().newPage();
		pdf.line(60, 100, 500, 700);

		assertThatThrownBy(() -> this.reader.read(pdf.bytes())).isInstanceOf(InvalidProtocolException.class)
			.hasMessageContaining("no text layer").hasMessageContaining("OCR");
	}

	@Test
	void aPdfThatNeedsAPasswordIsRefusedSayingSo() throws IOException {
		byte[] encrypted = encrypted("hemligt");

		assertThatThrownBy(() -> this.reader.read(encrypted)).isInstanceOf(InvalidProtocolException.class)
			.hasMessageContaining("encrypted").hasMessageContaining("password");
	}

	@Test
	void aPdfEncryptedOnlyAgainstEditingOpensForAnyoneAndIsRead() throws IOException {
		// municipalities often publish minutes with an owner password (no editing) and no user password
		byte[] restricted = encrypted("");

		assertThat(this.reader.read(restricted).text()).isEqualTo("Protokoll\n");
	}

	@Test
	void moreThanThePageLimitIsRefused() {
		TestPdf pdf = new TestPdf();
		for (int page = 1; page <= 5; page++) {
			pdf.newPage().text(60, 100, "Sida " + page);
		}

		assertThatThrownBy(() -> new PdfLayoutReader(3, 2_000_000, 1 << 20).read(pdf.bytes()))
			.isInstanceOf(InvalidProtocolException.class).hasMessageContaining("5 pages; at most 3");
	}

	@Test
	void moreTextThanTheLimitIsRefusedWhileReading() {
		TestPdf pdf = new TestPdf();
		for (int page = 1; page <= 20; page++) {
			pdf.newPage().text(60, 100, "En rad med text som upprepas på sidan " + page);
		}

		assertThatThrownBy(() -> new PdfLayoutReader(100, 200, 1 << 20).read(pdf.bytes()))
			.isInstanceOf(InvalidProtocolException.class).hasMessageContaining("longer than 200 characters");
	}

	@Test
	void aDecompressionBombIsRefusedBeforePdfBoxDecodesItIntoTheHeap() throws IOException {
		// 20 MB of operators in about 20 KB of Flate: counted a buffer at a time, refused past the 4 MB limit
		byte[] bomb = bomb(20);

		assertThat(bomb.length).isLessThan(100_000);
		assertThatThrownBy(() -> new PdfLayoutReader(100, 2_000_000, 1 << 20, 4 << 20).read(bomb))
			.isInstanceOf(InvalidProtocolException.class).hasMessageContaining("decode to more than 4 MB of content");
	}

	@Test
	void aBrokenPdfIsRefusedWithWhatWasWrong() {
		byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> this.reader.read(broken)).isInstanceOf(InvalidProtocolException.class)
			.hasMessageStartingWith("The PDF");
	}

	/** One page whose content stream holds {@code megabytes} MB of spaces after a line of text, Flate-compressed. */
	private static byte[] bomb(int megabytes) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDStream stream = new PDStream(document);
			try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
				byte[] chunk = new byte[1 << 20];
				Arrays.fill(chunk, (byte) ' ');
				out.write("BT /F1 10 Tf 60 700 Td (Protokoll) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
				for (int i = 0; i < megabytes; i++) {
					out.write(chunk);
				}
			}
			page.setContents(stream);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] encrypted(String userPassword) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
						org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 10);
				content.newLineAtOffset(60, 700);
				content.showText("Protokoll");
				content.endText();
			}
			AccessPermission permissions = new AccessPermission();
			permissions.setCanModify(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", userPassword, permissions);
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void row(TestPdf pdf, float y, String... cells) {
		row(pdf, y, Face.REGULAR, cells);
	}

	/** A label at 60 and figures right-aligned in columns 70 points wide from 220. */
	private static void row(TestPdf pdf, float y, Face face, String... cells) {
		if (!cells[0].isEmpty()) {
			pdf.text(60, y, face, 10, cells[0]);
		}
		for (int c = 1; c < cells.length; c++) {
			float right = 220 + c * 70;
			pdf.text(right - pdf.width(face, 10, cells[c]), y, face, 10, cells[c]);
		}
	}

	private List<String> lines(TestPdf pdf) {
		String text = this.reader.read(pdf.bytes()).text();
		return text.replaceAll("^\\n+|\\s+$", "").lines().toList();
	}

	private static int count(String text, String part) {
		return text.split(part, -1).length - 1;
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = new String[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
