package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.justera.protocol.Protocol.Ballot;
import se.justera.protocol.Protocol.BudgetReport;
import se.justera.protocol.Protocol.DataRow;
import se.justera.protocol.Protocol.DataTable;

/**
 * Reads the tables of a paragraph (tab-separated blocks of lines, a row label wrapped onto the line
 * above its figures included): a budget table in the sample's six columns
 * ({@link SixColumnBudgetReader}) or with columns named by its header ({@link BudgetTableReader}),
 * a voting table ({@link VoteReader#ballotTable}), or any other table as rows of cells. A budget
 * table it cannot map is kept as a plain table with a reading note.
 */
final class ParagraphTableReader {

	/** A table's title or unit ("tkr") is within the few lines with text above it. */
	private static final int LINES_ABOVE = 3;

	/** A wrapped row label ("Barn- och" over "utbildningsnämnden ...") is short. */
	private static final int WRAPPED_LABEL_LENGTH = 40;

	/** The tables of one paragraph, and what could not be read of them. */
	record Tables(List<BudgetReport> budgets, List<DataTable> tables, List<Ballot> ballots, List<ReadingNote> notes) {
	}

	private final VoteReader votes;

	ParagraphTableReader(VoteReader votes) {
		this.votes = votes;
	}

	Tables read(List<ProtocolLine> lines) {
		List<BudgetReport> budgets = new ArrayList<>();
		List<DataTable> tables = new ArrayList<>();
		List<Ballot> ballots = new ArrayList<>();
		List<ReadingNote> notes = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			if (!lines.get(i).isTableLine()) {
				i++;
				continue;
			}
			int start = i;
			while (i < lines.size() && (lines.get(i).isTableLine() || isWrappedRowLabel(lines, i))) {
				i++;
			}
			List<ProtocolLine> block = lines.subList(start, i);
			if (block.stream().allMatch(l -> l.cells().stream().filter(c -> !c.isEmpty()).count() < 2)) {
				continue;
			}
			int header = SixColumnBudgetReader.header(block);
			BudgetReport mapped = header < 0 && BudgetTableReader.isBudgetTable(block)
					? BudgetTableReader.read(block, titleAbove(lines, start, new String[] { "tkr" })) : null;
			if (mapped != null) {
				budgets.add(mapped);
			}
			else if (header >= 0 || BudgetTableReader.isBudgetTable(block)) {
				try {
					if (header < 0) {
						throw new SixColumnBudgetReader.Unreadable("The budget table's columns could not be matched to its"
								+ " header (" + block.get(0).text() + ")", block.get(0).number());
					}
					String[] unit = { "tkr" };
					String title = titleAbove(lines, start, unit);
					budgets.add(SixColumnBudgetReader.read(block, header, title, unit[0]));
				}
				catch (SixColumnBudgetReader.Unreadable unreadable) {
					BudgetReport byHeaders = BudgetTableReader.read(block, titleAbove(lines, start, new String[] { "tkr" }));
					if (byHeaders != null) {
						// not the six columns of the sample's layout, but its header names them
						budgets.add(byHeaders);
						continue;
					}
					// the rest of the minutes is still readable: keep the table as a table and say what failed
					ProtocolLine at = lines.stream().filter(l -> l.number() == unreadable.line()).findFirst().orElse(block.get(0));
					notes.add(ReadingNote.warning(at.number(), at.page(), ReadingNote.BUDGET_TABLE,
							unreadable.getMessage() + " (line " + at.number() + "); the budget table was kept as a plain"
									+ " table and its figures are not checked"));
					tables.add(new DataTable(null, block.stream().map(l -> new DataRow(false, l.cells())).toList()));
				}
			}
			else if (VoteReader.ballotHeader(block.get(0)) != null) {
				ballots.addAll(this.votes.ballotTable(block));
			}
			else {
				tables.add(dataTable(lines, start, block));
			}
		}
		return new Tables(budgets, tables, ballots, notes);
	}

	/** "Barn- och" over "utbildningsnämnden  212 500 ...": a row's label wrapped onto the line above its figures. */
	private static boolean isWrappedRowLabel(List<ProtocolLine> lines, int i) {
		ProtocolLine line = lines.get(i);
		return i > 0 && lines.get(i - 1).isTableLine() && !line.isBlank() && !line.isTableLine()
				&& line.text().length() <= WRAPPED_LABEL_LENGTH && i + 1 < lines.size() && lines.get(i + 1).isTableLine()
				&& !lines.get(i + 1).cells().isEmpty() && !lines.get(i + 1).cells().get(0).isBlank()
				&& Character.isLowerCase(lines.get(i + 1).cells().get(0).charAt(0));
	}

	/** The title above a table (the first line with text, past a unit line such as "Belopp i tkr", which sets {@code unit[0]}). */
	private static String titleAbove(List<ProtocolLine> lines, int start, String[] unit) {
		int looked = 0;
		for (int j = start - 1; j >= 0 && looked < LINES_ABOVE; j--) {
			ProtocolLine line = lines.get(j);
			if (line.isBlank()) {
				continue;
			}
			looked++;
			String text = line.text();
			if (text.matches("(?iu)(belopp i )?(tkr|mkr|tusental kronor|miljoner kronor)")) {
				unit[0] = text.toLowerCase(Locale.ROOT).contains("m") && !text.toLowerCase(Locale.ROOT).contains("tkr")
						? "mkr" : "tkr";
				continue;
			}
			return text;
		}
		return null;
	}

	private static DataTable dataTable(List<ProtocolLine> lines, int start, List<ProtocolLine> block) {
		String title = titleAbove(lines, start, new String[1]);
		List<DataRow> rows = new ArrayList<>();
		boolean inHeader = true;
		for (ProtocolLine line : block) {
			List<String> cells = line.cells();
			List<String> raw = List.of(line.raw().split("\t", -1));
			boolean allBold = true;
			for (int c = 0; c < raw.size(); c++) {
				if (!cells.get(c).isEmpty() && !(raw.get(c).contains("<b>") || raw.get(c).contains("**"))) {
					allBold = false;
				}
			}
			inHeader = inHeader && allBold;
			rows.add(new DataRow(inHeader, cells));
		}
		return new DataTable(title, rows);
	}

}
