package se.justera.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code benchmark-pdf [--runs N] [FILE.pdf]}: reads a PDF (by default one of 50 pages laid out
 * from the sample minutes: headers, footers, bold headings, ruled budget tables) with the layout
 * reader, and for comparison with PDFBox's plain text extraction (the peer: reading order only),
 * and prints pages per second (median of N runs after warm-up), the bytes allocated per page and
 * the heap in use after a read. Needs no database. A benchmark, not a test: the machine is shared.
 */
public final class PdfBenchmark {

	private static final float MARGIN = 56;

	private PdfBenchmark() {
	}

	/** The command line's entry; exit code 0, or 2 for bad usage. */
	public static int run(String[] args, PrintStream out) throws IOException {
		int runs = 20;
		Path file = null;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--runs") && i + 1 < args.length) {
				runs = Integer.parseInt(args[++i]);
			}
			else if (!args[i].startsWith("--")) {
				file = Path.of(args[i]);
			}
			else {
				out.println("usage: benchmark-pdf [--runs N] [FILE.pdf]");
				return 2;
			}
		}
		byte[] pdf = file == null ? samplePdf(50) : Files.readAllBytes(file);
		PdfLayoutReader reader = new PdfLayoutReader();
		int pages = reader.read(pdf).pages();
		out.printf(Locale.ROOT, "benchmark-pdf: %s, %d pages, %d bytes, %d runs after %d warm-up runs, max heap %d MB%n",
				file == null ? "the sample laid out over 50 pages" : file, pages, pdf.length, runs, Math.max(1, runs / 4),
				Runtime.getRuntime().maxMemory() >> 20);
		Result layout = measure(runs, pages, () -> reader.read(pdf).text());
		Result plain = measure(runs, pages, () -> plainText(pdf));
		out.printf(Locale.ROOT, "%-40s %10s %12s %14s %12s%n", "", "pages/s", "ms per read", "alloc KB/page", "heap MB");
		print(out, "layout reader (PdfLayoutReader)", layout);
		print(out, "peer: PDFBox plain text (PDFTextStripper)", plain);
		out.printf(Locale.ROOT, "layout reader / peer: %.2f x the time%n", layout.millis() / plain.millis());
		return 0;
	}

	private record Result(double pagesPerSecond, double millis, double allocatedPerPage, double heapMb) {
	}

	private static void print(PrintStream out, String name, Result r) {
		out.printf(Locale.ROOT, "%-40s %10.1f %12.1f %14.0f %12.1f%n", name, r.pagesPerSecond(), r.millis(),
				r.allocatedPerPage() / 1024, r.heapMb());
	}

	private static Result measure(int runs, int pages, Supplier<String> read) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		for (int i = 0; i < Math.max(1, runs / 4); i++) {
			read.get();
		}
		double[] millis = new double[runs];
		long allocated = 0;
		String last = null;
		for (int i = 0; i < runs; i++) {
			long before = threads.getThreadAllocatedBytes(thread);
			long start = System.nanoTime();
			last = read.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
			allocated += threads.getThreadAllocatedBytes(thread) - before;
		}
		// the heap in use with the last read's text still held, after a collection
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		double heap = (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
		if (last.isEmpty()) {
			throw new IllegalStateException("nothing read");
		}
		Arrays.sort(millis);
		double median = millis[runs / 2];
		return new Result(pages / (median / 1000), median, (double) allocated / runs / pages, heap);
	}

	private static String plainText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			StringWriter text = new StringWriter();
			stripper.writeText(document, text);
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The sample minutes laid out over {@code pages} pages in Helvetica (repeated as often as it
	 * takes): a running header and a footer with the page number, bold headings, tables as ruled
	 * columns, prose wrapped.
	 */
	static byte[] samplePdf(int pages) throws IOException {
		List<String> lines = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		try (PDDocument document = new PDDocument()) {
			int next = 0;
			for (int p = 1; p <= pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				float height = PDRectangle.A4.getHeight();
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					show(content, bold, 11, MARGIN, height - 40, "Kommunstyrelsen");
					show(content, regular, 9, MARGIN, 44, "Justerandes signatur");
					show(content, regular, 9, 280, 44, p + " (" + pages + ")");
					show(content, regular, 9, 440, 44, "Utdragsbestyrkande");
					float y = height - 84;
					while (y > 90) {
						String line = lines.get(next++ % lines.size()).replaceAll("</?[bi]>|\\*\\*|^#+ |\\\\", "");
						if (line.indexOf('\t') >= 0) {
							String[] cells = line.split("\t", -1);
							float x = MARGIN;
							for (int c = 0; c < cells.length; c++) {
								show(content, regular, 8, x, y, cells[c]);
								x += c == 0 ? 190 : 48;
								content.moveTo(x - 4, y - 3);
								content.lineTo(x - 4, y + 9);
							}
							content.moveTo(MARGIN, y - 3);
							content.lineTo(x, y - 3);
							content.stroke();
							y -= 13;
							continue;
						}
						for (String part : wrap(line, 95)) {
							show(content, line.length() < 60 && !line.contains(".") ? bold : regular, 10, MARGIN, y, part);
							y -= 13;
						}
						if (line.isBlank()) {
							y -= 4;
						}
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
			throws IOException {
		if (text.isBlank()) {
			return;
		}
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	private static List<String> wrap(String line, int width) {
		List<String> parts = new ArrayList<>();
		String rest = line.strip();
		while (rest.length() > width) {
			int cut = rest.lastIndexOf(' ', width);
			cut = cut <= 0 ? width : cut;
			parts.add(rest.substring(0, cut));
			rest = rest.substring(cut).strip();
		}
		parts.add(rest);
		return parts;
	}

}
