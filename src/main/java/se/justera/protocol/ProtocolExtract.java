package se.justera.protocol;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An extract (protokollsutdrag): some paragraphs of the minutes with the cover's facts, so the
 * paragraphs it leaves out are not missing.
 */
final class ProtocolExtract {

	/** An extract's title ("Utdrag ur protokoll", "Protokollsutdrag" alone) or its certification. */
	private static final Pattern EXTRACT = Pattern.compile("(?iu)^(utdrag\\s+ur\\s+(sammanträdes)?protokoll(et)?\\b.*"
			+ "|protokollsutdrag|(protokollsutdraget|utdraget)\\s+(överensstämmer|bestyrks)\\b.*)$");

	private ProtocolExtract() {
	}

	/** Whether any cell of the text is an extract's title or certification. */
	static boolean is(List<ProtocolLine> lines) {
		return lines.stream().anyMatch(l -> l.cells().stream().anyMatch(c -> EXTRACT.matcher(c.strip()).matches()));
	}

	/** The reading note that says so, at the cover's first line. */
	static ReadingNote note(ProtocolLine cover) {
		return ReadingNote.info(cover.number(), cover.page(), ReadingNote.PARAGRAPHS,
				"The text is an extract (protokollsutdrag): it holds only some of the minutes' paragraphs, so the"
						+ " paragraphs it leaves out are not missing from the minutes");
	}

}
