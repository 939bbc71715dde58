package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.protocol.Protocol.Signature;

/**
 * Reads the cover's signatures, line by line from the label Underskrifter on: "Sekreterare\tAnna
 * Ek\tParagrafer\t§§ 1-15", or a dotted line to sign on with the printed name on the line below it,
 * and the range of the minutes printed beside a signature ("Sekreterare ____ §18–24"). One reader
 * reads one cover.
 */
final class SignatureReader {

	private static final Pattern SIGNED_RANGE = Pattern.compile("(?:^|\\s)§{1,2}\\s*\\d+\\s*[-–]\\s*\\d+\\s*$");

	private static final Pattern SIGNATURE_LINE = Pattern.compile("[._…\\s-]{3,}");

	private final Vocabulary vocabulary;

	private final List<Signature> signatures = new ArrayList<>();

	/** Roles signed on a dotted line whose printed name follows on the next line. */
	private final List<String> pending = new ArrayList<>();

	private ParagraphRange range;

	SignatureReader(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** A dotted or dashed line to sign on. */
	static boolean isSignatureLine(String cell) {
		return SIGNATURE_LINE.matcher(cell).matches();
	}

	List<Signature> signatures() {
		return List.copyOf(this.signatures);
	}

	/** The range of paragraphs the signatures state, or null. */
	ParagraphRange range() {
		return this.range;
	}

	void read(ProtocolLine line) {
		List<String> cells = new ArrayList<>();
		for (String raw : line.raw().split("\t")) {
			String cell = isSignatureLine(raw.strip()) ? raw.strip() : ProtocolLine.clean(raw);
			// "Sekreterare ____ §18–24", "Justerare .... Gustav Ehn §1–5": the range of the minutes beside a signature
			Matcher range = SIGNED_RANGE.matcher(cell);
			if (this.vocabulary.label(cell) == null && range.find()) {
				readRange(range.group(), line.number());
				cell = cell.substring(0, range.start()).strip();
			}
			if (!cell.isEmpty()) {
				cells.add(cell);
			}
		}
		boolean labelled = false;
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			String label = this.vocabulary.label(cell);
			if (label == null) {
				continue;
			}
			labelled = true;
			String role = cell.substring(0, label.length());
			List<String> values = new ArrayList<>();
			String inCell = cell.substring(label.length()).replaceFirst("^[\\s:]+", "");
			if (!inCell.isEmpty()) {
				values.add(inCell);
			}
			while (values.isEmpty() && i + 1 < cells.size() && this.vocabulary.label(cells.get(i + 1)) == null) {
				values.add(cells.get(++i));
				while (i + 1 < cells.size() && this.vocabulary.label(cells.get(i + 1)) == null
						&& isSignatureLine(cells.get(i + 1))) {
					values.add(cells.get(++i));
				}
			}
			Vocabulary.CoverField field = this.vocabulary.labels().get(label);
			if (field == Vocabulary.CoverField.PARAGRAPHS) {
				values.forEach(v -> readRange(v, line.number()));
				continue;
			}
			if (field == Vocabulary.CoverField.SIGNATURES) {
				continue;
			}
			for (String value : values) {
				Matcher range = SIGNED_RANGE.matcher(value);
				if (range.find()) {
					readRange(range.group(), line.number());
					value = value.substring(0, range.start()).strip();
					if (value.isEmpty()) {
						continue;
					}
				}
				if (isSignatureLine(value)) {
					this.pending.add(role);
				}
				else {
					this.signatures.add(new Signature(role, value));
				}
			}
		}
		if (!labelled) {
			for (String cell : cells) {
				Matcher range = SIGNED_RANGE.matcher(cell);
				if (range.find()) {
					readRange(range.group(), line.number());
					cell = cell.substring(0, range.start()).strip();
				}
				if (!this.pending.isEmpty() && !isSignatureLine(cell)) {
					this.signatures.add(new Signature(this.pending.remove(0), cell));
				}
			}
		}
	}

	private void readRange(String value, int line) {
		ParagraphRange found = ParagraphRange.find(value, line);
		if (found != null) {
			this.range = found;
		}
	}

}
