package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import se.justera.protocol.TestPdf.Face;

/**
 * Lays minutes written in the line model (pages split by form feeds or by three blank lines, tabs
 * between table cells, {@code #} headings, {@code **bold**}, {@code <b>}/{@code <i>}) out as a PDF,
 * the way a word processor or a minute system prints them: wrapped prose, headings in bold,
 * tables in columns (figures right-aligned, ruled or not), and a running header and footer on
 * every page with the page number. The reader must get the text back from the layout alone.
 */
final class MinutesPdf {

	/**
	 * How the pages look. Header and footer lines are cells separated by tabs (first left, last
	 * right, others centred), {@code {page}} and {@code {pages}} replaced; the first header line
	 * is bold when {@code boldHeader}.
	 */
	record Layout(String family, float size, boolean ruledTables, List<String> header, boolean boldHeader,
			List<String> footer, boolean rules) {
	}

	static final Layout WORD = new Layout("Helvetica", 10, true, List.of(), true,
			List.of("Justerandes signatur\t{page} ({pages})\tUtdragsbestyrkande"), false);

	static final float MARGIN = 56;

	private static final float TOP = 84;

	private static final float BOTTOM = TestPdf.HEIGHT - 76;

	private static final Pattern FIGURE = Pattern.compile("^[-−–(]?\\d[\\d  .,]*\\)?( kr.*| %)?$");

	private static final Pattern MARKUP = Pattern.compile("</?[bi]>|\\*\\*");

	private final Layout layout;

	private final TestPdf pdf;

	private final List<List<Consumer<TestPdf>>> pages = new ArrayList<>();

	private List<Consumer<TestPdf>> page;

	private float y;

	private MinutesPdf(Layout layout) {
		this.layout = layout;
		this.pdf = new TestPdf(layout.family());
	}

	/** The PDF of the text in the layout: each source page starts a new PDF page (a long one runs over). */
	static byte[] render(String text, Layout layout) {
		MinutesPdf minutes = new MinutesPdf(layout);
		try (TestPdf pdf = minutes.pdf) {
			for (String sourcePage : text.split("\f|\n\n\n\n+")) {
				if (sourcePage.isBlank() && minutes.pages.isEmpty()) {
					continue;
				}
				minutes.newPage();
				minutes.body(sourcePage.replaceAll("^\\n+", "").lines().toList());
			}
			int count = minutes.pages.size();
			for (int p = 0; p < count; p++) {
				pdf.newPage();
				for (Consumer<TestPdf> op : minutes.pages.get(p)) {
					op.accept(pdf);
				}
				minutes.furniture(p + 1, count);
			}
			return pdf.bytes();
		}
	}

	private void newPage() {
		this.page = new ArrayList<>();
		this.pages.add(this.page);
		this.y = TOP;
	}

	private void furniture(int number, int count) {
		float size = this.layout.size() - 1;
		float top = 40;
		for (int i = 0; i < this.layout.header().size(); i++) {
			Face face = i == 0 && this.layout.boldHeader() ? Face.BOLD : Face.REGULAR;
			cells(this.layout.header().get(i), number, count, top + i * (size + 4), face, size + (i == 0 ? 1 : 0));
		}
		if (this.layout.rules() && !this.layout.header().isEmpty()) {
			this.pdf.line(MARGIN, top + (this.layout.header().size() - 1) * (size + 4) + 6, TestPdf.WIDTH - MARGIN,
					top + (this.layout.header().size() - 1) * (size + 4) + 6);
		}
		float bottom = TestPdf.HEIGHT - 44;
		if (this.layout.rules() && !this.layout.footer().isEmpty()) {
			this.pdf.line(MARGIN, bottom - size - 4, TestPdf.WIDTH - MARGIN, bottom - size - 4);
		}
		for (int i = 0; i < this.layout.footer().size(); i++) {
			cells(this.layout.footer().get(i), number, count, bottom + i * (size + 4), Face.REGULAR, size);
		}
	}

