package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample minutes (Smedjebacken kommunstyrelse 2023-12-12, text in the line model) prepared
 * for two printed layouts: its own running header and footer lines taken out (the layouts print
 * theirs), and the cover set as a Word table (label | value) or as "Label: value" lines.
 */
final class PdfSamples {

	/** A word processor: Helvetica, ruled tables, the body's name as header, signature boxes and page number as footer. */
	static final MinutesPdf.Layout WORD = new MinutesPdf.Layout("Helvetica", 10, true, List.of("Kommunstyrelsen"), true,
			List.of("Justerandes signatur\t{page} ({pages})\tUtdragsbestyrkande"), false);

	/** A minute system: Times, unruled tables, a two-line header with the page number, a footer under a rule. */
	static final MinutesPdf.Layout MINUTE_SYSTEM = new MinutesPdf.Layout("Times", 10.5f, false,
			List.of("SMEDJEBACKENS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida {page} ({pages})",
					"Kommunstyrelsen\tSammanträdesdatum 2023-12-12"),
			false, List.of("Justerandes sign\tUtdragsbestyrkande"), true);

	private static final List<String> COVER_LABELS = List.of("Plats och tid", "Beslutande", "Övriga närvarande",
			"Justerings plats och tid", "Justerare");

	private static final List<String> NOTICE_LABELS = List.of("Instans", "Sammanträdesdatum",
			"Förvaringsplats för protokollet");

	private PdfSamples() {
	}

	/** The sample with the cover as one label | value table. */
	static String word(String sample) {
		List<String> out = new ArrayList<>();
		List<String> lines = withoutFurniture(sample);
		int i = 0;
		boolean cover = true;
		while (i < lines.size()) {
			String line = lines.get(i).replaceAll(" +$", "");
			if (line.equals("Underskrifter")) {
				cover = false;
			}
			String label = cover ? label(line, COVER_LABELS) : null;
			if (label == null) {
				out.add(line);
				i++;
				continue;
			}
			// the cover's rows, blank lines between them dropped: one table
			while (i < lines.size() && !lines.get(i).strip().equals("Underskrifter")) {
				String row = lines.get(i).replaceAll(" +$", "");
				String l = label(row, COVER_LABELS);
				if (l != null && row.length() > l.length()) {
					out.add(l + "\t" + row.substring(l.length()).strip());
				}
				else if (l != null) {
					// a label alone: its values follow, one a line
					int v = i + 1;
					String first = lines.get(v).strip();
					out.add(l + "\t" + first);
					i = v;
				}
				else if (!row.isBlank()) {
					out.add("\t" + row.strip());
				}
				i++;
			}
			out.add("");
		}
		return String.join("\n", out);
	}

	/** The sample with "Label: value" lines on the cover and in the notice. */
	static String minuteSystem(String sample) {
		List<String> out = new ArrayList<>();
		boolean cover = true;
		for (String raw : withoutFurniture(sample)) {
			String line = raw.replaceAll(" +$", "");
			if (line.equals("Underskrifter")) {
				cover = false;
			}
			if (line.startsWith("Datum då anslaget sätts upp")) {
				Matcher m = Pattern.compile("(Datum då anslaget sätts upp) (\\S+) (Datum då anslaget tas ned) (\\S+)").matcher(line);
				m.matches();
				out.add(m.group(1) + ": " + m.group(2));
				out.add(m.group(3) + ": " + m.group(4));
				continue;
			}
			String label = label(line, cover ? COVER_LABELS : NOTICE_LABELS);
			if (label == null && line.equals("Underskrift")) {
				label = line;
			}
			if (label != null) {
				String value = line.substring(label.length()).strip();
				out.add(label + ":" + (value.isEmpty() ? "" : " " + value));
			}
			else {
				out.add(line);
			}
		}
		return String.join("\n", out);
	}

	private static String label(String line, List<String> labels) {
		for (String label : labels) {
			if (line.equals(label) || line.startsWith(label + " ")) {
				return label;
			}
		}
		return null;
	}

	/** The sample's own running lines: the body's name at the top of a page, the signature boxes at the bottom. */
	private static List<String> withoutFurniture(String sample) {
		List<String> out = new ArrayList<>();
		boolean firstPage = true;
		for (String line : sample.split("\n", -1)) {
			String l = line.strip();
			if (l.equals("**Kommunstyrelsen**") && !firstPage) {
				continue;
			}
			if (l.equals("**Kommunstyrelsen**")) {
				// the first page's is the cover's heading; the layout prints it as its header
				firstPage = false;
				continue;
			}
			if (l.equals("Justerandes signatur") || l.equals("Utdragsbestyrkande")) {
				continue;
			}
			out.add(line.startsWith("**Kommunstyrelsen**") ? line.substring("**Kommunstyrelsen**".length()) : line);
		}
		return out;
	}

}
