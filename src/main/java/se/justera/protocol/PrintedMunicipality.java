package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.text.Names;

/**
 * The municipality a text names ("SJÖBACKA KOMMUN", "Falu kommun"), as the reader reports it: a
 * reading note with fact {@link ReadingNote#MUNICIPALITY} whose message gives the printed name in
 * quotes ({@link #note} writes one). The parser is not told which municipality an import is for,
 * so the comparison with the one given happens here, at import and check: a text that names another
 * municipality is refused unless confirmed, and its note becomes a WARNING that says both names.
 *
 * @param name the name as printed, e.g. "Falu kommun"
 * @param line the note's line, or null
 * @param page the note's page, or null
 * @param noteIndex the note's index in the protocol's reading notes
 */
public record PrintedMunicipality(String name, Integer line, Integer page, int noteIndex) {

	/** The first quoted part of a message: '…', "…", ‘…’, “…”, «…» or »…«. */
	private static final Pattern QUOTED = Pattern.compile("['\"‘’“”«»]([^'\"‘’“”«»]+)['\"‘’“”«»]");

	/** Words around a municipality's name that do not tell one from another. */
	private static final Pattern FURNITURE = Pattern.compile("(?iu)^(?:kommunen|region)\\s+|\\s+(?:kommun|stad)$");

	/** The note the reader gives for the municipality a text names: read, and to be compared with the one given. */
	public static ReadingNote note(Integer line, Integer page, String printed) {
		return ReadingNote.info(line, page, ReadingNote.MUNICIPALITY, "The text names the municipality '" + printed + "'");
	}

	/**
	 * The municipality the notes say the text names: the first note with fact municipality whose
	 * message quotes a name (or, unquoted, ends in ": NAME"). Empty when there is none.
	 */
	public static Optional<PrintedMunicipality> of(List<ReadingNote> notes) {
		if (notes == null) {
			return Optional.empty();
		}
		for (int i = 0; i < notes.size(); i++) {
			ReadingNote note = notes.get(i);
			if (!ReadingNote.MUNICIPALITY.equals(note.fact()) || note.message() == null) {
				continue;
			}
			String name = nameIn(note.message());
			if (name != null) {
				return Optional.of(new PrintedMunicipality(name, note.line(), note.page(), i));
			}
		}
		return Optional.empty();
	}

	private static String nameIn(String message) {
		Matcher quoted = QUOTED.matcher(message);
		if (quoted.find()) {
			return blankToNull(quoted.group(1));
		}
		int colon = message.lastIndexOf(": ");
		return colon < 0 ? null : blankToNull(message.substring(colon + 2));
	}

	private static String blankToNull(String value) {
		String name = Names.canonical(value);
		return name == null || name.isEmpty() ? null : name;
	}

	/** Whether the municipality given with the text is the one it names (see {@link #same}). */
	public boolean matches(String given) {
		return same(given, this.name);
	}

	/**
	 * Whether two spellings name one municipality: canonical names compared without case, without
	 * "kommun" or "stad" and with hyphens as spaces, the genitive (Smedjebackens kommun) and the
	 * oblique -n (Falu kommun for Falun) allowed. A blank name matches anything: there is nothing to
	 * compare.
	 */
	public static boolean same(String given, String printed) {
		String a = key(given);
		String b = key(printed);
		if (a.isEmpty() || b.isEmpty()) {
			return true;
		}
		return a.equals(b) || a.equals(b + "s") || b.equals(a + "s") || a.equals(b + "n") || b.equals(a + "n");
	}

	private static String key(String name) {
		String canonical = Names.canonical(name);
		if (canonical == null) {
			return "";
		}
		String key = canonical.toLowerCase(Locale.forLanguageTag("sv")).replaceAll("[-‐‑‒–—]", " ").replaceAll(" +", " ").strip();
		return FURNITURE.matcher(key).replaceAll("").strip();
	}

	/**
	 * The protocol as an import for {@code given} sees it: when the text names another
	 * municipality, its municipality note is replaced by a WARNING that says both names (the
	 * printed name first, quoted, so that {@link #of} still reads it). Otherwise unchanged.
	 */
	public static Protocol compared(Protocol protocol, String given) {
		Optional<PrintedMunicipality> printed = of(protocol.readingNotes());
		if (printed.isEmpty() || printed.get().matches(given)) {
			return protocol;
		}
		List<ReadingNote> notes = new ArrayList<>(protocol.readingNotes());
		notes.set(printed.get().noteIndex(), printed.get().mismatchNote(given));
		return new Protocol(protocol.bodyName(), protocol.meetingDate(), protocol.startsAt(), protocol.endsAt(),
				protocol.place(), protocol.attendees(), protocol.checkers(), protocol.checkingDate(),
				protocol.checkingTime(), protocol.checkingPlace(), protocol.secretary(), protocol.signatures(),
				protocol.firstParagraph(), protocol.lastParagraph(), protocol.notice(), protocol.paragraphs(),
				List.copyOf(notes));
	}

	ReadingNote mismatchNote(String given) {
		return ReadingNote.warning(this.line, this.page, ReadingNote.MUNICIPALITY, "The text names the municipality '"
				+ this.name + "', not '" + Names.canonical(given) + "' that it was given for: check that the minutes belong there");
	}

}
