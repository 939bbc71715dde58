package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.budget.BudgetLineLevel;
import se.justera.protocol.Protocol.BudgetNote;
import se.justera.protocol.Protocol.BudgetReport;

/**
 * Reads the notes on a budget's deviations: "Socialnämnden – 3 300 tkr" on a line of its own over
 * the note's text, and whether the note reports measures; or, for a unit's own follow-up with a
 * section of measures ("Handlingsplan"), a note for each table's total.
 */
final class BudgetNoteReader {

	private static final Pattern BUDGET_NOTE = Pattern.compile("^(\\p{Lu}[\\p{L} -]{2,60}?)\\s+[–−-]\\s*(-?\\s?\\d[\\d \u00A0]*)\\s*tkr$");

	/** "Handlingsplan", "Åtgärdsplan", "Åtgärder": a section with the measures for a deficit. */
	private static final Pattern ACTION_PLAN_HEADING = Pattern.compile("(?iu)^(handlingsplan|åtgärdsplan|åtgärder)$");

	private static final Pattern MEASURES = Pattern.compile("(?iu)handlingsplan|åtgärdsplan|åtgärder");

	private static final Pattern NO_MEASURES = Pattern
		.compile("(?iu)\\b(inte|ej|inga|saknar)\\b[^.]{0,60}\\b(åtgärd\\p{L}*|handlingsplan\\p{L}*|åtgärdsplan\\p{L}*)");

	/** An action plan's heading is short. */
	private static final int ACTION_PLAN_HEADING_LENGTH = 40;

	private final ParagraphHeadings headings;

	BudgetNoteReader(ParagraphHeadings headings) {
		this.headings = headings;
	}

	/** Measures named, and not only their absence ("har ännu inte beslutat om några åtgärder"). */
	static boolean reportsMeasures(String text) {
		return MEASURES.matcher(text).find() && !NO_MEASURES.matcher(text).find();
	}

	List<BudgetNote> read(List<ProtocolLine> lines, List<BudgetReport> reports) {
		List<BudgetNote> notes = new ArrayList<>();
		// "Socialnämnden – 3 300 tkr" on a line of its own, bold or not, over the note's text
		for (int i = 0; i < lines.size(); i++) {
			ProtocolLine line = lines.get(i);
			Matcher m = line.isTableLine() ? null : BUDGET_NOTE.matcher(line.text());
			if (m == null || !m.matches()) {
				continue;
			}
			List<ProtocolLine> body = new ArrayList<>();
			for (int j = i + 1; j < lines.size() && !BUDGET_NOTE.matcher(lines.get(j).text()).matches()
					&& !(this.headings.isHeading(lines.get(j)) && !lines.get(j).isMarkedHeading()); j++) {
				if (lines.get(j).isMarkedHeading() && !body.isEmpty()) {
					break;
				}
				body.add(lines.get(j));
			}
			String text = Prose.of(Prose.withoutTables(body));
			notes.add(new BudgetNote(m.group(1).strip(),
					SixColumnBudgetReader.figure(m.group(2), m.group(2).replaceAll("[\\s\u00A0]", ""), line.number()), text,
					reportsMeasures(text)));
		}
		// a unit's own follow-up with a section of measures ("Handlingsplan"): measures for the table's total
		boolean actionPlan = lines.stream().anyMatch(l -> !l.isTableLine() && l.text().length() < ACTION_PLAN_HEADING_LENGTH
				&& ACTION_PLAN_HEADING.matcher(l.text().replaceAll(":$", "")).matches());
		if (notes.isEmpty() && actionPlan) {
			for (BudgetReport report : reports) {
				report.lines().stream().filter(l -> l.level() == BudgetLineLevel.TOTAL && l.label() != null).findFirst()
					.ifPresent(total -> notes.add(new BudgetNote(total.label().replaceFirst("(?iu)\\s+totalt$", ""),
							total.yearDeviation() == null ? null : Math.abs(total.yearDeviation()),
							"Åtgärder redovisas under rubriken om handlingsplan.", true)));
			}
		}
		return notes;
	}

}
