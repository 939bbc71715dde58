package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The headings inside a paragraph: the section headings of the vocabulary (Ärendebeskrivning,
 * Beslutsunderlag, Yrkanden, ...), a decision's heading ("Beslut", "Kommunstyrelsens förslag till
 * kommunfullmäktige", "Byggnadsnämnden beslutar"), and any line marked as a heading. It splits a
 * paragraph's lines into its headed parts.
 */
final class ParagraphHeadings {

	private static final Pattern DECISION_HEADING = Pattern
		// "förslag till kommunfullmäktige": one body; "antar förvaltningens förslag till yttrande och ..." is a sentence
		.compile("(?iu)^(?:(?:[\\p{L} -]+?s\\s+)?(?:beslut|förslag\\s+till\\s+\\p{L}+)|\\p{Lu}[\\p{L} -]{1,60}?\\s+beslutar)$");

	/** A decision heading is short: a longer line is a sentence that happens to end so. */
	private static final int DECISION_HEADING_LENGTH = 90;

	/**
	 * A headed part of the paragraph; line: its heading's, or the paragraph's first for the part
	 * before any heading (whose heading is null).
	 */
	record Part(String heading, int line, List<ProtocolLine> lines) {

		/** The heading in lower case without its colon; "" for the part before any heading. */
		String key() {
			return this.heading == null ? "" : this.heading.toLowerCase(Locale.ROOT).replaceAll(":$", "");
		}

	}

	private final Vocabulary vocabulary;

	ParagraphHeadings(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** What a section heading (lower case, no colon) is about, or null if the vocabulary does not know it. */
	Vocabulary.Section section(String key) {
		return this.vocabulary.sections().get(key);
	}

	/** Whether a part is the paragraph's matter (not its documents or how it was handled). */
	boolean isAboutTheMatter(Part part) {
		Vocabulary.Section section = section(part.key());
		return section != Vocabulary.Section.DOCUMENTS && section != Vocabulary.Section.PROCEDURE;
	}

	/** A line that may be the paragraph's title: not a known heading, a decision heading or a table row. */
	boolean isTitleCandidate(ProtocolLine line) {
		String key = line.text().toLowerCase(Locale.ROOT).replaceAll(":$", "");
		return section(key) == null && !DECISION_HEADING.matcher(line.text()).matches() && !line.isTableLine();
	}

	boolean isDecisionHeading(String heading) {
		String key = heading.toLowerCase(Locale.ROOT).replaceAll(":$", "");
		return section(key) == null && DECISION_HEADING.matcher(heading.replaceAll(":$", "")).matches()
				&& heading.length() < DECISION_HEADING_LENGTH;
	}

	boolean isHeading(ProtocolLine line) {
		if (line.isBlank() || line.isTableLine()) {
			return false;
		}
		String text = line.text().replaceAll(":$", "");
		return line.isMarkedHeading() || section(text.toLowerCase(Locale.ROOT)) != null || isDecisionHeading(text);
	}

	/** The lines in their headed parts; the part before the first heading is left out when it is blank. */
	List<Part> split(List<ProtocolLine> lines) {
		List<Part> parts = new ArrayList<>();
		Part current = new Part(null, lines.isEmpty() ? 0 : lines.get(0).number(), new ArrayList<>());
		parts.add(current);
		for (ProtocolLine line : lines) {
			if (isHeading(line)) {
				current = new Part(line.text().replaceAll(":$", ""), line.number(), new ArrayList<>());
				parts.add(current);
			}
			else {
				current.lines.add(line);
			}
		}
		if (parts.get(0).lines.stream().allMatch(ProtocolLine::isBlank)) {
			parts.remove(0);
		}
		return parts;
	}

}
