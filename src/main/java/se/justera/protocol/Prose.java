package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A paragraph's lines as text: prose in blocks, list items, sentences. */
final class Prose {

	static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•–*]|\\d+[.)])\\s+(.+)$");

	static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}])");

	private Prose() {
	}

	/** Lines as prose: lines of a block joined, blocks separated by a blank line. */
	static String of(List<ProtocolLine> lines) {
		StringBuilder text = new StringBuilder();
		boolean blank = false;
		for (ProtocolLine line : lines) {
			if (line.isBlank()) {
				blank = true;
				continue;
			}
			if (!text.isEmpty()) {
				text.append(blank ? "\n\n" : "\n");
			}
			text.append(line.text());
			blank = false;
		}
		return text.toString();
	}

	static List<ProtocolLine> withoutTables(List<ProtocolLine> lines) {
		return lines.stream().filter(l -> !l.isTableLine()).toList();
	}

	/** List items: one per line, a line starting in lower case or a digit continues the one above. */
	static List<String> items(List<ProtocolLine> lines) {
		List<String> items = new ArrayList<>();
		for (ProtocolLine line : lines) {
			if (line.isBlank() || line.isTableLine()) {
				continue;
			}
			String text = line.text();
			Matcher bullet = BULLET.matcher(text);
			boolean isBullet = bullet.matches();
			if (isBullet) {
				text = bullet.group(1).strip();
			}
			boolean continues = !isBullet && !items.isEmpty() && line.raw().length() > 0
					&& (Character.isLowerCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
			if (continues) {
				items.set(items.size() - 1, items.get(items.size() - 1) + " " + text);
			}
			else {
				items.add(text);
			}
		}
		return items;
	}

	/** The sentences of the prose blocks; tables and headings end a block. */
	static List<String> sentences(List<ProtocolLine> lines, ParagraphHeadings headings) {
		List<String> sentences = new ArrayList<>();
		StringBuilder block = new StringBuilder();
		for (ProtocolLine line : lines) {
			if (line.isBlank() || line.isTableLine() || headings.isHeading(line)) {
				flush(block, sentences);
				continue;
			}
			if (!block.isEmpty()) {
				block.append(' ');
			}
			block.append(line.text());
		}
		flush(block, sentences);
		return sentences;
	}

	private static void flush(StringBuilder block, List<String> sentences) {
		if (!block.isEmpty()) {
			for (String s : SENTENCE_END.split(block)) {
				sentences.add(s.strip());
			}
			block.setLength(0);
		}
	}

}
