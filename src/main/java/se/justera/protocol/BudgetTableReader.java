package se.justera.protocol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.protocol.Protocol.BudgetLine;
import se.justera.protocol.Protocol.BudgetReport;

/**
 * A budget table of any number of columns, mapped by its header rows' words: Budget, Utfall,
 * Prognos, Avvikelse, each for the period so far or the full year (a group header "Helår 2024"
 * or "Januari–mars 2024" over them, or the word in the column's own header). A second Utfall
 * column is last year's actual for the period, a second Prognos the previous report's forecast,
 * Förändring the change since it, a deviation in % the percentage; any other column is left out. Amounts in mnkr become tkr; negatives may be written -, − or in
 * parentheses; a label wrapped over two lines is one label; a row without a label is a total.
 */
final class BudgetTableReader {

	/** The six figures the rules read, then the columns beside them, in the order of {@link BudgetLine}. */
	enum Column {
		PERIOD_BUDGET, PERIOD_ACTUAL, PERIOD_DEVIATION, YEAR_BUDGET, YEAR_FORECAST, YEAR_DEVIATION,
		PRIOR_YEAR_PERIOD_ACTUAL, PREVIOUS_FORECAST, FORECAST_CHANGE, YEAR_DEVIATION_PERCENT
	}

	private static final Pattern FIGURE = Pattern.compile("^\\(?[-−–]?\\s?\\d{1,3}(?:[ \u00A0]\\d{3})*(?:,\\d+)?\\)?$|^\\(?[-−–]?\\d+(?:,\\d+)?\\)?$");

	private static final Pattern PERIOD = Pattern.compile(
			"(?iu).*\\b(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|januari|februari|mars|april|juni|juli|augusti|september|oktober|november|december|period|t\\.?o\\.?m\\.?|ack).*");

	private static final Pattern FULL_YEAR = Pattern.compile("(?iu).*\\b(helår|årsbudget|år)\\b.*");

	private BudgetTableReader() {
	}

	/** Whether a block of table lines is a budget table this reader maps: "budget" and "prognos" or "utfall" in its header. */
	static boolean isBudgetTable(List<ProtocolLine> block) {
		for (ProtocolLine line : block.subList(0, Math.min(3, block.size()))) {
			String lower = line.clean().toLowerCase(Locale.ROOT);
			if (lower.contains("budget") && (lower.contains("prognos") || lower.contains("utfall"))) {
				return true;
			}
		}
		return false;
	}

	/** The table's rows with their figures, or null when its figure columns cannot be matched to its header. */
	static BudgetReport read(List<ProtocolLine> block, String title) {
		// the first row with a label and figures; figures alone under the header are more header ("2004 2003")
		int firstData = 0;
		while (firstData < block.size()
				&& (figures(block.get(firstData)).isEmpty() || label(block.get(firstData)) == null)) {
			firstData++;
		}
		if (firstData == 0 || firstData >= block.size()) {
			return null;
		}
		int width = figures(block.get(firstData)).size();
		String firstLabel = label(block.get(firstData));
		if (firstData > 1 && Character.isLowerCase(firstLabel.charAt(0)) && block.get(firstData - 1).cells().size() == 1) {
			firstData--; // "Barn- och" over "utbildningsnämnden 212 500 ...": the first row's label began above it
		}
		List<ProtocolLine> header = block.subList(0, firstData);
		String unit = header.get(0).cells().get(0).toLowerCase(Locale.ROOT).strip();
		boolean millions = unit.matches("m(n)?kr|miljoner kronor") || title != null && title.toLowerCase(Locale.ROOT).contains("mnkr");
		Map<Column, Integer> columns = columns(header, width);
		if (!columns.containsKey(Column.YEAR_BUDGET) && !columns.containsKey(Column.PERIOD_BUDGET)) {
			return null;
		}
		List<BudgetLine> rows = new ArrayList<>();
		String pendingLabel = null;
		for (ProtocolLine line : block.subList(firstData, block.size())) {
			List<String> figures = figures(line);
			String label = label(line);
			if (figures.isEmpty()) {
				pendingLabel = pendingLabel == null ? label : pendingLabel + " " + label;
				continue;
			}
			if (pendingLabel != null) {
				label = label == null ? pendingLabel : pendingLabel + " " + label;
				pendingLabel = null;
			}
			if (figures.size() != width) {
				return null;
			}
			Long[] six = new Long[Column.values().length];
			BigDecimal percent = null;
			for (Map.Entry<Column, Integer> column : columns.entrySet()) {
				if (column.getKey() == Column.YEAR_DEVIATION_PERCENT) {
					percent = percent(figures.get(column.getValue()));
					continue;
				}
				long amount = amount(figures.get(column.getValue()), millions);
				if (Math.abs(amount) > Integer.MAX_VALUE) {
					throw new InvalidProtocolException("Budget figure '" + figures.get(column.getValue())
							+ "' is out of range: at most " + Integer.MAX_VALUE + " either way", line.number());
				}
				six[column.getKey().ordinal()] = amount;
			}
			boolean total = isTotal(label, line.isBold());
			rows.add(new BudgetLine(label, total ? BudgetLineLevel.TOTAL : BudgetLineLevel.DETAIL,
					line.isBold() ? Emphasis.BOLD : Emphasis.NONE, null, six[0], six[1], six[2], six[3], six[4], six[5],
					six[6], six[7], six[8], percent));
		}
		return new BudgetReport(title, "tkr", null, null, rows);
	}

