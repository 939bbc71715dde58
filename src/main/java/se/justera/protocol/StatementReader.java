package se.justera.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.protocol.Protocol.Proposal;
import se.justera.protocol.Protocol.Recusal;
import se.justera.protocol.Protocol.Reservation;
import se.justera.text.Names;

/**
 * Reads what members state in a paragraph's sentences: proposals ("A (S) yrkar ..."), recusals
 * (jäv) and reservations. The people are the meeting's attendees where a sentence names them, else
 * anyone written "Name (Party)".
 */
final class StatementReader {

	private static final Pattern NAME_WITH_PARTY = Pattern
		.compile("(\\p{Lu}[\\p{L}'-]+(?:\\s+(?:\\p{Lu}[\\p{L}'-]+|af|von|de|van))+)\\s*\\(([\\p{L}]{1,4})\\)");

	private static final String PERSON_WITH_PARTY = "\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)+\\s*\\([\\p{L}]{1,4}\\)";

	/** "A (S) yrkar ...", "A (S) och B (V) yrkar ...", "A (V) instämmer i B:s yrkande". */
	static final Pattern PROPOSAL = Pattern.compile("^(" + PERSON_WITH_PARTY + "(?:(?:,|\\s+och)\\s+"
			+ PERSON_WITH_PARTY + ")*),?\\s+(?:med instämmande (?:av|från) [^,]+,\\s*)?(?:yrkar|instämmer i)\\b.*");

	private static final Pattern RECUSAL = Pattern.compile("(?iu)\\bjäv");

	private static final Pattern RESERVATION = Pattern.compile("(?iu)reserver(ar|ade|ing)|reservation");

	/** A person a sentence names, with the party where known, and where in the sentence. */
	private record Named(String name, String party, int at) {
	}

	/** The attendees' names, longest first so that "Anna Ek Berg" is found before "Anna Ek". */
	private final List<String> attendeeNames;

	private final Map<String, String> partyOf;

	StatementReader(List<String> attendeeNames, Map<String, String> partyOf) {
		this.attendeeNames = attendeeNames.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		this.partyOf = partyOf;
	}

	List<Proposal> proposals(List<String> sentences) {
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

	List<Recusal> recusals(List<String> sentences) {
		List<Recusal> recusals = new ArrayList<>();
		for (String sentence : sentences) {
			Matcher jav = RECUSAL.matcher(sentence);
			if (jav.find()) {
				// only whom the sentence is about: "X anmäler jäv ..., varvid vice ordföranden Y leder" recuses X
				List<Named> named = peopleIn(sentence.substring(0, jav.start()));
				for (Named person : named.isEmpty() ? peopleIn(sentence) : named) {
					if (recusals.stream().noneMatch(r -> r.person().equals(person.name()))) {
						recusals.add(new Recusal(person.name(), sentence));
					}
				}
			}
		}
		return recusals;
	}

	List<Reservation> reservations(List<String> sentences) {
		List<Reservation> reservations = new ArrayList<>();
		for (String sentence : sentences) {
			if (RESERVATION.matcher(sentence).find()) {
				for (Named person : peopleIn(sentence)) {
					if (reservations.stream().noneMatch(r -> r.person().equals(person.name()))) {
						reservations.add(new Reservation(person.name(), person.party(), sentence));
					}
				}
			}
		}
		return reservations;
	}

	/** People named in a sentence, in the order named: attendees first, else anyone written "Name (Party)". */
	private List<Named> peopleIn(String sentence) {
		List<Named> people = new ArrayList<>();
		String rest = sentence;
		for (String name : this.attendeeNames) {
			int at = rest.indexOf(name);
			if (at >= 0) {
				people.add(new Named(name, this.partyOf.get(name), sentence.indexOf(name)));
				rest = rest.substring(0, at) + " ".repeat(name.length()) + rest.substring(at + name.length());
			}
		}
		Matcher m = NAME_WITH_PARTY.matcher(rest);
		while (m.find()) {
			people.add(new Named(Names.canonical(m.group(1)), m.group(2), m.start()));
		}
		people.sort(Comparator.comparingInt(Named::at));
		return people;
	}

}
