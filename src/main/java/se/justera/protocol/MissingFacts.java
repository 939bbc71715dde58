package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;

import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Notice;

/** What the rules will need and the text did not give, as reading notes: each an unknown fact, never an empty one. */
final class MissingFacts {

	private MissingFacts() {
	}

	/**
	 * The notes on the whole minutes, at the cover's first line: the printed municipality's (if any),
	 * an extract's, no deciding members, no checking date, no notice; then the paragraphs' own.
	 */
	static List<ReadingNote> notes(List<Attendee> attendees, CoverPageReader.Cover head, Notice notice, ProtocolLine cover,
			List<ReadingNote> fromParagraphs, ReadingNote municipality, boolean extract) {
		List<ReadingNote> notes = new ArrayList<>();
		if (municipality != null) {
			notes.add(municipality);
		}
		if (extract) {
			notes.add(ProtocolExtract.note(cover));
		}
		if (attendees.stream().noneMatch(a -> a.role().decides())) {
			notes.add(ReadingNote.warning(cover.number(), cover.page(), ReadingNote.ATTENDANCE,
					"No list of deciding members was found (expected a label such as 'Beslutande' or 'Närvarande"
							+ " ledamöter' with names, or an appended attendance list): who took part is unknown, so quorum,"
							+ " votes and reservations cannot be checked"));
		}
		if (head.checkingDate() == null) {
			notes.add(ReadingNote.warning(cover.number(), cover.page(), ReadingNote.CHECKING_DATE,
					"No date of checking was found (expected 'Justeringens plats och tid' or 'Justeringsdatum' with a"
							+ " date): whether the minutes were checked in time cannot be checked"));
		}
		if (notice == null) {
			notes.add(ReadingNote.info(null, null, ReadingNote.NOTICE,
					"No notice of checked minutes (anslag/bevis) was found in the text: its dates cannot be checked"));
		}
		notes.addAll(fromParagraphs);
		return List.copyOf(notes);
	}

}