	/**
	 * Whether a row with figures is a total: bold, or without a label (the sum under the rows it
	 * adds), or labelled as one ("Summa nämnder", "Totalt", "Förvaltningen totalt"). Plain text has
	 * no bold, so the words are what mark it there.
	 */
	static boolean isTotal(String label, boolean bold) {
		if (bold || label == null) {
			return true;
		}
		String lower = label.toLowerCase(Locale.ROOT);
		return lower.matches("(summa|totalt|total|samtliga).*") || lower.endsWith("totalt");
	}

	/** Each of the six figures' column among the row's figures, from the words above it. */
	private static Map<Column, Integer> columns(List<ProtocolLine> header, int width) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			names.add("");
		}
		for (ProtocolLine row : header) {
			List<String> cells = new ArrayList<>(row.cells().stream().filter(c -> !c.isBlank()).toList());
			if (!cells.isEmpty() && cells.get(0).toLowerCase(Locale.ROOT).matches("t?kr|m(n)?kr|belopp.*|tusental kronor")) {
				cells.remove(0);
			}
			List<String> words = cells.stream().flatMap(c -> java.util.Arrays.stream(c.split("\\s+"))).toList();
			if (cells.size() != width && words.size() == width) {
				cells = new ArrayList<>(words); // "Utfall Avvikelse" set one space apart: one header a word
			}
			if (cells.size() == width) {
				for (int i = 0; i < width; i++) {
					names.set(i, (names.get(i) + " " + cells.get(i)).strip());
				}
			}
			else if (cells.size() > 0 && width % cells.size() == 0) {
				// a group header over several columns: "Januari–mars 2024" over three, "Helår 2024" over three
				int span = width / cells.size();
				for (int i = 0; i < width; i++) {
					names.set(i, (cells.get(i / span) + " " + names.get(i)).strip());
				}
			}
		}
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		for (int i = 0; i < width; i++) {
			String name = names.get(i).toLowerCase(Locale.ROOT);
			boolean period = PERIOD.matcher(name).matches() && !FULL_YEAR.matcher(name).matches();
			Column column = null;
			if (name.contains("förändring")) {
				column = Column.FORECAST_CHANGE;
			}
			else if (name.contains("%") || name.contains("procent")) {
				column = name.contains("avvikelse") || name.contains("avv.") ? Column.YEAR_DEVIATION_PERCENT : null;
			}
			// "Avvikelse mot budget" is a deviation: the kind of figure first, what it is set against after
			else if (name.contains("avvikelse") || name.contains("avv.")) {
				column = period ? Column.PERIOD_DEVIATION : Column.YEAR_DEVIATION;
			}
			else if (name.contains("budget")) {
				column = period ? Column.PERIOD_BUDGET : Column.YEAR_BUDGET;
			}
			else if (name.contains("utfall")) {
				column = Column.PERIOD_ACTUAL;
			}
			else if (name.contains("prognos")) {
				column = Column.YEAR_FORECAST;
			}
			// a second Utfall is the same period a year before, a second Prognos the previous report's
			if (column == Column.PERIOD_ACTUAL && columns.containsKey(column)) {
				column = Column.PRIOR_YEAR_PERIOD_ACTUAL;
			}
			else if (column == Column.YEAR_FORECAST && columns.containsKey(column)) {
				column = Column.PREVIOUS_FORECAST;
			}
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		return columns;
	}

	/** The figures at the end of a row, right to left until the first cell that is none (its label). */
	private static List<String> figures(ProtocolLine line) {
		List<String> cells = line.cells();
		List<String> figures = new ArrayList<>();
		for (int i = cells.size() - 1; i >= 0; i--) {
			String cell = cells.get(i).strip();
			if (cell.isEmpty()) {
				continue;
			}
			if (!FIGURE.matcher(cell).matches()) {
				break;
			}
			figures.add(0, cell);
		}
		return figures;
	}

	private static String label(ProtocolLine line) {
		String first = line.cells().isEmpty() ? "" : line.cells().get(0).strip();
		return first.isEmpty() || FIGURE.matcher(first).matches() ? null : first;
	}

	/** "0,4", "(1,3)", "−2,0" as a percentage. */
	static BigDecimal percent(String written) {
		String s = written.replace('\u00A0', ' ').replace(" ", "").replace('−', '-').replace('–', '-');
		boolean negative = s.startsWith("(") && s.endsWith(")") || s.startsWith("-");
		BigDecimal value = new BigDecimal(s.replaceAll("[()\\-]", "").replace(',', '.'));
		return negative ? value.negate() : value;
	}

	/** "48 200", "−1,2" mnkr, "(2 800)" as whole tkr. */
	static long amount(String written, boolean millions) {
		String s = written.replace('\u00A0', ' ').replace(" ", "").replace('−', '-').replace('–', '-');
		boolean negative = s.startsWith("(") && s.endsWith(")") || s.startsWith("-");
		s = s.replaceAll("[()\\-]", "").replace(',', '.');
		BigDecimal value = new BigDecimal(s);
		if (millions) {
			value = value.multiply(BigDecimal.valueOf(1000));
		}
		long whole = value.setScale(0, RoundingMode.HALF_UP).longValueExact();
		return negative ? -whole : whole;
	}

}
