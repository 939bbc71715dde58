package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a paragraph's title and case number: on its "§ N" line ("§ 41 Bygglov Dnr 2003.112", "Sn 112
 * Godkännande av dagordning SN 2023/002" with the case number in a column of its own), on the lines
 * below it, or from the agenda. A title may hold heading words ("Beslut om ...").
 */
final class ParagraphTitleReader {

	/** "Dnr KS 2024/12", "Dnr. 2003.112", "Dnr: ...": the case number after it. */
	static final Pattern DNR = Pattern.compile("(?iu)\\bDnr\\.?\\s*:?\\s*(.+)$");

	private static final Pattern BARE_CASE_NUMBER = Pattern.compile("\\t\\s*([A-ZÅÄÖ]{1,6}\\s+\\d{4}/\\d{1,5})\\s*$");

	/** A line under the heading that carries the case number: "Dnr KS 2024/12", short. */
	private static final int CASE_NUMBER_LINE_LENGTH = 80;

	/**
	 * @param heading the title as the paragraph itself prints it, or null
	 * @param title the agenda's title, else the heading
	 * @param body the paragraph's lines after its title lines
	 */
	record Title(String caseNumber, String heading, String title, List<ProtocolLine> body) {
	}

	private final ParagraphHeadings headings;

	ParagraphTitleReader(ParagraphHeadings headings) {
		this.headings = headings;
	}

	/**
	 * The title of paragraph {@code number}, whose lines are {@code chunk} ("§ N" line first, with
	 * {@code startRest} after the number); a paragraph with no title at all is refused.
	 */
	Title read(int number, String startRest, List<ProtocolLine> chunk, AgendaReader.Item agendaItem) {
		List<ProtocolLine> lines = new ArrayList<>(chunk.subList(1, chunk.size()));
		String caseNumber = null;
		String heading = null;
		if (startRest != null && !startRest.isBlank()) {
			Matcher dnr = DNR.matcher(startRest);
			if (dnr.find()) {
				caseNumber = dnr.group(1).replace('\t', ' ').strip();
				String before = startRest.substring(0, dnr.start()).replace('\t', ' ').strip();
				heading = before.isEmpty() ? null : before;
			}
			else {
				heading = startRest.replace('\t', ' ').strip();
				Matcher bare = BARE_CASE_NUMBER.matcher(startRest);
				if (bare.find()) {
					caseNumber = bare.group(1);
					heading = startRest.substring(0, bare.start()).replace('\t', ' ').strip();
				}
			}
		}
		while (!lines.isEmpty() && (lines.get(0).isBlank() || (caseNumber == null || heading == null)
				&& lines.get(0).text().matches("(?iu)^dnr\\b.*|^.*\\bDnr\\b.*$")
				&& lines.get(0).text().length() < CASE_NUMBER_LINE_LENGTH
				|| heading == null && this.headings.isTitleCandidate(lines.get(0)))) {
			ProtocolLine line = lines.remove(0);
			if (line.isBlank()) {
				continue;
			}
			Matcher dnr = DNR.matcher(line.text());
			if (caseNumber == null && dnr.find()) {
				caseNumber = dnr.group(1).strip();
			}
			else if (heading == null) {
				heading = line.text();
			}
		}
		if (caseNumber == null && agendaItem != null) {
			caseNumber = agendaItem.caseNumber();
		}
		String title = agendaItem != null && agendaItem.title() != null ? agendaItem.title() : heading;
		if (title == null) {
			throw new InvalidProtocolException("§ " + number + " has no title", chunk.get(0).number());
		}
		return new Title(caseNumber, heading, title, lines);
	}

}
