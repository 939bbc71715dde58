package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.protocol.Protocol.DelegatedDecision;

/**
 * Reads the lists of a paragraph that reports rather than decides: the delegated decisions
 * (Delegationsbeslut: a bullet per decision, under the delegate who made it) and the messages
 * (Meddelanden, Delgivningar, Anmälningsärenden: one item a line).
 */
final class ItemListReader {

	private final ParagraphHeadings headings;

	private final Pattern delegatedDecisionTitle;

	private final Pattern messageTitle;

	ItemListReader(ParagraphHeadings headings, Vocabulary vocabulary) {
		this.headings = headings;
		this.delegatedDecisionTitle = vocabulary.delegatedDecisionTitle();
		this.messageTitle = vocabulary.messageTitle();
	}

	/** Whether the title is that of a paragraph of delegated decisions (the vocabulary's {@code delegatedDecisionTitles}). */
	boolean reportsDelegatedDecisions(String title) {
		return this.delegatedDecisionTitle.matcher(title.strip()).matches();
	}

	/** Whether the title is that of a paragraph of messages (the vocabulary's {@code messageTitles}). */
	boolean reportsMessages(String title) {
		return this.messageTitle.matcher(title.strip()).matches();
	}

	List<DelegatedDecision> delegatedDecisions(List<ParagraphHeadings.Part> parts, ParagraphHeadings.Part decision) {
		List<DelegatedDecision> decisions = new ArrayList<>();
		for (ParagraphHeadings.Part part : parts) {
			Vocabulary.Section kind = kindOf(part);
			if (part == decision || !listsItems(kind)) {
				continue;
			}
			String delegate = part.heading() != null && kind != Vocabulary.Section.DESCRIPTION ? part.heading() : null;
			for (ProtocolLine line : part.lines()) {
				String text = line.text();
				if (line.isBlank()) {
					continue;
				}
				Matcher bullet = Prose.BULLET.matcher(text);
				if (bullet.matches()) {
					decisions.add(new DelegatedDecision(delegate, bullet.group(1).strip()));
				}
				else if (text.endsWith(":")) {
					delegate = text.substring(0, text.length() - 1).strip();
				}
			}
		}
		if (decisions.isEmpty()) {
			// no bullets: one decision per line
			items(parts, decision).forEach(item -> decisions.add(new DelegatedDecision(null, item)));
		}
		return decisions;
	}

	List<String> messages(List<ParagraphHeadings.Part> parts, ParagraphHeadings.Part decision) {
		return items(parts, decision);
	}

	/** One item a line over the parts that list them; a line ending in a colon introduces items, it is none. */
	private List<String> items(List<ParagraphHeadings.Part> parts, ParagraphHeadings.Part decision) {
		List<String> items = new ArrayList<>();
		for (ParagraphHeadings.Part part : parts) {
			if (part != decision && listsItems(kindOf(part))) {
				items.addAll(Prose.items(part.lines().stream().filter(l -> !l.text().endsWith(":")).toList()));
			}
		}
		return items;
	}

	private Vocabulary.Section kindOf(ParagraphHeadings.Part part) {
		return this.headings.section(part.heading() == null ? "" : part.heading().toLowerCase(Locale.ROOT));
	}

	private static boolean listsItems(Vocabulary.Section kind) {
		return kind != Vocabulary.Section.DOCUMENTS && kind != Vocabulary.Section.PROCEDURE;
	}

}
