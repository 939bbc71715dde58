package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the ways text comes out of a PDF into the one form the readers expect, line by line,
 * keeping each line's number and page: columns as tabs whether the extractor wrote tabs or runs of
 * spaces; font names ({@code [Arial-BoldMT]}) as bold; ligatures and hyphenation at line ends
 * undone; paragraph headings with a body prefix or abbreviation ("KF § 12", "§12", "Sn 12") as
 * "§ 12"; a cover page printed as all its labels first and then all its values, or with a label
 * wrapped over two lines, as one label with its value. Each step is one method, tested on snippets.
 */
final class LayoutNormalizer {

	private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S) {2,}(?=\\S)");

	private static final Pattern FONT = Pattern.compile("\\[[A-Za-z]+-?(Bold|BoldItalic|Italic|Regular)?(MT|PS)?\\]");

	private static final Pattern HYPHENATED = Pattern.compile("\\p{Ll}-$");

	private final Vocabulary vocabulary;

	private final Pattern prefixedHeading;

	private final Pattern abbreviatedHeading;

	LayoutNormalizer(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
		String abbreviations = String.join("|", vocabulary.abbreviations().stream().map(Pattern::quote).toList());
		// "KF § 118 Title", "BUN §4", "§12": a heading that only needs its prefix and spacing fixed
		this.prefixedHeading = Pattern.compile("^(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,6}\\s*)?§\\s*(\\d++)(?!\\s*[-–/]\\s*\\d)(.*)$");
		// "Sn 12", "KS 101\tTitle": a known abbreviation and a number, not a case number (KS 2024/118)
		this.abbreviatedHeading = Pattern.compile("^(?:" + abbreviations + ")\\s+(\\d{1,4})(?![\\d/.:-])(\\s.*)?$");
	}

	List<ProtocolLine> normalize(List<ProtocolLine> lines) {
		List<ProtocolLine> result = new ArrayList<>(lines.size());
		for (ProtocolLine line : reflow(lines)) {
			result.add(line.withRaw(heading(columns(characters(line.raw())))));
		}
		return coverBlocks(wrappedLabels(joinHyphenated(result)));
	}

	/** A page flattened to one line is longer than any line a page has. */
	private static final int FLATTENED = 400;

	/** Where a flattened page had its line breaks: before the words that start a line in minutes. */
	private static final Pattern BREAK = Pattern.compile(String.join("|",
			// running header: "PROTOKOLL", "Sida 1 av 5", "1(3)", after "X KOMMUN"
			"(?<=\\bKOMMUN) ", " (?=(SAMMANTRÄDES)?PROTOKOLL\\b)", " (?=Sida \\d+ (av|\\()\\s?\\d+)",
			" (?=\\d{4}-\\d{2}-\\d{2} \\d+ ?\\(\\d+\\))", " (?=\\d+ ?\\(\\d+\\) )",
			// cover labels (with a colon, or the ones that are never prose)
			" (?=(Plats och tid|Beslutande|Ledamöter|Närvarande|Tjänstgörande ersättare|Ej tjänstgörande ersättare"
					+ "|Övriga närvarande|Övriga ersättare|Justerare|Justerande|Utses att justera|Justering \\d|Justeringens"
					+ "|Underskrifter|Sekreterare|Paragrafer)\\b)",
			" (?=Ordförande [._…]{3})", " (?=Justerare [._…]{3})", " (?=Justering \\d{4}-)",
			// notice and agenda
			" (?=(TILLKÄNNAGIVANDE|ANSLAG/BEVIS|ANSLAGSBEVIS|BEVIS OM ANSLAG|Bevis om justering|Ärendelista|Justeringen av|"
					+ "Anslaget publiceras|Sista dag för överklagande|Protokollet förvaras|Organ |Sammanträdesdatum"
					+ "|Datum då anslaget|Förvaringsplats)\\b)",
			// paragraph headings and their case numbers; the title after the case number
			"(?<![A-ZÅÄÖ]) (?=§ ?\\d+ )", " (?=[A-ZÅÄÖ]{2,6} § ?\\d+ )", "(?<=Dnr[ \u00A0][A-ZÅÄÖ]{1,6}[ \u00A0]\\d{4}/\\d{1,5})[ \u00A0]",
			// section headings
			" (?=[A-ZÅÄÖ][\\p{L}-]*(?: och [\\p{L}-]+)?s (beslut|förslag)\\b)", "(?<=[a-zåäö]s (beslut|förslag):?) ",
			"(?<=\\b(Beslut:|Ärendebeskrivning|Beslutsunderlag|Yrkanden|Beslutsgång|Omröstning|Reservation|Protokollsanteckning)) ",
			" (?=(Beslut:|Justerare:|(Ärendebeskrivning|Beslutsunderlag|Förvaltningens förslag|Förslag till beslut|Yrkanden"
					+ "|Beslutsgång|Omröstning|Reservation|Protokollsanteckning|Justerandes sign|Utdragsbestyrkande)\\b))",
			// an official of a list, after the previous one's title: "..., förvaltningschef Anders Pålsson, nämndsekreterare"
			"(?<=, [a-zåäö]{3,30}) (?=[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+, )",
			// a person of a list: "Name Name (P)", unless the name is whom someone serves for
			" (?<!för )(?<!ersätter )(?=[A-ZÅÄÖ][\\p{L}-]+(?: [A-ZÅÄÖ][\\p{L}-]+){1,2} \\([A-ZÅÄÖ]{1,4}\\)(?!\\s+(yrkar|anmäler|reserverar|ersätter|lämnar|deltar)))"));

	/** Pages that a hosting site flattened to one line each, broken where their lines were. */
	static List<ProtocolLine> reflow(List<ProtocolLine> lines) {
		// flattened: most lines with text are pages; a long paragraph of prose here and there is not that
		long withText = lines.stream().filter(l -> !l.raw().isBlank()).count();
		if (lines.stream().filter(l -> l.raw().length() > FLATTENED).count() * 2 < withText) {
			return lines;
		}
		List<ProtocolLine> result = new ArrayList<>();
		int page = 1;
		for (ProtocolLine line : lines) {
			// in a flattened text a short last page is flattened too
			if (line.raw().length() <= FLATTENED / 4) {
				result.add(line.withPage(Math.max(page, line.page())));
				continue;
			}
			page = Math.max(page, printedPage(line.raw(), page));
			List<String> parts = new ArrayList<>();
			for (String part : BREAK.split(line.raw())) {
				String p = part.strip();
				if (p.isEmpty()) {
					continue;
				}
				// "Leif Strand (M), Brännmyra": a home town after the comma is no person of its own
				if (!parts.isEmpty() && parts.get(parts.size() - 1).endsWith(",") && p.matches("[\\p{Lu}][\\p{L}-]+")) {
					parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + p);
					continue;
				}
				parts.add(p);
			}
			for (String part : parts) {
				result.add(line.withRaw(part).withPage(Math.max(page, line.page())));
			}
			result.add(line.withRaw("").withPage(Math.max(page, line.page())));
		}
		return result;
	}

	/** "Sida 2 (3)", "2(3)", "2 av 3" in a flattened page's running header: the page it is. */
	private static final Pattern PRINTED_PAGE = Pattern.compile("(?iu)(?:\\bsida\\s+)?\\b(\\d{1,4})\\s?(?:\\((\\d{1,4})\\)|av\\s+(\\d{1,4})\\b)");

	private static int printedPage(String flattened, int current) {
		Matcher printed = PRINTED_PAGE.matcher(flattened.substring(0, Math.min(flattened.length(), 200)));
		while (printed.find()) {
			int n = Integer.parseInt(printed.group(1));
			int of = Integer.parseInt(printed.group(2) != null ? printed.group(2) : printed.group(3));
			if (n >= 1 && n <= of && n >= current) {
				return n;
			}
		}
		return current;
	}

	/** Ligatures as letters; font names as bold or nothing. */
	static String characters(String raw) {
		String text = raw.replace("ﬁ", "fi").replace("ﬂ", "fl").replace("ﬀ", "ff").replace("ﬃ", "ffi").replace("ﬄ", "ffl");
		Matcher font = FONT.matcher(text);
		if (!font.find()) {
			return text;
		}
		boolean bold = font.group(1) != null && font.group(1).startsWith("Bold");
		String plain = FONT.matcher(text).replaceAll("").strip();
		return bold && !plain.isEmpty() ? "**" + plain + "**" : plain;
	}

	/** Runs of two or more spaces between words are a column gap, as a tab is. */
	static String columns(String raw) {
		// leading tabs are empty cells (a signature's name under its role); leading spaces are indentation
		return COLUMN_GAP.matcher(raw.replaceFirst("^ +", "")).replaceAll("\t");
	}

	/** A paragraph's heading as "§ 12 rest", whatever stood before the number. */
	String heading(String raw) {
		String clean = ProtocolLine.clean(raw);
		Matcher prefixed = this.prefixedHeading.matcher(clean);
		if (prefixed.matches() && (clean.startsWith("§") || startsWithAbbreviation(clean))) {
			return "§ " + prefixed.group(1) + restOf(prefixed.group(2));
		}
		Matcher abbreviated = this.abbreviatedHeading.matcher(clean);
		if (abbreviated.matches()) {
			return "§ " + abbreviated.group(1) + restOf(abbreviated.group(2));
		}
		return raw;
	}

	private boolean startsWithAbbreviation(String clean) {
		int space = clean.indexOf('§');
		String prefix = clean.substring(0, space).strip();
		return this.vocabulary.abbreviations().contains(prefix) || prefix.matches("[A-ZÅÄÖ]{2,6}");
	}

	private static String restOf(String rest) {
		if (rest == null || rest.isBlank()) {
			return "";
		}
		return (rest.startsWith("\t") ? "" : " ") + rest.replaceFirst("^ +", "");
	}

	/** "ut-" at a line's end and "värdera" at the next one's start are one word. */
	static List<ProtocolLine> joinHyphenated(List<ProtocolLine> lines) {
		List<ProtocolLine> result = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			ProtocolLine line = lines.get(i);
			if (i + 1 < lines.size() && HYPHENATED.matcher(line.raw()).find()
					&& !lines.get(i + 1).raw().isEmpty() && Character.isLowerCase(lines.get(i + 1).raw().charAt(0))) {
				ProtocolLine next = lines.get(i + 1);
				String raw = line.raw();
				result.add(line.withRaw(raw.substring(0, raw.length() - 1) + next.raw()));
				i++;
				continue;
			}
			result.add(line);
		}
		return result;
	}

	/** "Justeringens plats" over "och tid": one label on one line. */
	List<ProtocolLine> wrappedLabels(List<ProtocolLine> lines) {
		List<ProtocolLine> result = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			ProtocolLine line = lines.get(i);
			if (i + 1 < lines.size() && !firstCell(line).isEmpty() && !this.vocabulary.isLabelOnly(firstCell(line))) {
				ProtocolLine next = lines.get(i + 1);
				String joined = firstCell(line) + " " + firstCell(next);
				// the second half is no label of its own ("och tid"), the two together are one
				if (!firstCell(next).isEmpty() && this.vocabulary.label(firstCell(next)) == null
						&& this.vocabulary.isLabelOnly(joined)) {
					String rest = String.join("\t", restCells(line, next));
					result.add(line.withRaw(joined + (rest.isEmpty() ? "" : "\t" + rest)));
					i++;
					continue;
				}
			}
			result.add(line);
		}
		return result;
	}

	private static String firstCell(ProtocolLine line) {
		return ProtocolLine.clean(line.raw().split("\t", -1)[0]);
	}

	private static List<String> restCells(ProtocolLine... lines) {
		List<String> rest = new ArrayList<>();
		for (ProtocolLine line : lines) {
			String[] cells = line.raw().split("\t", -1);
			for (int c = 1; c < cells.length; c++) {
				if (!cells[c].isBlank()) {
					rest.add(cells[c].strip());
				}
			}
		}
		return rest;
	}

	/**
	 * A cover page printed as a column of labels, then a blank line, then one block of values per
	 * label (blocks apart by blank lines), becomes each label followed by its values.
	 */
	List<ProtocolLine> coverBlocks(List<ProtocolLine> lines) {
		for (int start = 0; start < lines.size(); start++) {
			int end = start;
			while (end < lines.size() && !lines.get(end).isBlank() && this.vocabulary.isLabelOnly(lines.get(end).clean())) {
				end++;
			}
			int labels = end - start;
			if (labels < 3 || end >= lines.size() || !lines.get(end).isBlank()) {
				continue;
			}
			List<List<ProtocolLine>> blocks = new ArrayList<>();
			int i = end;
			while (i < lines.size() && blocks.size() < labels) {
				while (i < lines.size() && lines.get(i).isBlank()) {
					i++;
				}
				List<ProtocolLine> block = new ArrayList<>();
				while (i < lines.size() && !lines.get(i).isBlank()) {
					block.add(lines.get(i++));
				}
				if (block.isEmpty() || this.vocabulary.label(block.get(0).clean()) != null) {
					break;
				}
				blocks.add(block);
			}
			if (blocks.size() != labels) {
				continue;
			}
			List<ProtocolLine> result = new ArrayList<>(lines.subList(0, start));
			for (int l = 0; l < labels; l++) {
				result.add(lines.get(start + l));
				result.addAll(blocks.get(l));
				result.add(lines.get(start + l).withRaw(""));
			}
			result.addAll(lines.subList(i, lines.size()));
			return result;
		}
		return lines;
	}

}
