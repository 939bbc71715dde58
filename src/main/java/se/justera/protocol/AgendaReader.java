package se.justera.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agenda (Ärendelista, Föredragningslista, ...): a "§ N" line per matter, with its title
 * and case number on the same line, in columns or on the lines below. The agenda ends, and the
 * paragraphs begin, at the first "§ N" whose number it already listed.
 */
final class AgendaReader {

	/** A column of case numbers without "Dnr": "KS 2024/118". */
	private static final Pattern BARE_CASE_NUMBER = Pattern.compile("[A-ZÅÄÖ]{1,6}\\s+\\d{4}/\\d{1,5}");

	/** One matter of the agenda; either part may be unknown (null). */
	record Item(String caseNumber, String title) {
	}

	/**
	 * @param items the matters by § number, in the agenda's order
	 * @param paragraphStart the index of the line where the paragraphs begin, or -1 if none follows
	 */
	record Agenda(Map<Integer, Item> items, int paragraphStart) {
	}

	private AgendaReader() {
	}

	/** The agenda that starts at line index {@code heading}; {@code bodyNames} are page furniture here. */
	static Agenda read(List<ProtocolLine> lines, int heading, PageFurniture furniture, Set<String> bodyNames) {
		Map<Integer, Item> items = new LinkedHashMap<>();
		for (int i = heading + 1; i < lines.size(); i++) {
			Matcher m = ParagraphSequence.START.matcher(lines.get(i).clean());
			if (!m.matches()) {
				continue;
			}
			int number = ParagraphNumbers.number(m.group(1), lines.get(i).number());
			if (items.containsKey(number)) {
				return new Agenda(items, i);
			}
			items.put(number, item(lines, i, m.group(2), furniture, bodyNames));
		}
		return new Agenda(items, -1);
	}

	/** The case number and title of an entry; the title may stand on the following line. */
	private static Item item(List<ProtocolLine> lines, int index, String rest, PageFurniture furniture,
			Set<String> bodyNames) {
		String caseNumber = null;
		List<String> title = new ArrayList<>();
		List<String> cells = new ArrayList<>(List.of(rest == null ? new String[0] : rest.split("\t")));
		for (int i = index + 1; i < lines.size() && cells.stream().allMatch(c -> c.isBlank() || isCaseNumber(c)); i++) {
			ProtocolLine line = lines.get(i);
			if (ParagraphSequence.START.matcher(line.clean()).matches()) {
				break;
			}
			if (!line.isBlank() && !furniture.drop(List.of(line), bodyNames).isEmpty()) {
				cells.addAll(line.cells());
			}
		}
		for (String cell : cells) {
			String c = ProtocolLine.clean(cell).replaceAll("\\.{2,}\\s*\\d*\\s*$", "").strip();
			Matcher dnr = ParagraphTitleReader.DNR.matcher(c);
			if (dnr.find()) {
				caseNumber = dnr.group(1).replaceAll("\\.{2,}.*$", "").strip();
				c = c.substring(0, dnr.start()).replaceAll("[,\\s]+$", "").strip();
			}
			else if (caseNumber == null && BARE_CASE_NUMBER.matcher(c).matches()) {
				caseNumber = c;
				continue;
			}
			if (!c.isEmpty() && !c.matches("\\d{1,3}")) {
				title.add(c);
			}
		}
		return new Item(caseNumber, title.isEmpty() ? null : String.join(" ", title));
	}

	private static boolean isCaseNumber(String cell) {
		return ParagraphTitleReader.DNR.matcher(cell.strip()).lookingAt();
	}

}
