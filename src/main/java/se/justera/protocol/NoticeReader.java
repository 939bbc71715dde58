package se.justera.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.protocol.Protocol.Notice;
import se.justera.text.Names;

/**
 * Reads the notice of checked minutes (anslag/bevis): its labelled fields (Organ, Sammanträdesdatum,
 * Datum då anslaget sätts upp / tas ned, Förvaringsplats, Sista dag för överklagande, Underskrift),
 * the digital notice board's prose ("Anslaget publiceras från och med ... till och med ...",
 * "Protokollet förvaras på ..."), and the paragraphs it is for when it names them ("Paragraf § 57").
 */
final class NoticeReader {

	private NoticeReader() {
	}


	private static final Pattern POSTED = Pattern.compile(
			"(?iu)(anslaget\\s+(?:sätts|sattes)\\s+upp|anslags\\s+uppsättande|uppsättande\\s+av\\s+anslag|anslaget\\s+uppsatt|uppsatt)");

	private static final Pattern REMOVED = Pattern.compile(
			"(?iu)(anslaget\\s+(?:tas|togs)\\s+ne[dr]|anslags\\s+nedtagande|nedtagande\\s+av\\s+anslag|anslaget\\s+nedtaget|ned(?:tas|tages))");

	private static final Pattern APPEAL = Pattern.compile("(?iu)sista\\s+(?:dag(?:en)?|datum)\\s+för\\s+överklagande(?:t)?(?:\\s+är)?");

	/**
	 * The notice in {@code lines} (from its heading, or its first sentence, to the agenda or the
	 * paragraphs); {@code meetingDate} completes dates without a year, {@code printedName} is the body's
	 * name as the page header prints it, for a notice that names the body only in a sentence.
	 */
	static Notice read(List<ProtocolLine> lines, LocalDate meetingDate, String printedName) {
		String bodyName = null;
		LocalDate date = null;
		LocalDate posted = null;
		LocalDate removed = null;
		LocalDate appeal = null;
		String keptAt = null;
		String signedBy = null;
		Set<Integer> forParagraphs = new java.util.TreeSet<>();
		for (int i = 0; i < lines.size(); i++) {
			ProtocolLine line = lines.get(i);
			String text = line.text();
			String lower = text.toLowerCase(Locale.ROOT);
			Matcher organ = Pattern.compile("(?iu)^(instans|organ|beslutande organ|nämnd)\\s*:?\\s+(.+)$").matcher(text);
			if (organ.matches()) {
				bodyName = Names.canonical(organ.group(2));
			}
			// "Paragraf § 57", "Justeringen av § 57, som justerades omedelbart": the notice of some paragraphs
			Matcher named = NOTICE_PARAGRAPHS.matcher(text);
			if (named.find()) {
				forParagraphs.addAll(ParagraphNumbers.expand(named.group(1), 1, ProtocolParser.LARGEST_NUMBER));
			}
			if (lower.startsWith("sammanträdesdatum")) {
				date = dateAfter(text, 0, line.number(), meetingDate);
			}
			Matcher m = POSTED.matcher(text);
			if (m.find()) {
				posted = dateAfter(text, m.end(), line.number(), meetingDate);
			}
			m = REMOVED.matcher(text);
			if (m.find()) {
				removed = dateAfter(text, m.end(), line.number(), meetingDate);
			}
			m = APPEAL.matcher(text);
			if (m.find()) {
				appeal = dateAfter(text, m.end(), line.number(), meetingDate);
			}
			Matcher kept = Pattern.compile("(?iu)^förvaringsplats(?:\\s+för\\s+protokollet)?\\s*:?\\s*(.*)$").matcher(text);
			if (kept.matches()) {
				keptAt = kept.group(1).isBlank() ? nextText(lines, i) : kept.group(1).strip();
			}
			if (lower.matches("underskrift\\s*:?")) {
				signedBy = nextText(lines, i);
			}
			else if (lower.startsWith("underskrift ")) {
				signedBy = text.substring("underskrift ".length()).strip();
			}
			if (signedBy != null && SignatureReader.isSignatureLine(signedBy) && lower.startsWith("underskrift")) {
				signedBy = nextText(lines, i);
			}
		}
		// the digital notice board's prose: "Anslaget publiceras från och med D1 till och med D2", "Protokollet förvaras på X."
		String prose = String.join(" ", lines.stream().map(ProtocolLine::text).toList()).replaceAll("\\s+", " ");
		Matcher published = PUBLISHED.matcher(prose);
		if (published.find()) {
			posted = posted != null ? posted : dateAfter(published.group(1), 0, lines.get(0).number(), meetingDate);
			removed = removed != null ? removed : dateAfter(published.group(2), 0, lines.get(0).number(), meetingDate);
		}
		Matcher keptIn = KEPT_IN.matcher(prose);
		if (keptAt == null && keptIn.find()) {
			keptAt = keptIn.group(1).strip();
		}
		// "Kommunstyrelsens protokoll från sammanträdet 2024-11-26 är justerat": the body and the date in a sentence
		String lowerProse = prose.toLowerCase(Locale.ROOT);
		if (bodyName == null && printedName != null
				&& lowerProse.matches("(?s).*(^|\\s)" + Pattern.quote(printedName.toLowerCase(Locale.ROOT)) + "s\\s+protokoll\\b.*")) {
			bodyName = printedName;
		}
		Matcher justified = JUSTIFIED.matcher(prose);
		if (date == null && justified.find()) {
			date = dateAfter(justified.group(1), 0, lines.get(0).number(), meetingDate);
		}
		return new Notice(bodyName, date, posted, removed, keptAt, appeal, signedBy, List.copyOf(forParagraphs));
	}

