package se.justera.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A PDF written for a test with PDFBox and the Standard 14 fonts (WinAnsi: å ä ö é § – … are
 * there): text at a position (y from the top of the page, as a reader sees it), lines, pages.
 */
final class TestPdf implements AutoCloseable {

	enum Face {
		REGULAR, BOLD, ITALIC, BOLD_ITALIC
	}

	static final float WIDTH = PDRectangle.A4.getWidth();

	static final float HEIGHT = PDRectangle.A4.getHeight();

	private final PDDocument document = new PDDocument();

	private final PDType1Font[] fonts;

	private PDPageContentStream page;

	/** {@code family} is "Helvetica", "Times" or "Courier". */
	TestPdf(String family) {
		this.fonts = switch (family) {
			case "Times" -> fonts(Standard14Fonts.FontName.TIMES_ROMAN, Standard14Fonts.FontName.TIMES_BOLD,
					Standard14Fonts.FontName.TIMES_ITALIC, Standard14Fonts.FontName.TIMES_BOLD_ITALIC);
			case "Courier" -> fonts(Standard14Fonts.FontName.COURIER, Standard14Fonts.FontName.COURIER_BOLD,
					Standard14Fonts.FontName.COURIER_OBLIQUE, Standard14Fonts.FontName.COURIER_BOLD_OBLIQUE);
			default -> fonts(Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.HELVETICA_BOLD,
					Standard14Fonts.FontName.HELVETICA_OBLIQUE, Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE);
		};
	}

	TestPdf() {
		this("Helvetica");
	}

	private static PDType1Font[] fonts(Standard14Fonts.FontName... names) {
		PDType1Font[] fonts = new PDType1Font[names.length];
		for (int i = 0; i < names.length; i++) {
			fonts[i] = new PDType1Font(names[i]);
		}
		return fonts;
	}

	PDDocument document() {
		return this.document;
	}

	TestPdf newPage() {
		try {
			closePage();
			PDPage p = new PDPage(PDRectangle.A4);
			this.document.addPage(p);
			this.page = new PDPageContentStream(this.document, p);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text with its baseline {@code y} points below the top edge. */
	TestPdf text(float x, float y, Face face, float size, String text) {
		try {
			this.page.beginText();
			this.page.setFont(this.fonts[face.ordinal()], size);
			this.page.newLineAtOffset(x, HEIGHT - y);
			this.page.showText(text);
			this.page.endText();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	TestPdf text(float x, float y, String text) {
		return text(x, y, Face.REGULAR, 10, text);
	}

	float width(Face face, float size, String text) {
		try {
			return this.fonts[face.ordinal()].getStringWidth(text) / 1000f * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	TestPdf line(float x1, float y1, float x2, float y2) {
		try {
			this.page.setLineWidth(0.5f);
			this.page.moveTo(x1, HEIGHT - y1);
			this.page.lineTo(x2, HEIGHT - y2);
			this.page.stroke();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void closePage() throws IOException {
		if (this.page != null) {
			this.page.close();
			this.page = null;
		}
	}

	byte[] bytes() {
		try {
			closePage();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			closePage();
			this.document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
