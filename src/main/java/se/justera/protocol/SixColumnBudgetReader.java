package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.protocol.Protocol.BudgetLine;
import se.justera.protocol.Protocol.BudgetReport;

/**
 * Reads a budget follow-up table in the sample's layout: a header row with "Budget" and "Utfall" or
 * "Prognos", the period's and the year's columns named on the row above it, six figures a row
 * (budget, actual and deviation for the period; budget, forecast and deviation for the year), group
 * rows without figures, bold totals, italic or "varav" sub-rows. A table it cannot read is
 * {@link Unreadable}, for the caller to try other layouts and else to note.
 */
final class SixColumnBudgetReader {

	/**
	 * The largest budget figure read, in absolute value: what the API's Int carries (and far beyond
	 * any municipality's budget in tkr); a larger one is refused with its line, not overflowed.
	 */
	static final long LARGEST_FIGURE = Integer.MAX_VALUE;

	private static final int FIGURES = 6;

	/** A budget table that is not in this layout: noted, never a refusal of the minutes. */
	static final class Unreadable extends RuntimeException {

		private final int line;

		Unreadable(String message, int line) {
			super(message);
			this.line = line;
		}

		int line() {
			return this.line;
		}

	}

	private SixColumnBudgetReader() {
	}

	/** The index in {@code block} of the header row ("Budget" with "Utfall" or "Prognos"), or -1. */
	static int header(List<ProtocolLine> block) {
		for (int i = 0; i < block.size(); i++) {
			List<String> cells = block.get(i).cells().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
			if (cells.contains("budget") && (cells.contains("utfall") || cells.contains("prognos"))) {
				return i;
			}
		}
		return -1;
	}

	/** The table {@code block} whose header row is {@code header}, titled {@code title} in {@code unit}. */
	static BudgetReport read(List<ProtocolLine> block, int header, String title, String unit) {
		String period = null;
		String fullYear = null;
		if (header > 0) {
			List<String> periodCells = new ArrayList<>();
			for (String cell : block.get(header - 1).cells()) {
				if (cell.matches("(?iu)(belopp i )?(tkr|mn?kr)")) {
					unit = cell.toLowerCase(Locale.ROOT).matches(".*mn?kr") ? "mkr" : "tkr";
				}
				else if (!cell.isEmpty()) {
					periodCells.add(cell);
				}
			}
			period = periodCells.isEmpty() ? null : periodCells.get(0);
			fullYear = periodCells.size() > 1 ? periodCells.get(1) : null;
		}
		List<BudgetLine> rows = new ArrayList<>();
		Integer group = null;
		Integer lastBold = null;
		for (ProtocolLine line : block.subList(header + 1, block.size())) {
			List<String> cells = line.cells();
			String label = cells.get(0).isEmpty() ? null : cells.get(0);
			List<Long> figures = new ArrayList<>();
			for (String cell : cells.subList(1, cells.size())) {
				if (!cell.isEmpty()) {
					figures.add(amount(cell, line.number()));
				}
			}
			Emphasis emphasis = line.raw().contains("<b>") || line.raw().contains("**") ? Emphasis.BOLD
					: line.raw().contains("<i>") ? Emphasis.ITALIC : Emphasis.NONE;
			int index = rows.size();
			if (figures.isEmpty()) {
				rows.add(new BudgetLine(label, BudgetLineLevel.GROUP, emphasis, null, null, null, null, null, null,
						null));
				group = index;
				lastBold = null;
				continue;
			}
			if (figures.size() != FIGURES) {
				throw new Unreadable("Budget table row '" + (label == null ? "" : label) + "' has "
						+ figures.size() + " figures; expected 6 (budget, actual and deviation for the period;"
						+ " budget, forecast and deviation for the year)", line.number());
			}
			Integer parent = null;
			BudgetLineLevel level = BudgetTableReader.isTotal(label, emphasis == Emphasis.BOLD) ? BudgetLineLevel.TOTAL
					: BudgetLineLevel.DETAIL;
			if (emphasis == Emphasis.ITALIC) {
				parent = lastBold;
			}
			else if (label != null && label.matches("(?iu)^[-–]?\\s*varav\\b.*")) {
				parent = index - 1;
				while (parent >= 0 && rows.get(parent).label() != null
						&& rows.get(parent).label().matches("(?iu)^[-–]?\\s*varav\\b.*")) {
					parent--;
				}
			}
			else if (group != null) {
				parent = group;
			}
			if (level == BudgetLineLevel.TOTAL) {
				if (label == null && group != null) {
					parent = group;
				}
				group = null;
				lastBold = index;
			}
			rows.add(new BudgetLine(label, level, emphasis, parent, figures.get(0), figures.get(1), figures.get(2),
					figures.get(3), figures.get(4), figures.get(5)));
		}
		return new BudgetReport(title, unit, period, fullYear, rows);
	}

	private static long amount(String cell, int line) {
		String digits = cell.replaceAll("[\\s\\u00a0]", "").replace('−', '-').replace('–', '-');
		if (!digits.matches("-?\\d+")) {
			throw new Unreadable("Budget figure '" + cell + "' is not a whole number of kronor", line);
		}
		return figure(cell, digits, line);
	}

	/** A budget figure's digits (with a sign) as a number, at most {@link #LARGEST_FIGURE} either way. */
	static long figure(String written, String digits, int line) {
		String significant = digits.replaceFirst("^(-?)0+(?=\\d)", "$1");
		if (significant.replace("-", "").length() > 10 || Math.abs(Long.parseLong(significant)) > LARGEST_FIGURE) {
			throw new InvalidProtocolException("Budget figure '" + (written.length() > 40 ? written.substring(0, 40) + "…" : written)
					+ "' is out of range: at most " + LARGEST_FIGURE + " either way", line);
		}
		return Long.parseLong(significant);
	}

}
