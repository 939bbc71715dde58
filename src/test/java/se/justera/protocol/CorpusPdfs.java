package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the corpus's PDFs (src/test/resources/corpus/NAME.pdf) from their texts in
 * corpus/pdf-sources/NAME.txt, each in its own layout. Run it after changing a source or a layout
 * (from the IDE, or as the corpus README says) and commit the PDFs; {@link CorpusPdfsTests} checks
 * that each committed PDF is its source printed.
 */
public final class CorpusPdfs {

	static final Path CORPUS = Path.of("src/test/resources/corpus");

	/** Each PDF of the corpus and how it is printed. */
	static final Map<String, MinutesPdf.Layout> LAYOUTS = Map.of(
			// a word processor: Helvetica, ruled tables, the body as header, signature boxes and page number as footer
			"norrhalla-ks-2024-03-12", new MinutesPdf.Layout("Helvetica", 10, true, List.of("Kommunstyrelsen"), true,
					List.of("Justerandes signatur\t{page} ({pages})\tUtdragsbestyrkande"), false),
			// a minute system: Times, "Label: value", two header lines with the page number, a ruled footer
			"backaro-bun-2023-10-17", new MinutesPdf.Layout("Times", 10.5f, false,
					List.of("BÄCKARÖ KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida {page} ({pages})",
							"Barn- och utbildningsnämnden\tSammanträdesdatum 2023-10-17"),
					false, List.of("Justerandes sign\tUtdragsbestyrkande"), true),
			// a typewriter-like layout: Courier, columns aligned by position, the page number alone at the top right
			"sjolunda-sn-2024-05-21", new MinutesPdf.Layout("Courier", 10, false, List.of("SJÖLUNDA KOMMUN\tProtokoll {page}({pages})"),
					false, List.of(), false),
			// no header: everything in a footer line under a rule, ruled tables with italic sub-rows
			"halltorp-tn-2024-09-10", new MinutesPdf.Layout("Helvetica", 10.5f, true, List.of(), false,
					List.of("Hålltorps kommun – Tekniska nämnden – 2024-09-10\tSida {page} av {pages}"), true),
			// Times with the body and date as header, three signature boxes as footer
			"videslatt-kf-2024-06-17", new MinutesPdf.Layout("Times", 11, false,
					List.of("Kommunfullmäktige\tSammanträdesprotokoll 2024-06-17"), true,
					List.of("Ordförandes sign\tJusterandes sign\tUtdragsbestyrkande"), true));

	private CorpusPdfs() {
	}

	static byte[] render(String name) throws IOException {
		String source = Files.readString(CORPUS.resolve("pdf-sources").resolve(name + ".txt"), StandardCharsets.UTF_8);
		return MinutesPdf.render(source, LAYOUTS.get(name));
	}

	public static void main(String[] args) throws IOException {
		for (String name : LAYOUTS.keySet().stream().sorted().toList()) {
			if (Files.exists(CORPUS.resolve("pdf-sources").resolve(name + ".txt"))) {
				Files.write(CORPUS.resolve(name + ".pdf"), render(name));
				System.out.println("wrote " + CORPUS.resolve(name + ".pdf"));
			}
		}
	}

}
