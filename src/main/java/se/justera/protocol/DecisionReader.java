package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.paragraph.ParagraphKind;

/**
 * Reads a paragraph's decision: the part under its decision heading ("Beslut", "Kommunfullmäktiges
 * beslut", "<Body> beslutar" over "att ..." clauses, "förslag till ..."), or an inline "Beslut: ...";
 * its numbered or "att" points; and what kind of paragraph it makes (a decision, a proposal to the
 * council, information). Blocks after it that only note attendance or immediate checking are not
 * the decision.
 */
final class DecisionReader {

	private static final Pattern INLINE_DECISION = Pattern.compile("(?iu)^((?:[\\p{L} -]+?s\\s+)?beslut)\\s*:\\s*(.+)$");

	private static final Pattern POINT = Pattern.compile("^(\\d{1,2})[.)]\\s+(.+)$");

	/** "att bevilja bygglov ...,": a clause of "<Body> beslutar" that starts a point of its own. */
	private static final Pattern ATT_CLAUSE = Pattern.compile("^att\\s+\\S.*$");

	/** "Information om arbetet med ...", "Förvaltningschefen informerar": a paragraph that only informs. */
	private static final Pattern INFORMS = Pattern.compile("(?iu)^information\\b|\\binformerar\\b|^rapport\\b|^lägesrapport\\b");

	private static final Pattern TAKES_NOTE = Pattern.compile("(?iu)(till handlingarna|noteras|tas emot|informationen)");

	private static final Pattern DECIDES = Pattern.compile("(?iu)(godkänn|antas|fastställ|beslutar|bifall|avslå)");

	/** A decision that only takes note is short; a longer one decides something. */
	private static final int NOTE_LENGTH = 300;

	/**
	 * What the minutes say about the meeting, not the decision: who leaves, joins or does not take
	 * part, and that the paragraph is checked at once.
	 */
	private static final Pattern PROCEDURE = Pattern.compile("(?iu)\\b(lämnar\\s+(sammanträdet|mötet|lokalen)|deltar\\s+inte\\s+i"
			+ "|deltar\\s+(från|fr\\.\\s?o\\.\\s?m\\.?|i\\s+sammanträdet)|ersätter\\s+\\p{L}+\\s+från|tjänstgör\\s+från"
			+ "|(paragrafen\\s+)?justeras\\s+omedelbart|ansluter\\s+till\\s+sammanträdet)");

	/**
	 * @param part the part under the decision heading, or null (none, or an inline decision)
	 * @param heading the decision's heading, or null if none was found
	 * @param text the decision's text, or null if none was found
	 */
	record Decision(ParagraphHeadings.Part part, String heading, String text, List<String> points, ParagraphKind kind) {
	}

	private final ParagraphHeadings headings;

	DecisionReader(ParagraphHeadings headings) {
		this.headings = headings;
	}

	/** The decision of the paragraph titled {@code title}, whose lines are {@code lines} in {@code parts}. */
	Decision read(String title, List<ProtocolLine> lines, List<ParagraphHeadings.Part> parts) {
		ParagraphHeadings.Part decision = parts.stream()
			.filter(p -> p.heading() != null && this.headings.isDecisionHeading(p.heading()))
			.findFirst()
			.orElse(null);
		String heading = decision == null ? null : decision.heading();
		String text = decision == null ? null : Prose.of(withoutProcedure(decision.lines()));
		if (decision == null) {
			for (int i = 0; i < lines.size(); i++) {
				Matcher inline = INLINE_DECISION.matcher(lines.get(i).text());
				if (inline.matches()) {
					heading = inline.group(1);
					// "Beslut: Valnämnden fastställer ... bilagda" / "sammanställningar och ...": the block runs on
					List<ProtocolLine> block = new ArrayList<>(List.of(lines.get(i).withRaw(inline.group(2))));
					for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank() && !this.headings.isHeading(lines.get(j))
							&& !lines.get(j).isTableLine(); j++) {
						block.add(lines.get(j));
					}
					text = Prose.of(withoutProcedure(block)).replace('\n', ' ');
					break;
				}
			}
		}
		ParagraphKind kind = text == null && INFORMS.matcher(title).find() ? ParagraphKind.INFORMATION
				: kindOf(heading, text);
		List<String> points = decision == null ? List.of() : points(decision.lines());
		return new Decision(decision, heading, text, points, kind);
	}

	private static ParagraphKind kindOf(String heading, String text) {
		if (heading != null && heading.toLowerCase(Locale.ROOT).contains("förslag till")) {
			return ParagraphKind.PROPOSAL_TO_COUNCIL;
		}
		if (text != null && text.length() < NOTE_LENGTH && TAKES_NOTE.matcher(text).find() && !DECIDES.matcher(text).find()) {
			return ParagraphKind.INFORMATION;
		}
		return ParagraphKind.DECISION;
	}

	private static List<String> points(List<ProtocolLine> lines) {
		List<String> points = new ArrayList<>();
		boolean numbered = lines.stream().anyMatch(l -> POINT.matcher(l.text()).matches());
		for (ProtocolLine line : withoutProcedure(lines)) {
			Matcher m = POINT.matcher(line.text());
			if (m.matches()) {
				points.add(m.group(2).strip());
			}
			else if (!numbered && ATT_CLAUSE.matcher(line.text()).matches()) {
				points.add(line.text());
			}
			else if (!points.isEmpty() && !line.isBlank()) {
				int last = points.size() - 1;
				points.set(last, points.get(last) + " " + line.text());
			}
		}
		return points;
	}

	/** A decision's lines without the blocks after it that only note attendance or immediate checking. */
	static List<ProtocolLine> withoutProcedure(List<ProtocolLine> lines) {
		int end = lines.size();
		while (end > 0) {
			int start = end;
			while (start > 0 && lines.get(start - 1).isBlank()) {
				start--;
			}
			int blockEnd = start;
			while (start > 0 && !lines.get(start - 1).isBlank()) {
				start--;
			}
			if (start == 0 || start == blockEnd) {
				break; // the first block is the decision itself
			}
			String block = String.join(" ", lines.subList(start, blockEnd).stream().map(ProtocolLine::text).toList());
			boolean procedural = Prose.SENTENCE_END.splitAsStream(block).allMatch(s -> PROCEDURE.matcher(s).find());
			if (!procedural) {
				break;
			}
			end = start;
		}
		return lines.subList(0, end);
	}

}
