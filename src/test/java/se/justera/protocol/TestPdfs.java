package se.justera.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Test helper: a protocol text set as a real PDF with PDFBox, a line of text a line of the page,
 * tab-separated cells in columns, markup (**, <b>) dropped, a new page at each form feed and after
 * so many lines.
 */
public final class TestPdfs {

	private static final float TOP = 800;

	private static final float LEADING = 13;

	private TestPdfs() {
	}

	public static byte[] render(String text, int linesPerPage) {
		List<List<String>> pages = new ArrayList<>();
		List<String> page = new ArrayList<>();
		for (String line : text.split("\\r?\\n", -1)) {
			String[] parts = line.split("\f", -1);
			for (int i = 0; i < parts.length; i++) {
				if (i > 0 || page.size() >= linesPerPage) {
					pages.add(page);
					page = new ArrayList<>();
				}
				page.add(parts[i]);
			}
		}
		pages.add(page);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (List<String> lines : pages) {
				PDPage pdfPage = new PDPage(PDRectangle.A4);
				document.addPage(pdfPage);
				try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
					float y = TOP;
					for (String line : lines) {
						String[] cells = line.replace("**", "").replaceAll("</?[biu]>", "").split("\t", -1);
						for (int c = 0; c < cells.length; c++) {
							String cell = printable(font, cells[c].strip());
							if (cell.isEmpty()) {
								continue;
							}
							content.beginText();
							content.setFont(font, 9);
							content.newLineAtOffset(40 + c * 150, y);
							content.showText(cell);
							content.endText();
						}
						y -= LEADING;
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What Helvetica's encoding cannot show becomes '?'. */
	private static String printable(PDType1Font font, String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> {
			String s = new String(Character.toChars(c));
			try {
				font.encode(s);
				out.append(s);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

}
