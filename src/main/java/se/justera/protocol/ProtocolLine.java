package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a protocol as extracted from its PDF: its number and page, the raw text with its
 * markup (HTML bold and italic tags, markdown headings and emphasis) after layout normalisation,
 * the clean text that the parser matches on, and the line as it came ({@code source}), whose
 * spacing still shows where the columns of an aligned table are.
 */
record ProtocolLine(int number, int page, String raw, String clean, String source) {

	private static final Pattern MARKUP = Pattern.compile("</?[biu]>|\\*\\*|__|\\\\(?=[_*#\\\\-])");

	/** Any space separator (no-break, thin, figure space...) is a space: names and figures match however spaced. */
	private static final Pattern SPACES = Pattern.compile("\\p{Z}+");

	static ProtocolLine of(int number, int page, String raw) {
		String stripped = raw.replaceAll("[\\p{Z}\\f]+$", "").replace("\f", "");
		return new ProtocolLine(number, page, stripped, clean(stripped), stripped);
	}

	/** The same line, read as other text (normalised, or a page header cut off it); its source stays. */
	ProtocolLine withRaw(String text) {
		String stripped = text.replaceAll("[\\p{Z}\\f]+$", "").replace("\f", "");
		return new ProtocolLine(this.number, this.page, stripped, clean(stripped), this.source);
	}

	/** The same line on another page (a flattened page's lines take the page it prints). */
	ProtocolLine withPage(int page) {
		return page == this.page ? this : new ProtocolLine(this.number, page, this.raw, this.clean, this.source);
	}

	static String clean(String raw) {
		String text = MARKUP.matcher(raw).replaceAll("");
		text = text.replaceFirst("^\\s*#+\\s*", "");
		// single-asterisk emphasis around a whole line (*Bild från ...*)
		if (text.length() > 2 && text.startsWith("*") && text.endsWith("*")) {
			text = text.substring(1, text.length() - 1);
		}
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

	/** The clean text with tabs as spaces, for prose. */
	String text() {
		return this.clean.replace('\t', ' ').replaceAll(" {2,}", " ").strip();
	}

	boolean isBlank() {
		return this.clean.isBlank();
	}

	/** A line of a tab-separated table (the PDF's tables come out that way). */
	boolean isTableLine() {
		return this.raw.indexOf('\t') >= 0 && !isBlank();
	}

	/** Tab-separated cells, cleaned. */
	List<String> cells() {
		List<String> cells = new ArrayList<>();
		for (String cell : this.raw.split("\t", -1)) {
			cells.add(clean(cell));
		}
		return cells;
	}

	boolean isBold() {
		String r = this.raw.strip();
		return r.contains("<b>") || (r.startsWith("**") && r.endsWith("**") && r.length() > 4);
	}

	boolean isItalic() {
		String r = this.raw.strip();
		return r.contains("<i>") || (r.startsWith("*") && !r.startsWith("**") && r.endsWith("*"));
	}

	/** A markdown heading (#) or a line that is bold from end to end. */
	boolean isMarkedHeading() {
		String r = this.raw.strip();
		return r.startsWith("#") || (r.startsWith("**") && r.endsWith("**") && r.length() > 4 && r.indexOf('\t') < 0
				&& this.clean.length() < 120);
	}

}
