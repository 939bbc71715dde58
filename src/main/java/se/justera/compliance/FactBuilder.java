package se.justera.compliance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import se.justera.budget.BudgetLineLevel;
import se.justera.compliance.fact.Attendee;
import se.justera.compliance.fact.Ballot;
import se.justera.compliance.fact.BudgetNote;
import se.justera.compliance.fact.BudgetRow;
import se.justera.compliance.fact.BudgetSum;
import se.justera.compliance.fact.Checker;
import se.justera.compliance.fact.Meeting;
import se.justera.compliance.fact.Motion;
import se.justera.compliance.fact.Notice;
import se.justera.compliance.fact.Paragraph;
import se.justera.compliance.fact.Participant;
import se.justera.compliance.fact.Proposal;
import se.justera.compliance.fact.Recusal;
import se.justera.compliance.fact.Reservation;
import se.justera.compliance.fact.Vote;
import se.justera.protocol.PrintedMunicipality;
import se.justera.protocol.Protocol;
import se.justera.protocol.ReadingNote;

/**
 * Turns a protocol and its settings into the facts the rules read. It applies the attendance
 * list to each paragraph and adds up budget rows, and tells the rules which facts the reader left
 * unknown ({@link Meeting#unknown()}); judging is left to the rules.
 */
public final class FactBuilder {

	private FactBuilder() {
	}

	/** What a recusal sentence says when the person left while the matter was handled. */
	private static final java.util.regex.Pattern LEFT_THE_ROOM = java.util.regex.Pattern
		.compile("(?iu)\\blämna[rt]?\\s+(sammanträdet|lokalen|rummet|salen|mötet|sessionssalen)\\b|\\bgår\\s+ut\\b");

	/** What a recusal sentence says when the person stayed while the matter was handled. */
	private static final java.util.regex.Pattern STAYED = java.util.regex.Pattern
		.compile("(?iu)\\b(är|var|stannar|sitter)\\s+kvar\\b|\\bkvar\\s+i\\s+(lokalen|rummet|salen|sessionssalen)\\b");

	public static List<Object> facts(String municipality, Protocol protocol, ComplianceSettings settings) {
		List<Object> facts = new ArrayList<>();
		// configuration cannot loosen the law: a limit stored before longer ones were refused still ends at 14
		int checkingDays = Math.min(settings.checkingDays(), ComplianceSettings.LEGAL_MAX_CHECKING_DAYS);
		facts.add(new Meeting(municipality, protocol.bodyName(), settings.kind(), protocol.meetingDate(),
				protocol.checkingDate(), settings.seats(), checkingDays, protocol.firstParagraph(),
				protocol.lastParagraph(), settings.overrunThresholdPercent(), unknown(protocol),
				PrintedMunicipality.of(protocol.readingNotes()).map(PrintedMunicipality::name).orElse(null)));
		// a notice the reader says it could not read is not judged part by part: the rules see none
		// and, the notice being unknown, report that they could not check it
		if (protocol.notice() != null && !protocol.unknown(ReadingNote.NOTICE)) {
			Protocol.Notice n = protocol.notice();
			facts.add(new Notice(n.bodyName(), n.meetingDate(), n.postedOn(), n.removedOn(), n.minutesKeptAt(),
					n.statedAppealDeadline(), n.paragraphs()));
		}
		for (Protocol.Attendee a : protocol.attendees()) {
			facts.add(new Attendee(a.name(), a.role(), a.role().decides(), a.paragraphs(), a.replaces()));
		}
		protocol.checkers().forEach(c -> facts.add(new Checker(c)));
		for (Protocol.Paragraph p : protocol.paragraphs()) {
			int n = p.number();
			facts.add(new Paragraph(n, p.kind(), p.decisionText() != null && !p.decisionText().isBlank(),
					p.immediatelyChecked()));
			if (p.motion() != null) {
				facts.add(new Motion(n, p.title(), p.motion().raisedOn(), p.motion().delayReported(),
						p.motion().outcome() != null && p.motion().outcome() != se.justera.motion.MotionOutcome.REFERRED_BACK));
			}
			Set<String> recused = new HashSet<>();
			for (Protocol.Recusal r : p.recusals()) {
				recused.add(r.person());
				facts.add(new Recusal(r.person(), n, r.note() != null && LEFT_THE_ROOM.matcher(r.note()).find(),
						r.note() != null && STAYED.matcher(r.note()).find()));
			}
			// one Participant per person and paragraph: a person listed in two roles (SubstituteRoles)
			// that both decide in a paragraph is still one vote and one seat of the quorum
			Set<String> participating = new HashSet<>();
			for (Protocol.Attendee a : protocol.attendees()) {
				if (a.role().decides() && a.presentIn(n) && participating.add(a.name())) {
					facts.add(new Participant(a.name(), a.party(), n, recused.contains(a.name())));
				}
			}
			for (int v = 0; v < p.votes().size(); v++) {
				Protocol.Vote vote = p.votes().get(v);
				facts.add(new Vote(n, v, vote.yes(), vote.no(), vote.abstain(), vote.ballots().size()));
				vote.ballots().forEach(b -> facts.add(new Ballot(b.person(), n, b.choice())));
			}
			p.proposals().forEach(x -> facts.add(new Proposal(x.person(), n)));
			p.reservations().forEach(x -> facts.add(new Reservation(x.person(), n)));
			p.budgetNotes().forEach(x -> facts.add(new BudgetNote(x.unit(), x.actionPlanReported())));
			for (int r = 0; r < p.budgetReports().size(); r++) {
				addBudget(facts, n, r, p.budgetReports().get(r).lines(), settings,
						unitNamed(p.title(), rowUnitsOutside(protocol, n)));
			}
		}
		return facts;
	}

