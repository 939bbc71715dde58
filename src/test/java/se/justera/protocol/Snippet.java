package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;

/** A few lines of minutes for a reader's test: numbered from a given line, all on page 1. */
final class Snippet {

	private Snippet() {
	}

	static List<ProtocolLine> lines(String... texts) {
		return from(1, texts);
	}

	static List<ProtocolLine> from(int first, String... texts) {
		List<ProtocolLine> lines = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			lines.add(ProtocolLine.of(first + i, 1, texts[i]));
		}
		return lines;
	}

}
