package se.justera.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.justera.protocol.PdfGlyphs.Glyph;
import se.justera.protocol.PdfGlyphs.Rule;

/**
 * The lines of one PDF page in reading order, in the line model of {@link ProtocolLine}: glyphs on
 * one baseline make a line; a wide gap between glyph runs, or a vertical rule between them, starts
 * a new cell (a tab); the cells of the lines of one table are put in the table's columns (empty
 * cells kept, so a budget table keeps its columns); a real two-column region is read column by
 * column; bold and italic runs are marked {@code <b>}/{@code <i>}, a wholly bold line outside a
 * table as {@code **line**} (a heading, as in the text convention).
 */
final class PdfPageLayout {

	/** A run of glyphs of one style. */
	record Span(String text, boolean bold, boolean italic) {
	}

	/** Glyph runs between two wide gaps. */
	record Cell(float x0, float x1, List<Span> spans) {

		String text() {
			StringBuilder text = new StringBuilder();
			this.spans.forEach(s -> text.append(s.text()));
			return text.toString().strip();
		}

	}

	/** The cells on one baseline. */
	record Line(float y, float size, List<Cell> cells) {

		float x0() {
			return this.cells.get(0).x0();
		}

		float x1() {
			return this.cells.get(this.cells.size() - 1).x1();
		}

		String text() {
			StringBuilder text = new StringBuilder();
			for (Cell cell : this.cells) {
				text.append(text.isEmpty() ? "" : " ").append(cell.text());
			}
			return text.toString();
		}

		Line withCells(List<Cell> subset) {
			return new Line(this.y, this.size, subset);
		}

	}

	private PdfPageLayout() {
	}

	/** The page's glyphs as lines, top to bottom, each left to right. */
	static List<Line> lines(PdfGlyphs.Page page) {
		List<Glyph> glyphs = new ArrayList<>(page.glyphs());
		glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
		List<Line> lines = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		float baseline = 0;
		float size = 0;
		for (Glyph g : glyphs) {
			if (!current.isEmpty() && Math.abs(g.y() - baseline) > 0.4f * Math.max(size, g.size())) {
				addLine(lines, current, page.rules());
				current = new ArrayList<>();
			}
			if (current.isEmpty()) {
				baseline = g.y();
				size = g.size();
			}
			current.add(g);
		}
		addLine(lines, current, page.rules());
		return lines;
	}

	private static void addLine(List<Line> lines, List<Glyph> glyphs, List<Rule> rules) {
		float y = glyphs.isEmpty() ? 0 : glyphs.get(0).y();
		float size = 0;
		for (Glyph g : glyphs) {
			if (!g.isSpace()) {
				size = Math.max(size, g.size());
			}
		}
		java.util.Set<Glyph> runStarts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		List<Glyph> ordered = runsLeftToRight(glyphs, size, runStarts);
		List<Cell> cells = new ArrayList<>();
		CellBuilder cell = null;
		boolean space = false;
		float end = 0;
		for (Glyph g : ordered) {
			boolean overlaps = runStarts.contains(g) && g.x() < end - 0.5f;
			if (g.isSpace()) {
				space = cell != null;
				continue;
			}
			if (cell != null) {
				float gap = g.x() - end;
				// a run of text drawn over the end of the one before (a label overflowing its table cell) is a new cell
				if (gap > cellGap(size) || overlaps || ruleBetween(rules, end, g.x(), y, size)) {
					cells.add(cell.build());
					cell = null;
				}
				else if (space || gap > 0.2f * g.size()) {
					cell.append(" ", cell.bold, cell.italic);
				}
			}
			if (cell == null) {
				cell = new CellBuilder(g.x());
				end = g.end();
			}
			cell.append(g.text(), g.bold(), g.italic());
			cell.x1 = Math.max(cell.x1, g.end());
			end = Math.max(end, g.end());
			space = false;
		}
		if (cell != null) {
			cells.add(cell.build());
		}
		if (!cells.isEmpty()) {
			lines.add(new Line(y, size, cells));
		}
	}

