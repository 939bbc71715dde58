package se.justera.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a PDF as a layout, not as a string: the glyphs with their positions and fonts
 * ({@link PdfGlyphs}), the running headers and footers found by repetition and dropped
 * ({@link PdfRunningLines}), each page's lines in reading order with table cells as tabs and bold
 * and italic as tags ({@link PdfPageLayout}), pages separated by form feeds: the line model of
 * {@link ProtocolLine}.
 *
 * <p>
 * A hostile file is refused, never read at any cost: PDFBox's buffers are bounded (memory, then a
 * temporary file, both limited), and so are the pages, the decoded page content (counted before
 * PDFBox decodes it whole: {@link PdfContentLimit}) and the text; a PDF that needs a password,
 * or has no text layer (a scan), is refused with what to do about it.
 */
@Component
class PdfLayoutReader {

	/** The text of a PDF in the line model, and its number of pages. */
	record PdfText(String text, int pages) {
	}

	private final int maxPages;

	private final int maxCharacters;

	private final long maxMemoryBytes;

	private final long maxContentBytes;

	@Autowired
	PdfLayoutReader(@Value("${justera.import.pdf.max-pages:2000}") int maxPages,
			@Value("${justera.import.max-characters:2000000}") int maxCharacters,
			@Value("${justera.import.pdf.max-memory-bytes:268435456}") long maxMemoryBytes,
			@Value("${justera.import.pdf.max-content-bytes:67108864}") long maxContentBytes) {
		this.maxPages = maxPages;
		this.maxCharacters = maxCharacters;
		this.maxMemoryBytes = maxMemoryBytes;
		this.maxContentBytes = maxContentBytes;
	}

	PdfLayoutReader(int maxPages, int maxCharacters, long maxMemoryBytes) {
		this(maxPages, maxCharacters, maxMemoryBytes, 64L << 20);
	}

	PdfLayoutReader() {
		this(2000, 2_000_000, 256L << 20);
	}

	PdfText read(byte[] pdf) {
		PDDocument document;
		try {
			// PDFBox decodes streams into this cache: 16 MB in memory, the rest in a temporary file, up to the limit
			MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(Math.min(16L << 20, this.maxMemoryBytes),
					this.maxMemoryBytes);
			document = Loader.loadPDF(pdf, "", null, null, memory.streamCache);
		}
		catch (InvalidPasswordException ex) {
			throw new InvalidProtocolException(
					"The PDF is encrypted and needs a password to open; send the minutes as published, without a password",
					null);
		}
		catch (IOException ex) {
			throw new InvalidProtocolException("The PDF could not be read: " + why(ex), null);
		}
		try (document) {
			int pages = document.getNumberOfPages();
			if (pages == 0) {
				throw new InvalidProtocolException("The PDF has no pages", null);
			}
			if (pages > this.maxPages) {
				throw new InvalidProtocolException(
						"The PDF has " + pages + " pages; at most " + this.maxPages + " are read (justera.import.pdf.max-pages)",
						null);
			}
			PdfContentLimit.check(document, this.maxContentBytes);
			String text = text(PdfGlyphs.of(document, this.maxCharacters));
			if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
				throw new InvalidProtocolException("The PDF has no text layer (" + pages + (pages == 1 ? " page" : " pages")
						+ " with no text to read, as in a scan): it needs OCR before it can be imported", null);
			}
			if (text.length() > this.maxCharacters) {
				throw tooLong();
			}
			return new PdfText(text, pages);
		}
		catch (PdfGlyphs.TooLong ex) {
			throw tooLong();
		}
		catch (PdfContentLimit.Exceeded ex) {
			throw new InvalidProtocolException("The PDF's pages decode to more than " + (this.maxContentBytes >> 20)
					+ " MB of content, more than any minutes hold (justera.import.pdf.max-content-bytes)", null);
		}
		catch (IOException ex) {
			throw new InvalidProtocolException("The PDF could not be read: " + why(ex), null);
		}
	}

	private InvalidProtocolException tooLong() {
		return new InvalidProtocolException("The PDF's text is longer than " + this.maxCharacters
				+ " characters (justera.import.max-characters)", null);
	}

	private String why(IOException ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		if (message.contains("Maximum allowed") || message.contains("memory")) {
			return "it needs more than " + (this.maxMemoryBytes >> 20) + " MB to decode (justera.import.pdf.max-memory-bytes)";
		}
		return message;
	}

	private static final Pattern COMPOUND_AT_END = Pattern.compile("\\p{L}-$");

	private static final Pattern CONJUNCTION = Pattern.compile("^(och|eller|samt|respektive|till)\\s+");

	/**
	 * "mål-" at a line end before "och resultatstyrningen": a compound's hyphen, not a word broken
	 * at the line end (which the reader joins). The conjunction moves up, so the hyphen no longer
	 * ends the line.
	 */
	static List<String> keepCompounds(List<String> lines) {
		List<String> out = new ArrayList<>(lines);
		for (int i = 0; i + 1 < out.size(); i++) {
			Matcher next = CONJUNCTION.matcher(out.get(i + 1));
			if (COMPOUND_AT_END.matcher(out.get(i)).find() && out.get(i).indexOf('\t') < 0 && out.get(i + 1).indexOf('\t') < 0
					&& next.find()) {
				out.set(i, out.get(i) + " " + next.group(1));
				out.set(i + 1, out.get(i + 1).substring(next.end()));
			}
		}
		return out;
	}

	/** The pages in the line model: lines, tabs between cells, form feeds between pages. */
	static String text(List<PdfGlyphs.Page> pages) {
		List<List<PdfPageLayout.Line>> lines = new ArrayList<>();
		List<Float> heights = new ArrayList<>();
		for (PdfGlyphs.Page page : pages) {
			lines.add(PdfPageLayout.lines(page));
			heights.add(page.height());
		}
		lines = PdfRunningLines.drop(lines, heights);
		StringBuilder text = new StringBuilder();
		for (int p = 0; p < pages.size(); p++) {
			if (p > 0) {
				text.append('\f');
			}
			List<String> pageLines = new ArrayList<>();
			for (List<PdfPageLayout.Line> flow : PdfPageLayout.readingOrder(lines.get(p), pages.get(p).width())) {
				if (!pageLines.isEmpty()) {
					pageLines.add("");
				}
				pageLines.addAll(PdfPageLayout.text(flow));
			}
			text.append(String.join("\n", keepCompounds(pageLines))).append('\n');
		}
		return text.toString();
	}

}
