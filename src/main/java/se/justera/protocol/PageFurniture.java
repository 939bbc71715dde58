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
 * "FALU KOMMUN", "Sammanträdesdatum 2024-05-14"), told apart from the minutes' text cell by cell.
 */
final class PageFurniture {

	/** Page headers and footers the PDF repeats on every page, matched cell by cell. */
	private static final Pattern FURNITURE = Pattern.compile("(?iu)^(" + "justerandes\\s+sign(atur)?\\.?"
			+ "|justerarnas\\s+sign(atur|aturer)?\\.?" + "|ordförandes\\s+sign(atur)?\\.?" + "|utdragsbestyrkande"
			+ "|sida(\\s+\\d+(\\s*(\\(|av)\\s*\\d+\\)?)?)?" + "|\\d+\\s*\\(\\d+\\)" + "|\\d+\\s+av\\s+\\d+"
			+ "|(samman)?träde(s)?protokoll" + "|protokoll" + "|sammanträdesdatum(\\s*:?\\s*\\d{4}-\\d{2}-\\d{2})?"
			+ "|[-_\\\\]{3,}" + "|([\\p{L}-]+\\s+){1,3}kommun"
			+ "|(sammanträdes)?(datum|dag)\\s*:?\\s*\\d{4}-\\d{2}-\\d{2}"
			+ "|(justerare|justerande)(s|ns)?\\s+sign(atur)?\\.?\\s*:?\\s*[._…]*|utdragsbestyrkande\\s*:?\\s*[._…]*"
			+ "|(justerare|justerande|ordförande)s?\\s*:\\s*[._…]{3,}"
			+ "|protokoll\\s*\\d+\\s*\\(\\d+\\)|blad\\s+\\d+(\\s*\\(\\d+\\))?" + ")$");

	/** "**Kommunstyrelsen****Resultat drift ...**": a page header glued to the next heading. */
	private static final Pattern GLUED = Pattern.compile("^\\*\\*([^*]+)\\*\\*(?=\\S)");

	private PageFurniture() {
	}

	/** Whether a cell (or a whole clean line) is page furniture. */
	static boolean is(String text) {
		return FURNITURE.matcher(text).matches();
	}

	/**
	 * Drops page headers and footers that the PDF repeated on every page: lines whose every cell is
	 * page furniture, the body's name, or a date right under such a line.
	 */
	static List<ProtocolLine> drop(List<ProtocolLine> lines, Set<String> bodyNames) {
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
	static boolean endsOnFooter(List<ProtocolLine> lines) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			ProtocolLine line = lines.get(i);
			if (!line.isBlank()) {
				return line.cells().stream().map(c -> c.replaceAll(":$", "").strip()).filter(c -> !c.isEmpty())
					.allMatch(PageFurniture::is);
			}
		}
		return false;
	}

}
