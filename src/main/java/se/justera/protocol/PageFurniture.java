package se.justera.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page headers and footers a PDF repeats on every page ("Justerandes sign", "Sida 3 (6)",
 * "FALU KOMMUN", "Sammanträdesdatum 2024-05-14"), told apart from the minutes' text cell by cell;
 * what is furniture is the vocabulary's ({@code furniture.cells}).
 */
final class PageFurniture {

	/** The standard vocabulary's furniture, for readers that are not given a vocabulary. */
	static final PageFurniture STANDARD = new PageFurniture(Vocabulary.standard());

	/** "**Kommunstyrelsen****Resultat drift ...**": a page header glued to the next heading. */
	private static final Pattern GLUED = Pattern.compile("^\\*\\*([^*]+)\\*\\*(?=\\S)");

	private final Pattern cell;

	PageFurniture(Vocabulary vocabulary) {
		this.cell = vocabulary.furnitureCell();
	}

	/** Whether a cell (or a whole clean line) is page furniture. */
	boolean is(String text) {
		return this.cell.matcher(text).matches();
	}

	/**
	 * Drops page headers and footers that the PDF repeated on every page: lines whose every cell is
	 * page furniture, the body's name, or a date right under such a line.
	 */
	List<ProtocolLine> drop(List<ProtocolLine> lines, Set<String> bodyNames) {
		Set<String> names = new HashSet<>();
		bodyNames.stream().filter(n -> n != null).forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
		List<ProtocolLine> kept = new ArrayList<>(lines.size());
		boolean afterFurniture = false;
		for (ProtocolLine line : lines) {
			if (line.isBlank()) {
				kept.add(line);
				continue;
			}
			boolean furniture = true;
			for (String cell : line.cells()) {
				String c = cell.replaceAll(":$", "").strip();
				boolean isDate = SwedishDates.ISO.matcher(c).matches();
				if (!c.isEmpty() && !is(c) && !names.contains(c.toLowerCase(Locale.ROOT))
						&& !(isDate && (afterFurniture || line.isTableLine()))) {
					furniture = false;
					break;
				}
			}
			afterFurniture = furniture;
			if (furniture) {
				continue;
			}
			kept.add(withoutGluedHeader(line, names));
		}
		return kept;
	}

	private static ProtocolLine withoutGluedHeader(ProtocolLine line, Set<String> names) {
		Matcher glued = GLUED.matcher(line.raw());
		if (glued.find() && names.contains(glued.group(1).strip().toLowerCase(Locale.ROOT))) {
			return line.withRaw(line.raw().substring(glued.end()));
		}
		return line;
	}

	/** Whether the last line with text is page furniture (a footer such as "Justerandes sign"). */
	boolean endsOnFooter(List<ProtocolLine> lines) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			ProtocolLine line = lines.get(i);
			if (!line.isBlank()) {
				return line.cells().stream().map(c -> c.replaceAll(":$", "").strip()).filter(c -> !c.isEmpty())
					.allMatch(this::is);
			}
		}
		return false;
	}

}
