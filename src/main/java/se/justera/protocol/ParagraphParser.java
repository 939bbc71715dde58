package se.justera.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.motion.MotionOutcome;
import se.justera.paragraph.BallotChoice;
import se.justera.paragraph.ParagraphKind;
import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Ballot;
import se.justera.protocol.Protocol.BudgetLine;
import se.justera.protocol.Protocol.BudgetNote;
import se.justera.protocol.Protocol.BudgetReport;
import se.justera.protocol.Protocol.DataRow;
import se.justera.protocol.Protocol.DataTable;
import se.justera.protocol.Protocol.DelegatedDecision;
import se.justera.protocol.Protocol.Motion;
import se.justera.protocol.Protocol.Proposal;
import se.justera.protocol.Protocol.Recusal;
import se.justera.protocol.Protocol.Reservation;
import se.justera.protocol.Protocol.Section;
import se.justera.protocol.Protocol.Vote;
import se.justera.text.Names;

/** Reads one paragraph (§): its title, decision, sections, tables, votes, recusals and the rest. */
final class ParagraphParser {

	/** Section headings that the minutes use without markup; matched on the whole line. */
	private static final Set<String> KNOWN_HEADINGS = Set.of("ärendebeskrivning", "sammanfattning",
			"sammanfattning av ärendet", "bakgrund", "ärendet", "yttrande", "beslutsunderlag", "handlingar",
			"underlag", "yrkanden", "yrkande", "omröstning", "omröstningsresultat", "votering", "propositionsordning",
			"beslutsgång", "proposition", "reservation", "reservationer", "protokollsanteckning", "jäv",
			"ekonomiska konsekvenser", "kommentarer", "beslutet skickas till", "beslutet expedieras till",
			"expedieras till", "skickas till", "förslag till beslut", "särskilt yttrande", "bilagor", "överläggning",
			"ärendets handlingar", "omröstningsordning", "voteringsproposition");

	private static final Set<String> DESCRIPTION_HEADINGS = Set.of("ärendebeskrivning", "sammanfattning",
			"sammanfattning av ärendet", "bakgrund", "ärendet");

	private static final Set<String> DOCUMENT_HEADINGS = Set.of("beslutsunderlag", "handlingar", "underlag",
			"ärendets handlingar");

	/** Sections that are about how the matter was handled, not what it is about. */
	private static final Set<String> PROCEDURE_HEADINGS = Set.of("yrkanden", "yrkande", "omröstning",
			"omröstningsresultat", "votering", "propositionsordning", "beslutsgång", "proposition", "reservation",
			"reservationer", "protokollsanteckning", "jäv", "beslutet skickas till", "beslutet expedieras till",
			"expedieras till", "skickas till", "omröstningsordning", "voteringsproposition");

	private static final Pattern DECISION_HEADING = Pattern
		// "förslag till kommunfullmäktige": one body; "antar förvaltningens förslag till yttrande och ..." is a sentence
		.compile("(?iu)^(?:(?:[\\p{L} -]+?s\\s+)?(?:beslut|förslag\\s+till\\s+\\p{L}+)|\\p{Lu}[\\p{L} -]{1,60}?\\s+beslutar)$");

	private static final Pattern INLINE_DECISION = Pattern.compile("(?iu)^((?:[\\p{L} -]+?s\\s+)?beslut)\\s*:\\s*(.+)$");

