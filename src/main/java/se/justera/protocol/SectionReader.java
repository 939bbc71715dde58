package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;

import se.justera.protocol.Protocol.Section;

/**
 * Reads a paragraph's parts besides its decision: each as a section (heading and text), the
 * supporting documents listed under Beslutsunderlag or Handlingar, and the description of the
 * matter (every part about the matter, not about its documents or how it was handled).
 */
final class SectionReader {

	/**
	 * @param description the parts about the matter as prose, each under its own heading unless a
	 *        description heading; null if there are none
	 */
	record Sections(List<Section> sections, List<String> documents, String description) {
	}

	private final ParagraphHeadings headings;

	SectionReader(ParagraphHeadings headings) {
		this.headings = headings;
	}

	Sections read(List<ParagraphHeadings.Part> parts, ParagraphHeadings.Part decision) {
		List<Section> sections = new ArrayList<>();
		List<String> documents = new ArrayList<>();
		StringBuilder description = new StringBuilder();
		for (ParagraphHeadings.Part part : parts) {
			if (part == decision) {
				continue;
			}
			Vocabulary.Section kind = this.headings.section(part.key());
			String text = Prose.of(Prose.withoutTables(part.lines()));
			if (kind == Vocabulary.Section.DOCUMENTS) {
				documents.addAll(Prose.items(part.lines()));
			}
			if (!text.isEmpty() || part.heading() != null) {
				sections.add(new Section(part.heading(), text));
			}
			if (this.headings.isAboutTheMatter(part) && !text.isEmpty()) {
				if (!description.isEmpty()) {
					description.append("\n\n");
				}
				if (part.heading() != null && kind != Vocabulary.Section.DESCRIPTION) {
					description.append(part.heading()).append('\n');
				}
				description.append(text);
			}
		}
		return new Sections(sections, documents, description.isEmpty() ? null : description.toString());
	}

}
