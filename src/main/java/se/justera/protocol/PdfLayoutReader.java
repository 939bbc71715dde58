package se.justera.protocol;

import java.io.IOException;
import java.io.StringWriter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/**
 * Reads a PDF's text with PDFBox, page by page, separated by form feeds (the line model of
 * {@link ProtocolLine}). First version: reading order only; table cells, fonts and running
 * headers come next (issue 12).
 */
@Component
class PdfLayoutReader {

	/** The text of a PDF in the line model, and its number of pages. */
	record PdfText(String text, int pages) {
	}

	PdfText read(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setPageEnd("\f");
			StringWriter text = new StringWriter();
			stripper.writeText(document, text);
			return new PdfText(text.toString(), document.getNumberOfPages());
		}
		catch (IOException ex) {
			throw new InvalidProtocolException("The PDF could not be read: " + ex.getMessage(), null);
		}
	}

}