	private static final Pattern POINT = Pattern.compile("^(\\d{1,2})[.)]\\s+(.+)$");

	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•–*]|\\d+[.)])\\s+(.+)$");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}])");

	private static final Pattern NAME_WITH_PARTY = Pattern
		.compile("(\\p{Lu}[\\p{L}'-]+(?:\\s+(?:\\p{Lu}[\\p{L}'-]+|af|von|de|van))+)\\s*\\(([\\p{L}]{1,4})\\)");

	private static final String PERSON_WITH_PARTY = "\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)+\\s*\\([\\p{L}]{1,4}\\)";

	/** "A (S) yrkar ...", "A (S) och B (V) yrkar ...", "A (V) instämmer i B:s yrkande". */
	private static final Pattern PROPOSAL = Pattern.compile("^(" + PERSON_WITH_PARTY + "(?:(?:,|\\s+och)\\s+"
			+ PERSON_WITH_PARTY + ")*),?\\s+(?:med instämmande (?:av|från) [^,]+,\\s*)?(?:yrkar|instämmer i)\\b.*");

	/** A count in figures or in words ("tjugoen", "tolv", "en"). */
	private static final String COUNT = "(\\d+|" + SwedishNumbers.WORD + ")";

	private static final Pattern TALLY = Pattern
		.compile("(?iu)(?<!\\p{L})" + COUNT + "\\s+ja-?röst(?:er)?\\s+mot\\s+" + COUNT + "\\s+nej-?röst(?:er)?");

	private static final Pattern ABSTAIN = Pattern.compile("(?iu)(?<!\\p{L})" + COUNT
			+ "\\s+(?:ledamöter\\s+|ledamot\\s+|röster\\s+|som\\s+)?(?:avstår|avstod|avstående|avstå)");

	/** "Övriga ledamöter röstar ja": everyone taking part not listed voted so. */
	private static final Pattern OTHERS_VOTE = Pattern
		.compile("(?iu)\\b(?:övriga|resterande|de\\s+övriga)\\s+(?:ledamöter|beslutande|närvarande)?\\s*röstar\\s+(ja|nej)\\b");

	private static final Pattern BALLOT_LIST = Pattern
		.compile("(?iu)^(ja|ja-röster|ja-röst|nej|nej-röster|nej-röst|avstår|avstående|avstod|avstår från att rösta)\\s*(?:\\([^()]{1,20}\\))?\\s*:\\s*(.+)$");

	/**
	 * The largest budget figure read, in absolute value: what the API's Int carries (and far beyond
	 * any municipality's budget in tkr); a larger one is refused with its line, not overflowed.
	 */
	static final long LARGEST_FIGURE = Integer.MAX_VALUE;

	private static final Pattern BUDGET_NOTE = Pattern.compile("^(\\p{Lu}[\\p{L} -]{2,60}?)\\s+[–−-]\\s*(-?\\s?\\d[\\d \u00A0]*)\\s*tkr$");

	/** "Handlingsplan", "Åtgärdsplan", "Åtgärder": a section with the measures for a deficit. */
	private static final Pattern ACTION_PLAN_HEADING = Pattern.compile("(?iu)^(handlingsplan|åtgärdsplan|åtgärder)$");

	/** Measures named, and not only their absence ("har ännu inte beslutat om några åtgärder"). */
	static boolean reportsMeasures(String text) {
		return Pattern.compile("(?iu)handlingsplan|åtgärdsplan|åtgärder").matcher(text).find() && !Pattern
			.compile("(?iu)\\b(inte|ej|inga|saknar)\\b[^.]{0,60}\\b(åtgärd\\p{L}*|handlingsplan\\p{L}*|åtgärdsplan\\p{L}*)")
			.matcher(text).find();
	}

	private final List<String> attendeeNames;

	private final Map<String, String> partyOf = new LinkedHashMap<>();

	/** Deciding members, with the paragraphs the cover gives them: who "the others" of a vote are. */
	private final List<Attendee> deciding;

	private static final Pattern BARE_CASE_NUMBER = Pattern.compile("\\t\\s*([A-ZÅÄÖ]{1,6}\\s+\\d{4}/\\d{1,5})\\s*$");

	/** What this parser could not read, over all the paragraphs it was given. */
	private final List<ReadingNote> notes = new ArrayList<>();

	List<ReadingNote> notes() {
		return List.copyOf(this.notes);
	}

	/** A budget table that is not in a form the reader knows: noted, never a refusal of the minutes. */
	private static final class UnreadableTable extends RuntimeException {

		final int line;

		UnreadableTable(String message, int line) {
			super(message);
			this.line = line;
		}

	}

	ParagraphParser(List<String> attendeeNames, List<Attendee> attendees) {
		// longest first so that "Anna Ek Berg" is found before "Anna Ek"
		this.attendeeNames = attendeeNames.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		attendees.forEach(a -> this.partyOf.put(a.name(), a.party()));
		this.deciding = attendees.stream().filter(a -> a.role().decides()).toList();
	}

	/** A headed part of the paragraph; line: its heading's, or the paragraph's first for the part before any heading. */
	private record Part(String heading, int line, List<ProtocolLine> lines) {
	}

	Protocol.Paragraph parse(int number, String startRest, List<ProtocolLine> chunk, String[] agendaItem) {
		List<ProtocolLine> lines = new ArrayList<>(chunk.subList(1, chunk.size()));
		String caseNumber = null;
		String heading = null;
		if (startRest != null && !startRest.isBlank()) {
			Matcher dnr = Pattern.compile("(?iu)\\bDnr\\.?\\s*:?\\s*(.+)$").matcher(startRest);
			if (dnr.find()) {
				caseNumber = dnr.group(1).replace('\t', ' ').strip();
				String before = startRest.substring(0, dnr.start()).replace('\t', ' ').strip();
				heading = before.isEmpty() ? null : before;
			}
			else {
				heading = startRest.replace('\t', ' ').strip();
				// "Sn 112  Godkännande av dagordning  SN 2023/002": a case number in its own column, without Dnr
				Matcher bare = BARE_CASE_NUMBER.matcher(startRest);
				if (bare.find()) {
					caseNumber = bare.group(1);
					heading = startRest.substring(0, bare.start()).replace('\t', ' ').strip();
				}
			}
		}
		while (!lines.isEmpty() && (lines.get(0).isBlank() || (caseNumber == null || heading == null)
				&& lines.get(0).text().matches("(?iu)^dnr\\b.*|^.*\\bDnr\\b.*$") && lines.get(0).text().length() < 80
				|| heading == null && isTitleCandidate(lines.get(0)))) {
			ProtocolLine line = lines.remove(0);
			if (line.isBlank()) {
				continue;
			}
			Matcher dnr = Pattern.compile("(?iu)\\bDnr\\.?\\s*:?\\s*(.+)$").matcher(line.text());
			if (caseNumber == null && dnr.find()) {
				caseNumber = dnr.group(1).strip();
			}
			else if (heading == null) {
				heading = line.text();
			}
		}
		if (caseNumber == null && agendaItem != null) {
			caseNumber = agendaItem[0];
		}
		String title = agendaItem != null && agendaItem[1] != null ? agendaItem[1] : heading;
		if (title == null) {
			throw new InvalidProtocolException("§ " + number + " has no title", chunk.get(0).number());
		}

		List<Part> parts = splitParts(lines);
		Part decision = parts.stream().filter(p -> p.heading != null && isDecisionHeading(p.heading)).findFirst()
			.orElse(null);
		String decisionHeading = decision == null ? null : decision.heading;
		String decisionText = decision == null ? null : prose(withoutProcedure(decision.lines));
		if (decision == null) {
			for (int i = 0; i < lines.size(); i++) {
				Matcher inline = INLINE_DECISION.matcher(lines.get(i).text());
				if (inline.matches()) {
					decisionHeading = inline.group(1);
					// "Beslut: Valnämnden fastställer ... bilagda" / "sammanställningar och ...": the block runs on
					List<ProtocolLine> block = new ArrayList<>(List.of(lines.get(i).withRaw(inline.group(2))));
					for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank() && !isHeading(lines.get(j))
							&& !lines.get(j).isTableLine(); j++) {
						block.add(lines.get(j));
					}
					decisionText = prose(withoutProcedure(block)).replace('\n', ' ');
					break;
				}
			}
		}
		ParagraphKind kind = decisionText == null && INFORMS.matcher(title).find() ? ParagraphKind.INFORMATION
				: kindOf(decisionHeading, decisionText);
		List<String> points = decision == null ? List.of() : decisionPoints(decision.lines);

		List<Section> sections = new ArrayList<>();
		List<String> documents = new ArrayList<>();
		StringBuilder description = new StringBuilder();
		for (Part part : parts) {
			String key = part.heading == null ? "" : part.heading.toLowerCase(Locale.ROOT).replaceAll(":$", "");
			String text = prose(withoutTables(part.lines));
			if (part == decision) {
				continue;
			}
			if (DOCUMENT_HEADINGS.contains(key)) {
				documents.addAll(items(part.lines));
			}
			if (!text.isEmpty() || part.heading != null) {
				sections.add(new Section(part.heading, text));
			}
			if (!DOCUMENT_HEADINGS.contains(key) && !PROCEDURE_HEADINGS.contains(key) && !text.isEmpty()) {
				if (!description.isEmpty()) {
					description.append("\n\n");
				}
				if (part.heading != null && !DESCRIPTION_HEADINGS.contains(key)) {
					description.append(part.heading).append('\n');
				}
				description.append(text);
			}
		}

		List<String> sentences = sentences(lines);
		List<BudgetReport> budgetReports = new ArrayList<>();
		List<DataTable> tables = new ArrayList<>();
		List<Ballot> tableBallots = new ArrayList<>();
		readTables(lines, budgetReports, tables, tableBallots);
		String lowerTitle = title.toLowerCase(Locale.ROOT);
		return new Protocol.Paragraph(number, caseNumber, title, heading, kind, decisionHeading, decisionText, points,
				description.isEmpty() ? null : description.toString(), sections, documents, recusals(sentences),
				proposals(sentences), votes(number, lines, sentences, tableBallots), reservations(sentences),
				motion(title, heading, lines, decisionText), budgetReports, budgetNotes(parts, lines, budgetReports),
				lowerTitle.contains("delegationsbeslut") || lowerTitle.contains("delegeringsbeslut")
						? delegatedDecisions(parts, decision) : List.of(),
				lowerTitle.startsWith("meddelanden") || lowerTitle.contains("delgivningar")
						|| lowerTitle.contains("anmälningsärenden") ? messages(parts, decision) : List.of(),
				tables, chunk.get(0).page(), IMMEDIATELY_CHECKED.matcher(String.join(" ", chunk.stream().map(ProtocolLine::text).toList())).find());
	}

	/** "Paragrafen justeras omedelbart", "Justeras omedelbart" over its signatures: checked at the meeting (KL 5 kap. 70 §). */
	static final Pattern IMMEDIATELY_CHECKED = Pattern.compile("(?iu)\\bjustera(?:s|des)\\s+omedelbart\\b");

	/** "Information om arbetet med ...", "Förvaltningschefen informerar": a paragraph that only informs. */
	private static final Pattern INFORMS = Pattern.compile("(?iu)^information\\b|\\binformerar\\b|^rapport\\b|^lägesrapport\\b");

	private static boolean isTitleCandidate(ProtocolLine line) {
		String key = line.text().toLowerCase(Locale.ROOT).replaceAll(":$", "");
		return !KNOWN_HEADINGS.contains(key) && !DECISION_HEADING.matcher(line.text()).matches() && !line.isTableLine();
	}

	private static boolean isDecisionHeading(String heading) {
		String key = heading.toLowerCase(Locale.ROOT).replaceAll(":$", "");
		return !KNOWN_HEADINGS.contains(key) && DECISION_HEADING.matcher(heading.replaceAll(":$", "")).matches()
				&& heading.length() < 90;
	}

	private static boolean isHeading(ProtocolLine line) {
		if (line.isBlank() || line.isTableLine()) {
			return false;
		}
		String text = line.text().replaceAll(":$", "");
		return line.isMarkedHeading() || KNOWN_HEADINGS.contains(text.toLowerCase(Locale.ROOT))
				|| isDecisionHeading(text);
	}

	private static List<Part> splitParts(List<ProtocolLine> lines) {
		List<Part> parts = new ArrayList<>();
		Part current = new Part(null, lines.isEmpty() ? 0 : lines.get(0).number(), new ArrayList<>());
		parts.add(current);
		for (ProtocolLine line : lines) {
			if (isHeading(line)) {
				current = new Part(line.text().replaceAll(":$", ""), line.number(), new ArrayList<>());
				parts.add(current);
			}
			else {
				current.lines.add(line);
			}
		}
		if (parts.get(0).lines.stream().allMatch(ProtocolLine::isBlank)) {
			parts.remove(0);
		}
		return parts;
	}

	private static ParagraphKind kindOf(String heading, String text) {
		if (heading != null && heading.toLowerCase(Locale.ROOT).contains("förslag till")) {
			return ParagraphKind.PROPOSAL_TO_COUNCIL;
		}
		if (text != null && text.length() < 300 && Pattern
			.compile("(?iu)(till handlingarna|noteras|tas emot|informationen)")
			.matcher(text)
			.find() && !Pattern.compile("(?iu)(godkänn|antas|fastställ|beslutar|bifall|avslå)").matcher(text).find()) {
			return ParagraphKind.INFORMATION;
		}
		return ParagraphKind.DECISION;
	}

	/** "att bevilja bygglov ...,": a clause of "<Body> beslutar" that starts a point of its own. */
	private static final Pattern ATT_CLAUSE = Pattern.compile("^att\\s+\\S.*$");

	private static List<String> decisionPoints(List<ProtocolLine> lines) {
		List<String> points = new ArrayList<>();
		boolean numbered = lines.stream().anyMatch(l -> POINT.matcher(l.text()).matches());
		for (ProtocolLine line : withoutProcedure(lines)) {
			Matcher m = POINT.matcher(line.text());
			if (m.matches()) {
				points.add(m.group(2).strip());
			}
			else if (!numbered && ATT_CLAUSE.matcher(line.text()).matches()) {
				points.add(line.text());
			}
			else if (!points.isEmpty() && !line.isBlank()) {
				int last = points.size() - 1;
				points.set(last, points.get(last) + " " + line.text());
			}
		}
		return points;
	}

	/**
	 * What the minutes say about the meeting, not the decision: who leaves, joins or does not take
	 * part, and that the paragraph is checked at once.
	 */
	static final Pattern PROCEDURE = Pattern.compile("(?iu)\\b(lämnar\\s+(sammanträdet|mötet|lokalen)|deltar\\s+inte\\s+i"
			+ "|deltar\\s+(från|fr\\.\\s?o\\.\\s?m\\.?|i\\s+sammanträdet)|ersätter\\s+\\p{L}+\\s+från|tjänstgör\\s+från"
			+ "|(paragrafen\\s+)?justeras\\s+omedelbart|ansluter\\s+till\\s+sammanträdet)");

	/** A decision's lines without the blocks after it that only note attendance or immediate checking. */
	static List<ProtocolLine> withoutProcedure(List<ProtocolLine> lines) {
		int end = lines.size();
		while (end > 0) {
			int start = end;
			while (start > 0 && lines.get(start - 1).isBlank()) {
				start--;
			}
			int blockEnd = start;
			while (start > 0 && !lines.get(start - 1).isBlank()) {
				start--;
			}
			if (start == 0 || start == blockEnd) {
				break; // the first block is the decision itself
			}
			String block = String.join(" ", lines.subList(start, blockEnd).stream().map(ProtocolLine::text).toList());
			boolean procedural = SENTENCE_END.splitAsStream(block).allMatch(s -> PROCEDURE.matcher(s).find());
			if (!procedural) {
				break;
			}
			end = start;
		}
		return lines.subList(0, end);
	}

	/** Lines as prose: lines of a block joined, blocks separated by a blank line. */
	private static String prose(List<ProtocolLine> lines) {
		StringBuilder text = new StringBuilder();
		boolean blank = false;
		for (ProtocolLine line : lines) {
			if (line.isBlank()) {
				blank = true;
				continue;
			}
			if (!text.isEmpty()) {
				text.append(blank ? "\n\n" : "\n");
			}
			text.append(line.text());
			blank = false;
		}
		return text.toString();
	}

	private static List<ProtocolLine> withoutTables(List<ProtocolLine> lines) {
		return lines.stream().filter(l -> !l.isTableLine()).toList();
	}

	/** List items: one per line, a line starting in lower case or a digit continues the one above. */
	private static List<String> items(List<ProtocolLine> lines) {
		List<String> items = new ArrayList<>();
		for (ProtocolLine line : lines) {
			if (line.isBlank() || line.isTableLine()) {
				continue;
			}
			String text = line.text();
			Matcher bullet = BULLET.matcher(text);
			boolean isBullet = bullet.matches();
			if (isBullet) {
				text = bullet.group(1).strip();
			}
			boolean continues = !isBullet && !items.isEmpty() && line.raw().length() > 0
					&& (Character.isLowerCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
			if (continues) {
				items.set(items.size() - 1, items.get(items.size() - 1) + " " + text);
			}
			else {
				items.add(text);
			}
		}
		return items;
	}

	private static List<String> sentences(List<ProtocolLine> lines) {
		List<String> sentences = new ArrayList<>();
		StringBuilder block = new StringBuilder();
		for (ProtocolLine line : lines) {
			if (line.isBlank() || line.isTableLine() || isHeading(line)) {
				flush(block, sentences);
				continue;
			}
			if (!block.isEmpty()) {
				block.append(' ');
			}
			block.append(line.text());
		}
		flush(block, sentences);
		return sentences;
	}

	private static void flush(StringBuilder block, List<String> sentences) {
		if (!block.isEmpty()) {
			for (String s : SENTENCE_END.split(block)) {
				sentences.add(s.strip());
			}
			block.setLength(0);
		}
	}

	/** People named in a sentence: attendees first, else anyone written "Name (Party)". */
	private List<String[]> peopleIn(String sentence) {
		List<String[]> people = new ArrayList<>();
		String rest = sentence;
		for (String name : this.attendeeNames) {
			int at = rest.indexOf(name);
			if (at >= 0) {
				people.add(new String[] { name, this.partyOf.get(name), String.valueOf(sentence.indexOf(name)) });
				rest = rest.substring(0, at) + " ".repeat(name.length()) + rest.substring(at + name.length());
			}
		}
		Matcher m = NAME_WITH_PARTY.matcher(rest);
		while (m.find()) {
			people.add(new String[] { Names.canonical(m.group(1)), m.group(2), String.valueOf(m.start()) });
		}
		people.sort(Comparator.comparingInt(p -> Integer.parseInt(p[2])));
		return people;
	}

	private List<Recusal> recusals(List<String> sentences) {
		List<Recusal> recusals = new ArrayList<>();
		for (String sentence : sentences) {
			Matcher jav = Pattern.compile("(?iu)\\bjäv").matcher(sentence);
			if (jav.find()) {
				// only whom the sentence is about: "X anmäler jäv ..., varvid vice ordföranden Y leder" recuses X
				String about = sentence.substring(0, jav.start());
				List<String[]> named = peopleIn(about);
				for (String[] person : named.isEmpty() ? peopleIn(sentence) : named) {
					if (recusals.stream().noneMatch(r -> r.person().equals(person[0]))) {
						recusals.add(new Recusal(person[0], sentence));
					}
				}
			}
		}
		return recusals;
	}

	private List<Reservation> reservations(List<String> sentences) {
		List<Reservation> reservations = new ArrayList<>();
		for (String sentence : sentences) {
			if (Pattern.compile("(?iu)reserver(ar|ade|ing)|reservation").matcher(sentence).find()) {
				for (String[] person : peopleIn(sentence)) {
					if (reservations.stream().noneMatch(r -> r.person().equals(person[0]))) {
						reservations.add(new Reservation(person[0], person[1], sentence));
					}
				}
			}
		}
		return reservations;
	}

	private List<Proposal> proposals(List<String> sentences) {
		List<Proposal> proposals = new ArrayList<>();
		for (String sentence : sentences) {
			Matcher m = PROPOSAL.matcher(sentence);
			if (m.matches()) {
				Matcher person = NAME_WITH_PARTY.matcher(m.group(1));
				while (person.find()) {
					proposals.add(new Proposal(Names.canonical(person.group(1)), person.group(2), sentence));
				}
			}
		}
		return proposals;
	}

	private List<Vote> votes(int number, List<ProtocolLine> lines, List<String> sentences, List<Ballot> tableBallots) {
		List<Ballot> ballots = new ArrayList<>(tableBallots);
		for (int l = 0; l < lines.size(); l++) {
			String listed = lines.get(l).text();
			// "Ja-röster: ..., Kurt" / "Lindahl (S), Sara Öhman (M)": the list runs on over the lines of its block
			while (BALLOT_LIST.matcher(listed).matches() && !listed.endsWith(")") && !listed.endsWith(".")
					&& l + 1 < lines.size() && !lines.get(l + 1).isBlank() && !BALLOT_LIST.matcher(lines.get(l + 1).text()).matches()) {
				listed = listed + " " + lines.get(++l).text();
			}
			Matcher list = BALLOT_LIST.matcher(listed);
			if (list.matches()) {
				String label = list.group(1).toLowerCase(Locale.ROOT);
				BallotChoice choice = label.startsWith("ja") ? BallotChoice.YES
						: label.startsWith("nej") ? BallotChoice.NO : BallotChoice.ABSTAIN;
				// "Nej-röst: Joakim Sand (SD). Övriga ledamöter röstar ja.": the list ends with its sentence
				String names = list.group(2).split("(?<=\\))\\.\\s+|\\.\\s+(?=\\p{Lu})")[0];
				for (String name : names.split(",|\\s+och\\s+")) {
					String n = name.strip().replaceAll("\\.$", "");
					if (!n.isEmpty()) {
						ballots.add(ballot(n, choice));
					}
				}
			}
		}
		String proposition = sentences.stream()
			.filter(s -> s.toLowerCase(Locale.ROOT).matches(".*ja-?röst\\s+för.*"))
			.findFirst()
			.orElse(null);
		for (ProtocolLine line : lines) {
			Matcher others = OTHERS_VOTE.matcher(line.text());
			if (others.find() && !ballots.isEmpty()) {
				BallotChoice choice = others.group(1).equalsIgnoreCase("ja") ? BallotChoice.YES : BallotChoice.NO;
				Set<String> listed = new java.util.HashSet<>(ballots.stream().map(Ballot::person).toList());
				this.deciding.stream()
					.filter(a -> a.paragraphsNote() == null
							|| ProtocolParser.ParagraphSpec.expand(a.paragraphsNote(), number, number).contains(number))
					.filter(a -> !listed.contains(a.name()))
					.forEach(a -> ballots.add(new Ballot(a.name(), a.party(), choice)));
			}
		}
		List<Vote> votes = new ArrayList<>();
		for (int s = 0; s < sentences.size(); s++) {
			String sentence = sentences.get(s);
			Matcher tally = TALLY.matcher(sentence);
			if (tally.find()) {
				Matcher abstain = ABSTAIN.matcher(sentence.substring(tally.end()));
				// "... beslutar nämnden att bifalla. En ledamot avstår från att rösta.": the next sentence
				Matcher next = s + 1 < sentences.size() ? ABSTAIN.matcher(sentences.get(s + 1)) : null;
				// a tally that does not mention abstentions: take them from the ballots, if listed; else unknown
				// (VoteCounts makes it 0 when yes and no are all who took part)
				Integer abstained = null;
				if (abstain.find()) {
					abstained = count(abstain.group(1), lines);
				}
				else if (next != null && next.lookingAt()) {
					abstained = count(next.group(1), lines);
				}
				else if (!ballots.isEmpty()) {
					abstained = count(ballots, BallotChoice.ABSTAIN);
				}
				votes.add(new Vote(votes.isEmpty() ? proposition : null, count(tally.group(1), lines),
						count(tally.group(2), lines), abstained, sentence,
						votes.isEmpty() ? List.copyOf(ballots) : List.of()));
			}
		}
		if (votes.isEmpty() && !ballots.isEmpty()) {
			votes.add(new Vote(proposition, count(ballots, BallotChoice.YES), count(ballots, BallotChoice.NO),
					count(ballots, BallotChoice.ABSTAIN), null, List.copyOf(ballots)));
		}
		return votes;
	}

	/** A vote count as written, bounded; a sentence may span lines, so the error names the first line with the figure. */
	private static int count(String written, List<ProtocolLine> lines) {
		Integer worded = SwedishNumbers.value(written);
		if (worded != null) {
			return worded;
		}
		String digits = written;
		int line = lines.stream()
			.filter(l -> l.text().contains(digits))
			.mapToInt(ProtocolLine::number)
			.findFirst()
			.orElse(lines.isEmpty() ? 0 : lines.get(0).number());
		return ProtocolParser.number(digits, line);
	}

	private static int count(List<Ballot> ballots, BallotChoice choice) {
		return (int) ballots.stream().filter(b -> b.choice() == choice).count();
	}

	private Ballot ballot(String written, BallotChoice choice) {
		Matcher p = Pattern.compile("^(.+?)\\s*\\(([^()]{1,6})\\)$").matcher(written.strip());
		if (p.matches()) {
			return new Ballot(Names.canonical(p.group(1)), p.group(2), choice);
		}
		String name = Names.canonical(written);
		return new Ballot(name, this.partyOf.get(name), choice);
	}

	private static Motion motion(String title, String heading, List<ProtocolLine> lines, String decisionText) {
		String lower = title.toLowerCase(Locale.ROOT);
		if (!lower.matches("^(svar på |besvarande av |besvarad )?motion\\b.*")) {
			return null;
		}
		String party = null;
		for (String candidate : new String[] { title, heading }) {
			Matcher m = candidate == null ? null : Pattern.compile("\\(([\\p{Lu}][\\p{L}]{0,3})\\)").matcher(candidate);
			if (m != null && m.find()) {
				party = m.group(1);
				break;
			}
		}
		List<String> claims = new ArrayList<>();
		for (int i = 0; i < lines.size() && claims.isEmpty(); i++) {
			String text = lines.get(i).text();
			Matcher intro = MOTION_CLAIMS.matcher(text);
			// the motion's own claims ("har i en motion ... föreslagit att:"), not a claim made in the meeting
			if (!intro.find() || PROPOSAL.matcher(text).matches() && mentionsMotionClaims(lines)) {
				continue;
			}
			for (int j = i + 1; j < lines.size(); j++) {
				ProtocolLine line = lines.get(j);
				if (line.isBlank()) {
					continue;
				}
				Matcher bullet = BULLET.matcher(line.text());
				if (!bullet.matches()) {
					break;
				}
				claims.add(bullet.group(1).strip());
			}
			if (claims.isEmpty() && !intro.group(1).isBlank()) {
				claims.add(intro.group(1).strip());
			}
		}
		MotionOutcome outcome = null;
		if (decisionText != null) {
			String d = decisionText.toLowerCase(Locale.ROOT);
			if (d.contains("besvarad")) {
				outcome = MotionOutcome.ANSWERED;
			}
			else if (d.contains("återremitt")) {
				outcome = MotionOutcome.REFERRED_BACK;
			}
			else if (d.matches("(?s).*\\bavsl(å|ag).*")) {
				outcome = MotionOutcome.REJECTED;
			}
			else if (d.matches("(?s).*\\bbifall.*")) {
				outcome = MotionOutcome.GRANTED;
			}
		}
		String all = String.join(" ", lines.stream().map(ProtocolLine::text).toList());
		return new Motion(party, title, claims, outcome, raisedOn(all, lines), DELAY_REPORTED.matcher(all).find());
	}

	private static final Pattern MOTION_CLAIMS = Pattern
		.compile("(?iu)\\b(?:yrkar|föreslår|föreslagit|föreslog)(?:\\s+därför)?(?:\\s+på)?\\s+att\\s*:?\\s*(.*)$");

	private static boolean mentionsMotionClaims(List<ProtocolLine> lines) {
		return lines.stream().anyMatch(l -> MOTION_CLAIMS.matcher(l.text()).find() && l.text().toLowerCase(Locale.ROOT).contains("motion"));
	}

	/** "Motion väckt 2022-09-12 av ...", "i en motion väckt 2023-04-17", "Motionen väcktes i fullmäktige den 14 mars 2023". */
	private static final Pattern RAISED = Pattern
		.compile("(?iu)\\bmotion\\p{L}*\\b[^.]{0,40}?\\bväckt(?:es|s)?\\b(?:\\s+i\\s+(?:kommun)?fullmäktige)?(?:\\s+den)?\\s+");

	private static java.time.LocalDate raisedOn(String text, List<ProtocolLine> lines) {
		Matcher raised = RAISED.matcher(text);
		if (!raised.find()) {
			return null;
		}
		String after = text.substring(raised.end(), Math.min(text.length(), raised.end() + 40));
		SwedishDates.Found<java.time.LocalDate> date = SwedishDates.findDate(after, lines.isEmpty() ? 0 : lines.get(0).number(), null);
		return date == null || date.start() > 0 ? null : date.value();
	}

	/** "Kommunfullmäktige informerades 2023-09-11 § 87 om att beredningen ... inte kunnat avslutas inom ett år". */
	private static final Pattern DELAY_REPORTED = Pattern.compile("(?iu)\\b(informerades|underrättades|anmäldes|redovisades|har\\s+informerats"
			+ "|har\\s+underrättats|rapporterades)\\b[^.]{0,200}?\\binom\\s+ett\\s+år\\b");

	private static List<BudgetNote> budgetNotes(List<Part> parts, List<ProtocolLine> lines, List<BudgetReport> reports) {
		List<BudgetNote> notes = new ArrayList<>();
		// "Socialnämnden – 3 300 tkr" on a line of its own, bold or not, over the note's text
		for (int i = 0; i < lines.size(); i++) {
			ProtocolLine line = lines.get(i);
			Matcher m = line.isTableLine() ? null : BUDGET_NOTE.matcher(line.text());
			if (m == null || !m.matches()) {
				continue;
			}
			List<ProtocolLine> body = new ArrayList<>();
			for (int j = i + 1; j < lines.size() && !BUDGET_NOTE.matcher(lines.get(j).text()).matches()
					&& !(isHeading(lines.get(j)) && !lines.get(j).isMarkedHeading()); j++) {
				if (lines.get(j).isMarkedHeading() && !body.isEmpty()) {
					break;
				}
				body.add(lines.get(j));
			}
			String text = prose(withoutTables(body));
			notes.add(new BudgetNote(m.group(1).strip(), figure(m.group(2), m.group(2).replaceAll("[\\s\u00A0]", ""), line.number()),
					text, reportsMeasures(text)));
		}
		// a unit's own follow-up with a section of measures ("Handlingsplan"): measures for the table's total
		boolean actionPlan = lines.stream().anyMatch(l -> !l.isTableLine() && l.text().length() < 40
				&& ACTION_PLAN_HEADING.matcher(l.text().replaceAll(":$", "")).matches());
		if (notes.isEmpty() && actionPlan) {
			for (BudgetReport report : reports) {
				report.lines().stream().filter(l -> l.level() == BudgetLineLevel.TOTAL && l.label() != null).findFirst()
					.ifPresent(total -> notes.add(new BudgetNote(total.label().replaceFirst("(?iu)\\s+totalt$", ""),
							total.yearDeviation() == null ? null : Math.abs(total.yearDeviation()),
							"Åtgärder redovisas under rubriken om handlingsplan.", true)));
			}
		}
		return notes;
	}

	private static List<DelegatedDecision> delegatedDecisions(List<Part> parts, Part decision) {
		List<DelegatedDecision> decisions = new ArrayList<>();
		for (Part part : parts) {
			String key = part.heading == null ? "" : part.heading.toLowerCase(Locale.ROOT);
			if (part == decision || DOCUMENT_HEADINGS.contains(key) || PROCEDURE_HEADINGS.contains(key)) {
				continue;
			}
			String delegate = part.heading != null && !DESCRIPTION_HEADINGS.contains(key) ? part.heading : null;
			for (ProtocolLine line : part.lines) {
				String text = line.text();
				if (line.isBlank()) {
					continue;
				}
				Matcher bullet = BULLET.matcher(text);
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
			for (Part part : parts) {
				String key = part.heading == null ? "" : part.heading.toLowerCase(Locale.ROOT);
				if (part != decision && !DOCUMENT_HEADINGS.contains(key) && !PROCEDURE_HEADINGS.contains(key)) {
					items(part.lines.stream().filter(l -> !l.text().endsWith(":")).toList())
						.forEach(item -> decisions.add(new DelegatedDecision(null, item)));
				}
			}
		}
		return decisions;
	}

	private static List<String> messages(List<Part> parts, Part decision) {
		List<String> messages = new ArrayList<>();
		for (Part part : parts) {
			String key = part.heading == null ? "" : part.heading.toLowerCase(Locale.ROOT);
			if (part != decision && !DOCUMENT_HEADINGS.contains(key) && !PROCEDURE_HEADINGS.contains(key)) {
				messages.addAll(items(part.lines.stream().filter(l -> !l.text().endsWith(":")).toList()));
			}
		}
		return messages;
	}

	// ---------------------------------------------------------------- tables

	private void readTables(List<ProtocolLine> lines, List<BudgetReport> budgets, List<DataTable> tables,
			List<Ballot> ballots) {
		int i = 0;
		while (i < lines.size()) {
			if (!lines.get(i).isTableLine()) {
				i++;
				continue;
			}
			int start = i;
			while (i < lines.size() && (lines.get(i).isTableLine() || isWrappedRowLabel(lines, i))) {
				i++;
			}
			List<ProtocolLine> block = lines.subList(start, i);
			if (block.stream().allMatch(l -> l.cells().stream().filter(c -> !c.isEmpty()).count() < 2)) {
				continue;
			}
			int header = budgetHeader(block);
			BudgetReport mapped = header < 0 && BudgetTableReader.isBudgetTable(block)
					? BudgetTableReader.read(block, titleAbove(lines, start, new String[] { "tkr" })) : null;
			if (mapped != null) {
				budgets.add(mapped);
			}
			else if (header >= 0 || BudgetTableReader.isBudgetTable(block)) {
				try {
					if (header < 0) {
						throw new UnreadableTable("The budget table's columns could not be matched to its header ("
								+ block.get(0).text() + ")", block.get(0).number());
					}
					budgets.add(budgetReport(lines, start, block, header));
				}
				catch (UnreadableTable unreadable) {
					BudgetReport byHeaders = BudgetTableReader.read(block, titleAbove(lines, start, new String[] { "tkr" }));
					if (byHeaders != null) {
						// not the six columns of the sample's layout, but its header names them
						budgets.add(byHeaders);
						continue;
					}
					// the rest of the minutes is still readable: keep the table as a table and say what failed
					ProtocolLine at = lines.stream().filter(l -> l.number() == unreadable.line).findFirst().orElse(block.get(0));
					this.notes.add(ReadingNote.warning(at.number(), at.page(), ReadingNote.BUDGET_TABLE,
							unreadable.getMessage() + " (line " + at.number() + "); the budget table was kept as a plain"
									+ " table and its figures are not checked"));
					tables.add(new DataTable(null, block.stream().map(l -> new DataRow(false, l.cells())).toList()));
				}
			}
			else if (ballotHeader(block.get(0)) != null) {
				ballots.addAll(ballotTable(block));
			}
			else {
				tables.add(dataTable(lines, start, block));
			}
		}
	}

	/** "Barn- och" over "utbildningsnämnden  212 500 ...": a row's label wrapped onto the line above its figures. */
	private static boolean isWrappedRowLabel(List<ProtocolLine> lines, int i) {
		ProtocolLine line = lines.get(i);
		return i > 0 && lines.get(i - 1).isTableLine() && !line.isBlank() && !line.isTableLine()
				&& line.text().length() <= 40 && i + 1 < lines.size() && lines.get(i + 1).isTableLine()
				&& !lines.get(i + 1).cells().isEmpty() && !lines.get(i + 1).cells().get(0).isBlank()
				&& Character.isLowerCase(lines.get(i + 1).cells().get(0).charAt(0));
	}

	private static int budgetHeader(List<ProtocolLine> block) {
		for (int i = 0; i < block.size(); i++) {
			List<String> cells = block.get(i).cells().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
			if (cells.contains("budget") && (cells.contains("utfall") || cells.contains("prognos"))) {
				return i;
			}
		}
		return -1;
	}

	private static String titleAbove(List<ProtocolLine> lines, int start, String[] unit) {
		int looked = 0;
		for (int j = start - 1; j >= 0 && looked < 3; j--) {
			ProtocolLine line = lines.get(j);
			if (line.isBlank()) {
				continue;
			}
			looked++;
			String text = line.text();
			if (text.matches("(?iu)(belopp i )?(tkr|mkr|tusental kronor|miljoner kronor)")) {
				unit[0] = text.toLowerCase(Locale.ROOT).contains("m") && !text.toLowerCase(Locale.ROOT).contains("tkr")
						? "mkr" : "tkr";
				continue;
			}
			return text;
		}
		return null;
	}

	private static BudgetReport budgetReport(List<ProtocolLine> lines, int start, List<ProtocolLine> block,
			int header) {
		String[] unit = { "tkr" };
		String title = titleAbove(lines, start, unit);
		String period = null;
		String fullYear = null;
		if (header > 0) {
			List<String> periodCells = new ArrayList<>();
			for (String cell : block.get(header - 1).cells()) {
				if (cell.matches("(?iu)(belopp i )?(tkr|mn?kr)")) {
					unit[0] = cell.toLowerCase(Locale.ROOT).matches(".*mn?kr") ? "mkr" : "tkr";
				}
				else if (!cell.isEmpty()) {
					periodCells.add(cell);
				}
			}
			period = periodCells.isEmpty() ? null : periodCells.get(0);
			fullYear = periodCells.size() > 1 ? periodCells.get(1) : null;
		}
		List<BudgetLine> rows = new ArrayList<>();
		Integer group = null;
		Integer lastBold = null;
		for (ProtocolLine line : block.subList(header + 1, block.size())) {
			List<String> cells = line.cells();
			String label = cells.get(0).isEmpty() ? null : cells.get(0);
			List<Long> figures = new ArrayList<>();
			for (String cell : cells.subList(1, cells.size())) {
				if (!cell.isEmpty()) {
					figures.add(amount(cell, line.number()));
				}
			}
			Emphasis emphasis = line.raw().contains("<b>") || line.raw().contains("**") ? Emphasis.BOLD
					: line.raw().contains("<i>") ? Emphasis.ITALIC : Emphasis.NONE;
			int index = rows.size();
			if (figures.isEmpty()) {
				rows.add(new BudgetLine(label, BudgetLineLevel.GROUP, emphasis, null, null, null, null, null, null,
						null));
				group = index;
				lastBold = null;
				continue;
			}
			if (figures.size() != 6) {
				throw new UnreadableTable("Budget table row '" + (label == null ? "" : label) + "' has "
						+ figures.size() + " figures; expected 6 (budget, actual and deviation for the period;"
						+ " budget, forecast and deviation for the year)", line.number());
			}
			Integer parent = null;
			BudgetLineLevel level = BudgetTableReader.isTotal(label, emphasis == Emphasis.BOLD) ? BudgetLineLevel.TOTAL
					: BudgetLineLevel.DETAIL;
			if (emphasis == Emphasis.ITALIC) {
				parent = lastBold;
			}
			else if (label != null && label.matches("(?iu)^[-–]?\\s*varav\\b.*")) {
				parent = index - 1;
				while (parent >= 0 && rows.get(parent).label() != null
						&& rows.get(parent).label().matches("(?iu)^[-–]?\\s*varav\\b.*")) {
					parent--;
				}
			}
			else if (group != null) {
				parent = group;
			}
			if (level == BudgetLineLevel.TOTAL) {
				if (label == null && group != null) {
					parent = group;
				}
				group = null;
				lastBold = index;
			}
			rows.add(new BudgetLine(label, level, emphasis, parent, figures.get(0), figures.get(1), figures.get(2),
					figures.get(3), figures.get(4), figures.get(5)));
		}
		return new BudgetReport(title, unit[0], period, fullYear, rows);
	}

	private static long amount(String cell, int line) {
		String digits = cell.replaceAll("[\\s\\u00a0]", "").replace('−', '-').replace('–', '-');
		if (!digits.matches("-?\\d+")) {
			throw new UnreadableTable("Budget figure '" + cell + "' is not a whole number of kronor", line);
		}
		return figure(cell, digits, line);
	}

	/** A budget figure's digits (with a sign) as a number, at most {@link #LARGEST_FIGURE} either way. */
	private static long figure(String written, String digits, int line) {
		String significant = digits.replaceFirst("^(-?)0+(?=\\d)", "$1");
		if (significant.replace("-", "").length() > 10 || Math.abs(Long.parseLong(significant)) > LARGEST_FIGURE) {
			throw new InvalidProtocolException("Budget figure '" + (written.length() > 40 ? written.substring(0, 40) + "…" : written)
					+ "' is out of range: at most " + LARGEST_FIGURE + " either way", line);
		}
		return Long.parseLong(significant);
	}

	private static Map<BallotChoice, Integer> ballotHeader(ProtocolLine line) {
		List<String> cells = line.cells();
		Map<BallotChoice, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String c = cells.get(i).toLowerCase(Locale.ROOT);
			if (c.equals("ja")) {
				columns.put(BallotChoice.YES, i);
			}
			else if (c.equals("nej")) {
				columns.put(BallotChoice.NO, i);
			}
			else if (c.startsWith("avst")) {
				columns.put(BallotChoice.ABSTAIN, i);
			}
		}
		return columns.containsKey(BallotChoice.YES) && columns.containsKey(BallotChoice.NO) ? columns : null;
	}

	private List<Ballot> ballotTable(List<ProtocolLine> block) {
		Map<BallotChoice, Integer> columns = ballotHeader(block.get(0));
		List<Ballot> ballots = new ArrayList<>();
		for (ProtocolLine line : block.subList(1, block.size())) {
			List<String> cells = line.cells();
			String name = cells.get(0);
			if (name.isEmpty() || name.toLowerCase(Locale.ROOT).matches("(summa|totalt|resultat).*")) {
				continue;
			}
			for (Map.Entry<BallotChoice, Integer> column : columns.entrySet()) {
				int at = column.getValue();
				if (at < cells.size() && !cells.get(at).isBlank()) {
					ballots.add(ballot(name, column.getKey()));
				}
			}
		}
		return ballots;
	}

	private static DataTable dataTable(List<ProtocolLine> lines, int start, List<ProtocolLine> block) {
		String title = titleAbove(lines, start, new String[1]);
		List<DataRow> rows = new ArrayList<>();
		boolean inHeader = true;
		for (ProtocolLine line : block) {
			List<String> cells = line.cells();
			List<String> raw = List.of(line.raw().split("\t", -1));
			boolean allBold = true;
			for (int c = 0; c < raw.size(); c++) {
				if (!cells.get(c).isEmpty() && !(raw.get(c).contains("<b>") || raw.get(c).contains("**"))) {
					allBold = false;
				}
			}
			inHeader = inHeader && allBold;
			rows.add(new DataRow(inHeader, cells));
		}
		return new DataTable(title, rows);
	}

}
