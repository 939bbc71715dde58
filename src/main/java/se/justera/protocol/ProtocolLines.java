package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.text.Names;

/**
 * Reads the text into numbered lines on their pages, after the checks that protect the data: the
 * size limit, empty text, undecodable or binary text, impossible ISO dates. The lines are in their
 * canonical form ({@link Names#canonicalText}) and laid out by {@link LayoutNormalizer}.
 */
final class ProtocolLines {

	private final int maxCharacters;

	private final LayoutNormalizer layout;

	ProtocolLines(int maxCharacters, Vocabulary vocabulary) {
		this.maxCharacters = maxCharacters;
		this.layout = new LayoutNormalizer(vocabulary);
	}

	List<ProtocolLine> read(String given) {
		if (given != null && given.length() > this.maxCharacters) {
			throw new InvalidProtocolException("The protocol is " + given.length() + " characters long; the limit is "
					+ this.maxCharacters + " (justera.import.max-characters)", null);
		}
		String text = Names.canonicalText(given);
		if (text == null || text.isBlank()) {
			throw new InvalidProtocolException("The protocol is empty", null);
		}
		String[] raw = text.split("\\r\\n|\\r|\\n", -1);
		List<ProtocolLine> lines = new ArrayList<>(raw.length);
		Pages pages = new Pages();
		for (int i = 0; i < raw.length; i++) {
			checkCharacters(raw[i], i + 1);
			lines.add(ProtocolLine.of(i + 1, pages.of(raw[i]), raw[i]));
		}
		lines = this.layout.normalize(lines);
		for (ProtocolLine line : lines) {
			Matcher iso = SwedishDates.ISO.matcher(line.raw());
			while (iso.find()) {
				SwedishDates.date(iso.group(), Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)), line.number());
			}
		}
		return lines;
	}

	private static void checkCharacters(String line, int number) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\uFFFD') {
				throw new InvalidProtocolException(
						"The text is not valid UTF-8 text: undecodable byte (U+FFFD) at column " + (i + 1), number);
			}
			if (Character.isISOControl(c) && c != '\t' && c != '\f') {
				throw new InvalidProtocolException(String.format(
						"The text looks binary: control character U+%04X at column %d; expected plain text", (int) c,
						i + 1), number);
			}
		}
	}

	/**
	 * The page a line is on: a form feed starts the next page; without form feeds, a printed page
	 * number ("Sida 3 (6)", "3 av 6", "Blad 3 (6)", "3 (6)") in a running header says where page 3
	 * begins. A text with neither is one page.
	 */
	private static final class Pages {

		private static final Pattern PRINTED = Pattern.compile(
				"(?iu)(?:^|\\s)(?:sida|blad|protokoll)?\\s*(\\d{1,4})\\s*(?:\\((\\d{1,4})\\)|av\\s+(\\d{1,4}))\\s*$");

		private int page = 1;

		private boolean formFeeds;

		int of(String line) {
			int feeds = (int) line.chars().filter(c -> c == '\f').count();
			if (feeds > 0) {
				this.formFeeds = true;
				int before = this.page;
				this.page += feeds;
				// the line's text is on the page of its first character
				return line.startsWith("\f") ? this.page : before;
			}
			if (!this.formFeeds) {
				Matcher printed = PRINTED.matcher(line.strip());
				if (printed.find()) {
					int n = Integer.parseInt(printed.group(1));
					int of = Integer.parseInt(printed.group(2) != null ? printed.group(2) : printed.group(3));
					if (n >= 1 && n <= of && n >= this.page) {
						this.page = n;
					}
				}
			}
			return this.page;
		}

	}

}