	private void cells(String template, int number, int count, float y, Face face, float size) {
		String[] cells = template.replace("{page}", String.valueOf(number)).replace("{pages}", String.valueOf(count)).split("\t");
		for (int c = 0; c < cells.length; c++) {
			float w = this.pdf.width(face, size, cells[c]);
			float x = c == 0 ? MARGIN : c == cells.length - 1 ? TestPdf.WIDTH - MARGIN - w : (TestPdf.WIDTH - w) / 2;
			this.pdf.text(x, y, face, size, cells[c]);
		}
	}

	private void body(List<String> lines) {
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i).replace("\\_", "_").replaceAll(" +$", "");
			if (line.indexOf('\t') >= 0) {
				int end = i;
				while (end < lines.size() && lines.get(end).indexOf('\t') >= 0) {
					end++;
				}
				table(lines.subList(i, end));
				i = end;
				continue;
			}
			i++;
			if (line.isBlank()) {
				this.y += this.layout.size() * 0.9f;
			}
			else if (line.equals("---")) {
				float at = this.y - this.layout.size() * 0.5f;
				this.page.add(p -> p.line(MARGIN, at, TestPdf.WIDTH - MARGIN, at));
				this.y += this.layout.size() * 0.8f;
			}
			else if (line.startsWith("#")) {
				int level = line.indexOf(' ');
				String heading = MARKUP.matcher(line.substring(level + 1)).replaceAll("");
				float size = this.layout.size() + Math.max(0, 4 - level);
				prose(List.of(new Span(heading, Face.BOLD)), size, 0);
			}
			else if (line.length() > 2 && line.startsWith("*") && !line.startsWith("**") && line.endsWith("*")) {
				prose(List.of(new Span(line.substring(1, line.length() - 1), Face.ITALIC)), this.layout.size(), 0);
			}
			else {
				float indent = line.startsWith("- ") ? this.pdf.width(Face.REGULAR, this.layout.size(), "- ") : 0;
				prose(spans(line), this.layout.size(), indent);
			}
		}
	}

	private record Span(String text, Face face) {
	}

	/** Inline markup as styled spans. */
	private static List<Span> spans(String line) {
		List<Span> spans = new ArrayList<>();
		boolean bold = false;
		boolean italic = false;
		var m = MARKUP.matcher(line);
		int at = 0;
		while (m.find()) {
			if (m.start() > at) {
				spans.add(new Span(line.substring(at, m.start()), face(bold, italic)));
			}
			switch (m.group()) {
				case "<b>" -> bold = true;
				case "</b>" -> bold = false;
				case "<i>" -> italic = true;
				case "</i>" -> italic = false;
				default -> bold = !bold;
			}
			at = m.end();
		}
		if (at < line.length()) {
			spans.add(new Span(line.substring(at), face(bold, italic)));
		}
		return spans;
	}

	private static Face face(boolean bold, boolean italic) {
		return bold && italic ? Face.BOLD_ITALIC : bold ? Face.BOLD : italic ? Face.ITALIC : Face.REGULAR;
	}

	/** Words wrapped to the text width; continuation lines indented by {@code indent}. */
	private void prose(List<Span> spans, float size, float indent) {
		float width = TestPdf.WIDTH - 2 * MARGIN;
		float x = 0;
		float pitch = size * 1.3f;
		ensure(pitch);
		for (Span span : spans) {
			String[] words = span.text().split("(?<= )");
			for (String word : words) {
				float w = this.pdf.width(span.face(), size, word.stripTrailing());
				if (x > indent && x + w > width) {
					this.y += pitch;
					ensure(pitch);
					x = indent;
				}
				float at = MARGIN + x;
				float line = this.y;
				String shown = word.stripTrailing();
				if (!shown.isEmpty()) {
					this.page.add(p -> p.text(at, line, span.face(), size, shown));
				}
				x += this.pdf.width(span.face(), size, word);
			}
		}
		this.y += pitch;
	}

	private void ensure(float height) {
		if (this.y + height > BOTTOM) {
			newPage();
		}
	}

	private void table(List<String> rows) {
		List<String[]> cells = rows.stream().map(r -> r.split("\t", -1)).toList();
		int columns = cells.stream().mapToInt(c -> c.length).max().orElse(1);
		float size = columns >= 4 ? this.layout.size() - 2 : this.layout.size();
		float gap = this.layout.ruledTables() ? 10 : 16;
		float[] widths;
		while (true) {
			widths = widths(cells, columns, size);
			float total = (columns - 1) * gap;
			for (float w : widths) {
				total += w;
			}
			if (total <= TestPdf.WIDTH - 2 * MARGIN || size < 6) {
				break;
			}
			size -= 0.5f;
		}
		boolean[] figures = new boolean[columns];
		for (int c = 1; c < columns; c++) {
			int n = 0;
			int f = 0;
			for (String[] row : cells) {
				if (c < row.length && !plain(row[c]).isEmpty()) {
					n++;
					f += FIGURE.matcher(plain(row[c])).matches() ? 1 : 0;
				}
			}
			figures[c] = n > 0 && f * 2 >= n;
		}
		float[] xs = new float[columns];
		xs[0] = MARGIN + (this.layout.ruledTables() ? 4 : 0);
		for (int c = 1; c < columns; c++) {
			xs[c] = xs[c - 1] + widths[c - 1] + gap;
		}
		float right = xs[columns - 1] + widths[columns - 1];
		float pitch = size * (this.layout.ruledTables() ? 1.8f : 1.45f);
		float height = pitch * rows.size();
		if (this.y + height > BOTTOM && height < BOTTOM - TOP) {
			newPage();
		}
		float fontSize = size;
		float[] widthsFinal = widths;
		for (String[] row : cells) {
			ensure(pitch);
			float baseline = this.y + (this.layout.ruledTables() ? pitch * 0.68f : 0);
			float rowTop = this.y - (this.layout.ruledTables() ? 0 : size);
			float[] reach = new float[columns + 1];
			float far = 0;
			for (int c = 0; c < row.length; c++) {
				reach[c] = far;
				String text = plain(row[c]);
				if (text.isEmpty()) {
					continue;
				}
				Face face = face(row[c].contains("<b>") || row[c].contains("**"), row[c].contains("<i>"));
				boolean spanning = c + 1 < row.length && plain(row[c + 1]).isEmpty();
				float w = this.pdf.width(face, fontSize, text);
				float x = figures[c] && !spanning ? xs[c] + widthsFinal[c] - w : xs[c];
				far = Math.max(far, x + w);
				this.page.add(p -> p.text(x, baseline, face, fontSize, text));
			}
			for (int c = row.length; c <= columns; c++) {
				reach[c] = far;
			}
			if (this.layout.ruledTables()) {
				float top = rowTop;
				float bottom = rowTop + pitch;
				float left = MARGIN;
				float end = right + 4;
				this.page.add(p -> p.line(left, top, end, top).line(left, bottom, end, bottom));
				this.page.add(p -> p.line(left, top, left, bottom).line(end, top, end, bottom));
				for (int c = 1; c < columns; c++) {
					float at = xs[c] - gap / 2;
					// no rule through a cell spanning several columns (a merged cell)
					if (reach[c] < at - 1) {
						this.page.add(p -> p.line(at, top, at, bottom));
					}
				}
			}
			this.y += pitch;
		}
		this.y += this.layout.ruledTables() ? 4 : 0;
	}

	private float[] widths(List<String[]> cells, int columns, float size) {
		float[] widths = new float[columns];
		float[] any = new float[columns];
		for (String[] row : cells) {
			for (int c = 0; c < row.length; c++) {
				String text = plain(row[c]);
				float w = this.pdf.width(face(row[c].contains("<b>") || row[c].contains("**"), row[c].contains("<i>")), size, text);
				any[c] = Math.max(any[c], w);
				boolean spanning = c + 1 < row.length && plain(row[c + 1]).isEmpty();
				if (!spanning) {
					widths[c] = Math.max(widths[c], w);
				}
			}
		}
		for (int c = 0; c < columns; c++) {
			if (widths[c] == 0) {
				widths[c] = Math.min(any[c], 40);
			}
		}
		return widths;
	}

	private static String plain(String cell) {
		return MARKUP.matcher(cell).replaceAll("").strip();
	}

}
