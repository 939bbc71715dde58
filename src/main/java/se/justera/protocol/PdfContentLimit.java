package se.justera.protocol;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * How much page content a PDF decodes to, counted before it is read. PDFBox decodes a content
 * stream whole into the heap, whatever the stream cache's limits: a few hundred kilobytes of
 * Flate can hold hundreds of megabytes of operators (a decompression bomb). The pages' content
 * streams and the form XObjects they draw are decoded here into a counter, a buffer at a time, and
 * the reading stops once the total passes the limit.
 */
final class PdfContentLimit {

	/** Raised once the decoded content passes the limit. */
	static final class Exceeded extends IOException {

		Exceeded() {
			super("content limit exceeded");
		}

	}

	private final long limit;

	private long total;

	private final Map<COSBase, Boolean> seen = new IdentityHashMap<>();

	private PdfContentLimit(long limit) {
		this.limit = limit;
	}

	/** @throws Exceeded if the document's page content decodes to more than {@code limit} bytes */
	static void check(PDDocument document, long limit) throws IOException {
		PdfContentLimit counter = new PdfContentLimit(limit);
		try {
			for (PDPage page : document.getPages()) {
				counter.content(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
				counter.resources(page.getCOSObject().getDictionaryObject(COSName.RESOURCES), 0);
			}
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof Exceeded exceeded) {
				throw exceeded;
			}
			throw ex;
		}
	}

	private void content(COSBase contents) throws IOException {
		if (contents instanceof COSStream stream) {
			count(stream);
		}
		else if (contents instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				content(array.getObject(i));
			}
		}
	}

	/** The form XObjects a page or form may draw, nested a few levels deep, each counted once. */
	private void resources(COSBase resources, int depth) throws IOException {
		if (!(resources instanceof COSDictionary dictionary) || depth > 4) {
			return;
		}
		if (!(dictionary.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects)) {
			return;
		}
		for (COSName name : xobjects.keySet()) {
			COSBase x = xobjects.getDictionaryObject(name);
			if (x instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))
					&& this.seen.put(form, Boolean.TRUE) == null) {
				count(form);
				resources(form.getDictionaryObject(COSName.RESOURCES), depth + 1);
			}
		}
	}

	private void count(COSStream stream) throws IOException {
		List<COSName> filters = filters(stream.getFilters());
		Counter counter = new Counter();
		try (InputStream raw = stream.createRawInputStream()) {
			if (filters.isEmpty()) {
				raw.transferTo(counter);
				return;
			}
			// every filter but the last decodes into a bounded buffer; the last into the counter
			InputStream in = raw;
			for (int f = 0; f < filters.size(); f++) {
				Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(f));
				OutputStream out = f == filters.size() - 1 ? counter : new Bounded();
				filter.decode(in, out, stream, f);
				if (out instanceof Bounded bounded) {
					in = new ByteArrayInputStream(bounded.toByteArray());
				}
			}
		}
	}

	private static List<COSName> filters(COSBase filters) {
		List<COSName> names = new ArrayList<>();
		if (filters instanceof COSName name) {
			names.add(name);
		}
		else if (filters instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				COSBase f = array.get(i) instanceof COSObject o ? o.getObject() : array.get(i);
				if (f instanceof COSName name) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private void add(long bytes) throws Exceeded {
		this.total += bytes;
		if (this.total > this.limit) {
			throw new Exceeded();
		}
	}

	private final class Counter extends OutputStream {

		@Override
		public void write(int b) throws IOException {
			add(1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			add(len);
		}

	}

	private final class Bounded extends ByteArrayOutputStream {

		@Override
		public void write(int b) {
			guard(1);
			super.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			guard(len);
			super.write(b, off, len);
		}

		private void guard(int len) {
			if (size() + len > PdfContentLimit.this.limit - PdfContentLimit.this.total) {
				throw new IllegalStateException(new Exceeded());
			}
		}

	}

}