	/**
	 * The facts the reader left unknown: those its reading notes name (see {@link Protocol#unknown}).
	 * The municipality note is left out: it says which municipality the text names, nothing is
	 * unknown by it.
	 */
	static Set<String> unknown(Protocol protocol) {
		Set<String> unknown = new TreeSet<>();
		if (protocol.readingNotes() != null) {
			protocol.readingNotes().stream()
				.map(ReadingNote::fact)
				.filter(f -> f != null && !ReadingNote.MUNICIPALITY.equals(f))
				.forEach(unknown::add);
		}
		return Collections.unmodifiableSet(unknown);
	}

	/**
	 * The facts a WARNING reading note marks as not (fully) read, each with where the notes are
	 * ("budgetTable" to "line 212"), for the findings of rules that still judge what was read of
	 * them ({@code @reads}, see {@link Findings}).
	 */
	static Map<String, String> uncertain(Protocol protocol) {
		Map<String, Set<String>> where = new TreeMap<>();
		if (protocol.readingNotes() != null) {
			for (ReadingNote note : protocol.readingNotes()) {
				if (note.level() == ReadingNote.Level.WARNING && note.fact() != null) {
					where.computeIfAbsent(note.fact(), f -> new LinkedHashSet<>())
						.add(note.line() == null ? "the whole text" : "line " + note.line());
				}
			}
		}
		Map<String, String> uncertain = new TreeMap<>();
		where.forEach((fact, places) -> uncertain.put(fact, String.join(", ", places)));
		return uncertain;
	}

	/** The unit a budget row stands for, the key for comparing rows across tables: its label without "Summa". */
	private static String unitOf(String label) {
		return label == null ? null : label.toLowerCase(Locale.ROOT).replaceFirst("^summa\\s+", "").strip();
	}

	/** The units of the labelled budget rows of every paragraph but this one. */
	static Set<String> rowUnitsOutside(Protocol protocol, int paragraph) {
		Set<String> units = new HashSet<>();
		for (Protocol.Paragraph p : protocol.paragraphs()) {
			if (p.number() != paragraph) {
				p.budgetReports().forEach(r -> r.lines().forEach(l -> {
					if (l.label() != null && l.level() != BudgetLineLevel.GROUP) {
						units.add(unitOf(l.label()));
					}
				}));
			}
		}
		return units;
	}

	/**
	 * The unit a paragraph's title names, among the units of other tables ("Budgetuppföljning
	 * kommunstyrelsen per mars 2024" names kommunstyrelsen): what its tables' unlabelled total stands
	 * for. The longest such unit, or null when the title names none.
	 */
	static String unitNamed(String title, Set<String> units) {
		if (title == null) {
			return null;
		}
		String lower = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
		return units.stream()
			.filter(u -> !u.isBlank() && lower.contains(" " + u + " "))
			.max(java.util.Comparator.comparingInt(String::length))
			.orElse(null);
	}

