package se.justera.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.motion.MotionOutcome;
import se.justera.protocol.Protocol.Motion;

/**
 * Reads a paragraph that answers a motion ("Motion om ...", "Svar på motion ..."): the motion's
 * party, its own claims ("föreslår att: - ..."), when it was raised, whether a delay beyond a year
 * was reported to the council, and the outcome the decision gives it.
 */
final class MotionReader {

	private static final Pattern MOTION_TITLE = Pattern.compile("^(svar på |besvarande av |besvarad )?motion\\b.*");

	private static final Pattern PARTY = Pattern.compile("\\(([\\p{Lu}][\\p{L}]{0,3})\\)");

	private static final Pattern CLAIMS = Pattern
		.compile("(?iu)\\b(?:yrkar|föreslår|föreslagit|föreslog)(?:\\s+därför)?(?:\\s+på)?\\s+att\\s*:?\\s*(.*)$");

	/** "Motion väckt 2022-09-12 av ...", "i en motion väckt 2023-04-17", "Motionen väcktes i fullmäktige den 14 mars 2023". */
	private static final Pattern RAISED = Pattern
		.compile("(?iu)\\bmotion\\p{L}*\\b[^.]{0,40}?\\bväckt(?:es|s)?\\b(?:\\s+i\\s+(?:kommun)?fullmäktige)?(?:\\s+den)?\\s+");

	/** "Kommunfullmäktige informerades 2023-09-11 § 87 om att beredningen ... inte kunnat avslutas inom ett år". */
	private static final Pattern DELAY_REPORTED = Pattern.compile("(?iu)\\b(informerades|underrättades|anmäldes|redovisades|har\\s+informerats"
			+ "|har\\s+underrättats|rapporterades)\\b[^.]{0,200}?\\binom\\s+ett\\s+år\\b");

	/** How far after "väckt" the date is looked for. */
	private static final int RAISED_DATE_WITHIN = 40;

	private MotionReader() {
	}

	/** The motion the paragraph answers, or null if its title is not a motion's. */
	static Motion read(String title, String heading, List<ProtocolLine> lines, String decisionText) {
		if (!MOTION_TITLE.matcher(title.toLowerCase(Locale.ROOT)).matches()) {
			return null;
		}
		String party = null;
		for (String candidate : new String[] { title, heading }) {
			Matcher m = candidate == null ? null : PARTY.matcher(candidate);
			if (m != null && m.find()) {
				party = m.group(1);
				break;
			}
		}
		List<String> claims = new ArrayList<>();
		for (int i = 0; i < lines.size() && claims.isEmpty(); i++) {
			String text = lines.get(i).text();
			Matcher intro = CLAIMS.matcher(text);
			// the motion's own claims ("har i en motion ... föreslagit att:"), not a claim made in the meeting
			if (!intro.find() || StatementReader.PROPOSAL.matcher(text).matches() && mentionsClaims(lines)) {
				continue;
			}
			for (int j = i + 1; j < lines.size(); j++) {
				ProtocolLine line = lines.get(j);
				if (line.isBlank()) {
					continue;
				}
				Matcher bullet = Prose.BULLET.matcher(line.text());
				if (!bullet.matches()) {
					break;
				}
				claims.add(bullet.group(1).strip());
			}
			if (claims.isEmpty() && !intro.group(1).isBlank()) {
				claims.add(intro.group(1).strip());
			}
		}
		String all = String.join(" ", lines.stream().map(ProtocolLine::text).toList());
		return new Motion(party, title, claims, outcome(decisionText), raisedOn(all, lines), DELAY_REPORTED.matcher(all).find());
	}

	private static MotionOutcome outcome(String decisionText) {
		if (decisionText == null) {
			return null;
		}
		String d = decisionText.toLowerCase(Locale.ROOT);
		if (d.contains("besvarad")) {
			return MotionOutcome.ANSWERED;
		}
		if (d.contains("återremitt")) {
			return MotionOutcome.REFERRED_BACK;
		}
		if (d.matches("(?s).*\\bavsl(å|ag).*")) {
			return MotionOutcome.REJECTED;
		}
		if (d.matches("(?s).*\\bbifall.*")) {
			return MotionOutcome.GRANTED;
		}
		return null;
	}

	private static boolean mentionsClaims(List<ProtocolLine> lines) {
		return lines.stream().anyMatch(l -> CLAIMS.matcher(l.text()).find() && l.text().toLowerCase(Locale.ROOT).contains("motion"));
	}

	private static LocalDate raisedOn(String text, List<ProtocolLine> lines) {
		Matcher raised = RAISED.matcher(text);
		if (!raised.find()) {
			return null;
		}
		String after = text.substring(raised.end(), Math.min(text.length(), raised.end() + RAISED_DATE_WITHIN));
		SwedishDates.Found<LocalDate> date = SwedishDates.findDate(after, lines.isEmpty() ? 0 : lines.get(0).number(), null);
		return date == null || date.start() > 0 ? null : date.value();
	}

}