	/** "... protokoll från sammanträdet 2024-11-26 är justerat": the meeting date of a notice in prose. */
	private static final Pattern JUSTIFIED = Pattern
		.compile("(?iu)\\bprotokoll(?:et)?\\s+från\\s+sammanträdet(?:\\s+den)?\\s+(\\d{4}-\\d{2}-\\d{2})");

	private static final Pattern NOTICE_PARAGRAPHS = Pattern.compile(
			"(?iu)^(?:paragraf(?:er)?\\s*:?\\s*|justeringen\\s+av\\s+)§§?\\s*(\\d+(?:\\s*(?:,|och|[-–])\\s*§?\\s*\\d+)*)");

	private static final Pattern PUBLISHED = Pattern.compile("(?iu)anslaget\\s+(?:publiceras|är\\s+uppsatt|finns)\\s+"
			+ "(?:på\\s+[^.]*?\\s+)?(?:(?:från(?:\\s+och\\s+med)?|fr\\.\\s?o\\.\\s?m\\.?)\\s+)?(\\d{4}-\\d{2}-\\d{2})\\s+"
			+ "(?:till(?:\\s+och\\s+med)?|t\\.\\s?o\\.\\s?m\\.?)\\s+(\\d{4}-\\d{2}-\\d{2})");

	private static final Pattern KEPT_IN = Pattern
		.compile("(?iu)protokollet\\s+(?:förvaras|finns\\s+tillgängligt)\\s+(?:på|hos|i|vid)\\s+(.+?)\\.(?:\\s|$)");

	private static LocalDate dateAfter(String text, int from, int line, LocalDate reference) {
		SwedishDates.Found<LocalDate> found = SwedishDates.findDate(text.substring(from), line, reference);
		return found == null ? null : found.value();
	}

	private static String nextText(List<ProtocolLine> lines, int index) {
		for (int i = index + 1; i < lines.size(); i++) {
			if (!lines.get(i).isBlank() && !PageFurniture.STANDARD.drop(List.of(lines.get(i)), Set.of()).isEmpty()) {
				return lines.get(i).text();
			}
		}
		return null;
	}

}
