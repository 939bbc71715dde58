package se.justera.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.paragraph.BallotChoice;
import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Ballot;
import se.justera.protocol.Protocol.Vote;
import se.justera.text.Names;

/**
 * Reads a paragraph's votes: tallies in figures or words ("21 ja-röster mot 20 nej-röster", "tolv
 * ja-röster mot en nej-röst", abstentions in the same or the next sentence), the ballots of
 * "Ja-röster: ..." lists and of voting tables, and "Övriga ledamöter röstar ja" for the deciding
 * members not listed.
 */
final class VoteReader {

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

	private static final Pattern PROPOSITION = Pattern.compile(".*ja-?röst\\s+för.*");

	private static final Pattern BALLOT_WITH_PARTY = Pattern.compile("^(.+?)\\s*\\(([^()]{1,6})\\)$");

	private final Map<String, String> partyOf;

	/** Deciding members, with the paragraphs the cover gives them: who "the others" of a vote are. */
	private final List<Attendee> deciding;

	VoteReader(Map<String, String> partyOf, List<Attendee> deciding) {
		this.partyOf = partyOf;
		this.deciding = deciding;
	}

	/** The votes of paragraph {@code number}; {@code tableBallots} are those its voting tables list. */
	List<Vote> read(int number, List<ProtocolLine> lines, List<String> sentences, List<Ballot> tableBallots) {
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
			.filter(s -> PROPOSITION.matcher(s.toLowerCase(Locale.ROOT)).matches())
			.findFirst()
			.orElse(null);
		for (ProtocolLine line : lines) {
			Matcher others = OTHERS_VOTE.matcher(line.text());
			if (others.find() && !ballots.isEmpty()) {
				BallotChoice choice = others.group(1).equalsIgnoreCase("ja") ? BallotChoice.YES : BallotChoice.NO;
				Set<String> listed = new HashSet<>(ballots.stream().map(Ballot::person).toList());
				this.deciding.stream()
					.filter(a -> a.paragraphsNote() == null
							|| ParagraphNumbers.expand(a.paragraphsNote(), number, number).contains(number))
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

	/** The columns of a voting table's header row ("Ledamot", "Ja", "Nej", "Avstår"), or null if it is none. */
	static Map<BallotChoice, Integer> ballotHeader(ProtocolLine line) {
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

	/** The ballots of a voting table: a row per member, a mark in the column of the choice. */
	List<Ballot> ballotTable(List<ProtocolLine> block) {
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
		return ParagraphNumbers.number(digits, line);
	}

	private static int count(List<Ballot> ballots, BallotChoice choice) {
		return (int) ballots.stream().filter(b -> b.choice() == choice).count();
	}

	private Ballot ballot(String written, BallotChoice choice) {
		Matcher p = BALLOT_WITH_PARTY.matcher(written.strip());
		if (p.matches()) {
			return new Ballot(Names.canonical(p.group(1)), p.group(2), choice);
		}
		String name = Names.canonical(written);
		return new Ballot(name, this.partyOf.get(name), choice);
	}

}