	/** unlabelledUnit: the unit the table's unlabelled total stands for, when the paragraph's title names it, or null. */
	private static void addBudget(List<Object> facts, int paragraph, int report, List<Protocol.BudgetLine> lines,
			ComplianceSettings settings, String unlabelledUnit) {
		for (int i = 0; i < lines.size(); i++) {
			Protocol.BudgetLine l = lines.get(i);
			if (l.level() == BudgetLineLevel.GROUP) {
				continue;
			}
			// a total without a label, not under a heading, adds up the whole table: the unit the paragraph is about
			String sameAs = l.label() != null ? unitOf(l.label())
					: l.level() == BudgetLineLevel.TOTAL && l.parent() == null ? unlabelledUnit : null;
			facts.add(new BudgetRow(paragraph, report, i, l.label(), sameAs, l.level(),
					settings.isCommittee(l.label()), l.periodBudget(),
					l.periodActual(), l.periodDeviation(), l.yearBudget(), l.yearForecast(), l.yearDeviation()));
		}
		for (int i = 0; i < lines.size(); i++) {
			Protocol.BudgetLine total = lines.get(i);
			if (total.level() != BudgetLineLevel.TOTAL) {
				continue;
			}
			List<Protocol.BudgetLine> parts = partsOf(lines, i);
			if (parts.isEmpty()) {
				continue;
			}
			String label = total.label() != null ? total.label()
					: total.parent() != null ? lines.get(total.parent()).label() : "(summa)";
			addSum(facts, paragraph, report, i, label, "periodBudget", total.periodBudget(), parts, Protocol.BudgetLine::periodBudget);
			addSum(facts, paragraph, report, i, label, "periodActual", total.periodActual(), parts, Protocol.BudgetLine::periodActual);
			addSum(facts, paragraph, report, i, label, "periodDeviation", total.periodDeviation(), parts, Protocol.BudgetLine::periodDeviation);
			addSum(facts, paragraph, report, i, label, "yearBudget", total.yearBudget(), parts, Protocol.BudgetLine::yearBudget);
			addSum(facts, paragraph, report, i, label, "yearForecast", total.yearForecast(), parts, Protocol.BudgetLine::yearForecast);
			addSum(facts, paragraph, report, i, label, "yearDeviation", total.yearDeviation(), parts, Protocol.BudgetLine::yearDeviation);
		}
	}

	/**
	 * The rows a total adds up: its italic sub-units; for a total closing a heading, the rows under
	 * the heading; for a "Summa" row, the top-level rows since the previous "Summa" row.
	 */
	static List<Protocol.BudgetLine> partsOf(List<Protocol.BudgetLine> lines, int index) {
		Protocol.BudgetLine total = lines.get(index);
		List<Protocol.BudgetLine> parts = new ArrayList<>();
		for (int j = 0; j < lines.size(); j++) {
			Protocol.BudgetLine l = lines.get(j);
			if (j != index && l.parent() != null && l.parent() == index) {
				parts.add(l);
			}
		}
		if (!parts.isEmpty()) {
			return parts;
		}
		if (total.label() == null && total.parent() != null) {
			for (int j = 0; j < index; j++) {
				Protocol.BudgetLine l = lines.get(j);
				if (l.level() == BudgetLineLevel.DETAIL && total.parent().equals(l.parent())) {
					parts.add(l);
				}
			}
			return parts;
		}
		// a "Summa" row adds up the rows since the previous one; a row without a label, not under a
		// heading, the rows above it since the previous total
		if (total.label() == null && total.parent() == null) {
			for (int j = index - 1; j >= 0 && lines.get(j).level() != BudgetLineLevel.TOTAL; j--) {
				if (lines.get(j).parent() == null && lines.get(j).level() == BudgetLineLevel.DETAIL) {
					parts.add(0, lines.get(j));
				}
			}
			return parts;
		}
		if (total.label() != null && total.label().toLowerCase(Locale.ROOT).startsWith("summa")) {
			for (int j = index - 1; j >= 0; j--) {
				Protocol.BudgetLine l = lines.get(j);
				if (l.label() != null && l.label().toLowerCase(Locale.ROOT).startsWith("summa")) {
					break;
				}
				if (l.parent() == null && l.level() != BudgetLineLevel.GROUP) {
					parts.add(0, l);
				}
			}
		}
		return parts;
	}

	private static void addSum(List<Object> facts, int paragraph, int report, int line, String label, String column,
			Long stated, List<Protocol.BudgetLine> parts, java.util.function.Function<Protocol.BudgetLine, Long> figure) {
		if (stated == null) {
			return;
		}
		long sum = 0;
		for (Protocol.BudgetLine part : parts) {
			Long value = figure.apply(part);
			if (value == null) {
				return;
			}
			// the parser bounds figures to an int, so no table overflows a long; should one, fail
			// loudly (ArithmeticException) rather than compare a wrapped sum
			sum = Math.addExact(sum, value);
		}
		facts.add(new BudgetSum(paragraph, report, line, label, column, stated, sum, parts.size()));
	}

}