	/**
	 * The line's glyphs as the runs the content stream drew them in (a run ends where the next glyph
	 * steps back to the left), the runs ordered by where they start: text that overlaps other text
	 * stays whole instead of being interleaved glyph by glyph.
	 */
	private static List<Glyph> runsLeftToRight(List<Glyph> glyphs, float size, java.util.Set<Glyph> runStarts) {
		List<Glyph> inStream = new ArrayList<>(glyphs);
		inStream.sort(Comparator.comparingInt(Glyph::order));
		List<List<Glyph>> runs = new ArrayList<>();
		List<Glyph> run = new ArrayList<>();
		float end = -Float.MAX_VALUE;
		for (Glyph g : inStream) {
			if (!run.isEmpty() && g.x() < end - 0.3f * size) {
				runs.add(run);
				run = new ArrayList<>();
				end = -Float.MAX_VALUE;
			}
			run.add(g);
			end = Math.max(end, g.end());
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		runs.sort(Comparator.comparingDouble(r -> r.get(0).x()));
		runs.forEach(r -> runStarts.add(r.get(0)));
		List<Glyph> ordered = new ArrayList<>(glyphs.size());
		runs.forEach(ordered::addAll);
		return ordered;
	}

	/** A gap this wide between glyphs is a column boundary, not a word space (justified prose stays below it). */
	static float cellGap(float size) {
		return Math.max(1.0f * size, 5f);
	}

	private static boolean ruleBetween(List<Rule> rules, float from, float to, float y, float size) {
		for (Rule rule : rules) {
			if (rule.x() > from - 0.5f && rule.x() < to + 0.5f && rule.top() < y - 0.5f * size && rule.bottom() > y - 0.2f * size) {
				return true;
			}
		}
		return false;
	}

	private static final class CellBuilder {

		private final float x0;

		private float x1;

		private final List<Span> spans = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private boolean bold;

		private boolean italic;

		CellBuilder(float x0) {
			this.x0 = x0;
			this.x1 = x0;
		}

		void append(String s, boolean bold, boolean italic) {
			if (this.text.length() > 0 && (bold != this.bold || italic != this.italic) && !s.isBlank()) {
				this.spans.add(new Span(this.text.toString(), this.bold, this.italic));
				this.text.setLength(0);
			}
			if (this.text.length() == 0) {
				this.bold = bold;
				this.italic = italic;
			}
			this.text.append(s);
		}

		Cell build() {
			if (this.text.length() > 0) {
				this.spans.add(new Span(this.text.toString(), this.bold, this.italic));
			}
			return new Cell(this.x0, this.x1, List.copyOf(this.spans));
		}

	}

	// ---- reading order: a real two-column region is read column by column ----

	/**
	 * The lines in reading order: where a vertical gutter near the middle of the page runs through
	 * a stretch of lines and both sides are wide one-cell prose (not a label column beside values,
	 * not a table's figures), the left column's lines come first, then the right's.
	 */
	static List<List<Line>> readingOrder(List<Line> lines, float pageWidth) {
		List<List<Line>> flows = new ArrayList<>();
		int start = 0;
		int i = 0;
		while (i < lines.size()) {
			int[] region = twoColumnRegion(lines, i, pageWidth);
			if (region == null) {
				i++;
				continue;
			}
			if (region[0] > start) {
				flows.add(lines.subList(start, region[0]));
			}
			float gutter = region[2];
			List<Line> left = new ArrayList<>();
			List<Line> right = new ArrayList<>();
			for (Line line : lines.subList(region[0], region[1])) {
				List<Cell> l = line.cells().stream().filter(c -> c.x1() <= gutter).toList();
				List<Cell> r = line.cells().stream().filter(c -> c.x0() >= gutter).toList();
				if (!l.isEmpty()) {
					left.add(line.withCells(l));
				}
				if (!r.isEmpty()) {
					right.add(line.withCells(r));
				}
			}
			flows.add(left);
			flows.add(right);
			start = region[1];
			i = region[1];
		}
		if (start < lines.size()) {
			flows.add(lines.subList(start, lines.size()));
		}
		return flows;
	}

	/** {from, to (exclusive), gutter x} of the two-column region starting at or after {@code from}, or null. */
	private static int[] twoColumnRegion(List<Line> lines, int from, float width) {
		int[] best = null;
		// x positions in a row that reach the same line are one gutter: judged once, at its middle
		int runEnd = -1;
		float runStart = 0;
		for (float x = 0.35f * width; x <= 0.65f * width + 2f; x += 2f) {
			int end = from;
			if (x <= 0.65f * width) {
				while (end < lines.size() && !crosses(lines.get(end), x)) {
					end++;
				}
			}
			if (end != runEnd || x > 0.65f * width) {
				float middle = (runStart + x - 2f) / 2;
				if (runEnd - from >= 6 && (best == null || runEnd - from > best[1] - best[0])
						&& isProse(lines.subList(from, runEnd), middle, width)) {
					best = new int[] { from, runEnd, (int) middle };
				}
				runEnd = end;
				runStart = x;
			}
		}
		return best;
	}

	private static boolean crosses(Line line, float x) {
		for (Cell cell : line.cells()) {
			if (cell.x0() < x - 1 && cell.x1() > x + 1) {
				return true;
			}
		}
		return false;
	}

	/** Both sides of the gutter hold wide prose: one cell per line on each side, most lines wider than a fifth of the page. */
	private static boolean isProse(List<Line> lines, float x, float width) {
		int[] left = new int[3];
		int[] right = new int[3];
		for (Line line : lines) {
			side(line, x, width, true, left);
			side(line, x, width, false, right);
		}
		return left[0] >= 3 && right[0] >= 3 && left[1] >= 0.8 * left[0] && right[1] >= 0.8 * right[0]
				&& left[2] >= 0.6 * left[0] && right[2] >= 0.6 * right[0];
	}

	/** Counts for one side of the gutter: {lines with text there, lines with one cell there, lines wider than a fifth of the page}. */
	private static void side(Line line, float x, float width, boolean left, int[] counts) {
		int cells = 0;
		float x0 = Float.MAX_VALUE;
		float x1 = -Float.MAX_VALUE;
		for (Cell c : line.cells()) {
			if (left ? c.x1() <= x : c.x0() >= x) {
				cells++;
				x0 = Math.min(x0, c.x0());
				x1 = Math.max(x1, c.x1());
			}
		}
		if (cells > 0) {
			counts[0]++;
			counts[1] += cells == 1 ? 1 : 0;
			counts[2] += x1 - x0 > 0.2f * width ? 1 : 0;
		}
	}

	// ---- tables: the cells of a run of lines put in common columns ----

	/** The lines of one flow as text lines, tables with their columns, blank lines where the page leaves a gap. */
	static List<String> text(List<Line> flow) {
		List<String> out = new ArrayList<>();
		float right = 0;
		for (Line line : flow) {
			right = Math.max(right, line.x1());
		}
		int i = 0;
		Line previous = null;
		while (i < flow.size()) {
			int start = tableStart(flow, i);
			int end = start > i ? tableEnd(flow, start) : tableEnd(flow, i);
			Line first = flow.get(i);
			if (previous != null && first.y() - previous.y() > 1.75f * Math.max(previous.size(), first.size())) {
				out.add("");
			}
			if (end > i) {
				out.addAll(table(flow.subList(i, end)));
				previous = flow.get(end - 1);
				i = end;
				continue;
			}
			List<Span> spans = new ArrayList<>(first.cells().get(0).spans());
			previous = first;
			i++;
			// a heading wrapped over two lines is one heading: a full bold line followed by a bold line like it
			while (isBold(previous) && previous.x1() >= 0.8f * right && i < flow.size() && isBold(flow.get(i))
					&& flow.get(i).cells().size() == 1 && Math.abs(flow.get(i).size() - previous.size()) < 0.5f
					&& Math.abs(flow.get(i).x0() - first.x0()) < 2f
					&& flow.get(i).y() - previous.y() <= 1.6f * previous.size()) {
				spans.add(new Span(" ", true, false));
				spans.addAll(flow.get(i).cells().get(0).spans());
				previous = flow.get(i);
				i++;
			}
			out.add(markup(spans, true));
		}
		return out;
	}

	private static boolean isBold(Line line) {
		return line.cells().size() == 1 && line.cells().get(0).spans().stream().allMatch(s -> s.bold() || s.text().isBlank());
	}

	/**
	 * Where a table starts that the lines from {@code from} belong to: one-cell lines right above a
	 * table, standing in its later columns (a header over the figures only, "Friskvårdsbidrag" /
	 * "2023"), are its first rows. Returns {@code from} when they are not.
	 */
	private static int tableStart(List<Line> flow, int from) {
		int k = from;
		while (k < flow.size() && flow.get(k).cells().size() == 1 && k - from < 3) {
			if (k + 1 >= flow.size() || flow.get(k + 1).y() - flow.get(k).y() > 2.4f * Math.max(flow.get(k).size(), flow.get(k + 1).size())) {
				return from;
			}
			k++;
		}
		if (k == from || k >= flow.size()) {
			return from;
		}
		List<float[]> columns = columns(flow.subList(k, tableEnd(flow, k)));
		for (int j = from; j < k; j++) {
			if (columns.size() < 2 || flow.get(j).cells().get(0).x0() < columns.get(1)[0] - 3f) {
				return from;
			}
		}
		return k;
	}

	/** The end (exclusive) of the table starting at line {@code from}, or {@code from} when no table starts there. */
	private static int tableEnd(List<Line> flow, int from) {
		if (flow.get(from).cells().size() < 2) {
			return from;
		}
		int end = from + 1;
		List<float[]> columns = columns(flow.subList(from, end));
		while (end < flow.size()) {
			Line line = flow.get(end);
			Line before = flow.get(end - 1);
			boolean close = line.y() - before.y() <= 2.4f * Math.max(line.size(), before.size());
			if (!close) {
				break;
			}
			if (line.cells().size() >= 2) {
				end++;
				columns = columns(flow.subList(from, end));
				continue;
			}
			// one cell: in the table if it stands in a column right of the first (a value under a value),
			// or if the table goes on right after it (a group row such as "Kommunstyrelseförvaltningen")
			Cell cell = line.cells().get(0);
			boolean inLaterColumn = columns.size() >= 2 && cell.x0() >= columns.get(1)[0] - 3f;
			boolean tableGoesOn = end + 1 < flow.size() && flow.get(end + 1).cells().size() >= 2
					&& flow.get(end + 1).y() - line.y() <= 2.4f * Math.max(line.size(), flow.get(end + 1).size());
			if (inLaterColumn || tableGoesOn) {
				end++;
				continue;
			}
			break;
		}
		return end;
	}

	/** The table's columns {x0, x1}: from the lines with the most cells, their k-th cells' extents. */
	private static List<float[]> columns(List<Line> table) {
		int most = table.stream().mapToInt(l -> l.cells().size()).max().orElse(1);
		List<float[]> columns = new ArrayList<>();
		for (int k = 0; k < most; k++) {
			columns.add(new float[] { Float.MAX_VALUE, -Float.MAX_VALUE });
		}
		for (Line line : table) {
			if (line.cells().size() == most) {
				for (int k = 0; k < most; k++) {
					Cell cell = line.cells().get(k);
					columns.get(k)[0] = Math.min(columns.get(k)[0], cell.x0());
					columns.get(k)[1] = Math.max(columns.get(k)[1], cell.x1());
				}
			}
		}
		// a column ends where the next begins: a label running on under the next column does not widen its own
		for (int k = 0; k + 1 < most; k++) {
			columns.get(k)[1] = Math.min(columns.get(k)[1], columns.get(k + 1)[0] - 0.5f);
		}
		return columns;
	}

	private static List<String> table(List<Line> table) {
		List<float[]> columns = columns(table);
		List<String> out = new ArrayList<>();
		for (Line line : table) {
			String[] cells = new String[columns.size()];
			for (Cell cell : line.cells()) {
				int k = column(columns, cell);
				String text = markup(cell.spans(), false);
				cells[k] = cells[k] == null ? text : cells[k] + " " + text;
			}
			StringBuilder row = new StringBuilder();
			for (int k = 0; k < cells.length; k++) {
				row.append(k == 0 ? "" : "\t").append(cells[k] == null ? "" : cells[k]);
			}
			out.add(row.toString());
		}
		return out;
	}

	/** The first column the cell overlaps (a header spanning columns stands in its first), else the nearest. */
	private static int column(List<float[]> columns, Cell cell) {
		for (int k = 0; k < columns.size(); k++) {
			float[] c = columns.get(k);
			if (cell.x0() < c[1] - 0.5f && cell.x1() > c[0] + 0.5f) {
				return k;
			}
		}
		int nearest = 0;
		float distance = Float.MAX_VALUE;
		for (int k = 0; k < columns.size(); k++) {
			float[] c = columns.get(k);
			float d = cell.x1() < c[0] ? c[0] - cell.x1() : cell.x0() - c[1];
			if (d < distance) {
				distance = d;
				nearest = k;
			}
		}
		return nearest;
	}

	/** Spans as text with their style: {@code <b>}, {@code <i>}; a wholly bold line (outside a table) as {@code **line**}. */
	static String markup(List<Span> spans, boolean line) {
		// literal markdown characters are escaped, as in the text convention ("\_\_\_" for a signature line)
		spans = spans.stream().map(s -> new Span(s.text().replace("_", "\\_").replace("*", "\\*"), s.bold(), s.italic())).toList();
		boolean allBold = spans.stream().allMatch(s -> s.bold() || s.text().isBlank());
		boolean allItalic = spans.stream().allMatch(s -> s.italic() || s.text().isBlank());
		StringBuilder text = new StringBuilder();
		if (line && allBold && !allItalic) {
			spans.forEach(s -> text.append(s.text()));
			String t = text.toString().strip();
			return t.isEmpty() ? t : "**" + t + "**";
		}
		for (Span s : spans) {
			String t = s.text();
			String core = t.strip();
			if (core.isEmpty()) {
				text.append(t);
				continue;
			}
			String lead = t.substring(0, t.indexOf(core));
			String trail = t.substring(t.indexOf(core) + core.length());
			if (s.italic()) {
				core = "<i>" + core + "</i>";
			}
			if (s.bold()) {
				core = "<b>" + core + "</b>";
			}
			text.append(lead).append(core).append(trail);
		}
		return text.toString().strip();
	}

}
