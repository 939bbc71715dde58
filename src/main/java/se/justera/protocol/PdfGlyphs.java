package se.justera.protocol;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of a PDF, page by page, with their position (top-left origin, in points), size and
 * font style, and the vertical rules drawn on each page (the column lines of a ruled table). The
 * layout is made from these by {@link PdfPageLayout}; PDFBox's own text ordering is not used.
 */
final class PdfGlyphs {

	/** One glyph: baseline-left corner at (x, y), y growing downwards; {@code order} is its place in the content stream. */
	record Glyph(float x, float y, float width, float size, String text, boolean bold, boolean italic, int order) {

		float end() {
			return this.x + this.width;
		}

		boolean isSpace() {
			return this.text.isBlank();
		}

	}

	/** A vertical line drawn from top to bottom at x (y growing downwards). */
	record Rule(float x, float top, float bottom) {
	}

	/** What one page holds. */
	record Page(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules) {
	}

	/** Raised when the text outgrows the limit: reading stops at once instead of after the last page. */
	static final class TooLong extends RuntimeException {

		TooLong() {
			super(null, null, false, false);
		}

	}

	private PdfGlyphs() {
	}

	/** Every page's glyphs; stops with {@link TooLong} after {@code maxGlyphs} glyphs. */
	static List<Page> of(PDDocument document, int maxGlyphs) throws IOException {
		Collector collector = new Collector(maxGlyphs);
		collector.setSortByPosition(false);
		collector.setSuppressDuplicateOverlappingText(true);
		collector.writeText(document, Writer.nullWriter());
		return collector.pages;
	}

	private static final class Collector extends PDFTextStripper {

		private final int maxGlyphs;

		private final List<Page> pages = new ArrayList<>();

		private final Map<PDFont, boolean[]> styles = new HashMap<>();

		private List<Rule> rules = List.of();

		private int glyphs;

		Collector(int maxGlyphs) {
			this.maxGlyphs = maxGlyphs;
		}

		@Override
		protected void startPage(PDPage page) throws IOException {
			RuleCollector collector = new RuleCollector(page);
			collector.processPage(page);
			this.rules = collector.rules;
		}

		@Override
		protected void writePage() {
			PDPage page = getCurrentPage();
			PDRectangle box = page.getCropBox();
			boolean turned = page.getRotation() % 180 != 0;
			float width = turned ? box.getHeight() : box.getWidth();
			float height = turned ? box.getWidth() : box.getHeight();
			List<Glyph> list = new ArrayList<>();
			for (List<TextPosition> article : getCharactersByArticle()) {
				for (TextPosition t : article) {
					// text at an angle (a stamp, a margin note) is not part of the reading order
					if (t.getDir() % 360 != 0 && !turned) {
						continue;
					}
					String text = t.getUnicode();
					if (text == null || text.isEmpty()) {
						continue;
					}
					if (++this.glyphs > this.maxGlyphs) {
						throw new TooLong();
					}
					float size = t.getFontSizeInPt() > 0.5f ? t.getFontSizeInPt() : Math.max(t.getHeightDir(), 1f);
					boolean[] style = this.styles.computeIfAbsent(t.getFont(), Collector::style);
					list.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, text, style[0], style[1],
							list.size()));
				}
			}
			this.pages.add(new Page(getCurrentPageNo(), width, height, list, this.rules));
		}

		/** Bold and italic from the font's name (…-Bold, …,BoldItalic, …-Oblique) or its descriptor. */
		private static boolean[] style(PDFont font) {
			if (font == null) {
				return new boolean[] { false, false };
			}
			String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
			// a subset prefix (ABCDEF+) and the family are not the style
			name = name.replaceFirst("^[a-z]{6}\\+", "");
			PDFontDescriptor descriptor = font.getFontDescriptor();
			boolean bold = name.matches(".*(bold|black|heavy|semibold|demibold|[-,]bd\\b).*")
					|| (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600));
			boolean italic = name.matches(".*(italic|oblique|kursiv|[-,]it\\b).*")
					|| (descriptor != null && (descriptor.isItalic() || Math.abs(descriptor.getItalicAngle()) > 1f));
			return new boolean[] { bold, italic };
		}

	}

	/** The vertical rules a page draws (stroked lines and thin filled rectangles), in the text's coordinates. */
	private static final class RuleCollector extends PDFGraphicsStreamEngine {

		private final float height;

		private final List<Rule> rules = new ArrayList<>();

		private final List<float[]> path = new ArrayList<>();

		private Point2D current;

		RuleCollector(PDPage page) {
			super(page);
			this.height = page.getCropBox().getHeight();
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
			double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
			double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
			double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
			if (x1 - x0 < 2.5) {
				this.path.add(new float[] { (float) ((x0 + x1) / 2), (float) y0, (float) y1 });
			}
			else {
				// a cell's frame: its left and right sides are rules
				this.path.add(new float[] { (float) x0, (float) y0, (float) y1 });
				this.path.add(new float[] { (float) x1, (float) y0, (float) y1 });
			}
		}

		@Override
		public void moveTo(float x, float y) {
			this.current = new Point2D.Float(x, y);
		}

		@Override
		public void lineTo(float x, float y) {
			if (this.current != null && Math.abs(this.current.getX() - x) < 1.0) {
				this.path.add(new float[] { x, (float) Math.min(y, this.current.getY()), (float) Math.max(y, this.current.getY()) });
			}
			this.current = new Point2D.Float(x, y);
		}

		@Override
		public void strokePath() {
			commit();
		}

		@Override
		public void fillPath(int windingRule) {
			commit();
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			commit();
		}

		@Override
		public void endPath() {
			this.path.clear();
		}

		private void commit() {
			for (float[] segment : this.path) {
				if (segment[2] - segment[1] >= 4 && this.rules.size() < 10_000) {
					this.rules.add(new Rule(segment[0], this.height - segment[2], this.height - segment[1]));
				}
			}
			this.path.clear();
		}

		// only the drawing matters here: the text is read by the collector
		@Override
		public void showTextString(byte[] string) {
		}

		@Override
		public void showTextStrings(COSArray array) {
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			this.current = new Point2D.Float(x3, y3);
		}

		@Override
		public Point2D getCurrentPoint() {
			return this.current == null ? new Point2D.Float() : this.current;
		}

		@Override
		public void closePath() {
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void drawImage(PDImage pdImage) {
		}

		@Override
		public void shadingFill(COSName shadingName) {
		}

	}

}
