package se.justera.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.text.Names;

/**
 * What the first page's header and the running page header print: the body's name, the
 * municipality ("FALU KOMMUN") and the meeting date ("Sammanträdesdatum 2024-05-14").
 */
final class RunningHeader {

	private static final Pattern RUNNING_DATE = Pattern
		.compile("(?iu)(?:^|\\t|\\s)(?:sammanträdesdatum|sammanträdesdag|datum)\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})\\b");

	private static final Pattern MUNICIPALITY = Pattern.compile("(?iu)^([\\p{L}][\\p{L} -]{1,40}?)\\s+(kommun|stad)$");

	/** How many lines from the top the municipality's name is looked for. */
	private static final int MUNICIPALITY_LINES = 8;

	private final Vocabulary vocabulary;

	private final PageFurniture furniture;

	RunningHeader(Vocabulary vocabulary, PageFurniture furniture) {
		this.vocabulary = vocabulary;
		this.furniture = furniture;
	}

	/** The body's name as the first page prints it: the first cell that is not page furniture, before any label. */
	String bodyName(List<ProtocolLine> lines) {
		for (ProtocolLine line : lines) {
			if (this.vocabulary.label(line.clean()) != null) {
				return null;
			}
			for (String cell : line.cells()) {
				String c = cell.replaceAll(":$", "").strip();
				if (!c.isEmpty() && !this.furniture.is(c) && !SwedishDates.ISO.matcher(c).matches()) {
					return Names.canonical(c);
				}
			}
		}
		return null;
	}

	/** The meeting date a running page header prints ("Sammanträdesdatum 2024-05-14"), or null. */
	static LocalDate meetingDate(List<ProtocolLine> lines) {
		for (ProtocolLine line : lines) {
			Matcher date = RUNNING_DATE.matcher(line.clean());
			if (date.find()) {
				return SwedishDates.findDate(date.group(1), line.number(), null).value();
			}
		}
		return null;
	}

	/** The note on the municipality the page header prints, for the check against the one given; null if none. */
	static ReadingNote printedMunicipality(List<ProtocolLine> lines) {
		for (ProtocolLine line : lines.subList(0, Math.min(lines.size(), MUNICIPALITY_LINES))) {
			for (String cell : line.cells()) {
				Matcher printed = MUNICIPALITY.matcher(cell.strip());
				if (printed.matches()) {
					return PrintedMunicipality.note(line.number(), line.page(), cell.strip());
				}
			}
		}
		return null;
	}

}
