package se.justera.paragraph;

import java.util.List;

import se.justera.meeting.Person;

/** The parts of a paragraph, each row keyed by the paragraph (or vote, table) it belongs to. */
final class ParagraphParts {

	private ParagraphParts() {
	}

	record Decision(String heading, String text, List<DecisionPoint> points) {
	}

	record DecisionPoint(Long paragraphId, int number, String text) {
	}

	record Section(Long paragraphId, String heading, String text) {
	}

	record SupportingDocument(Long paragraphId, String title) {
	}

	record Recusal(Long paragraphId, Person person, String note) {
	}

	record Proposal(Long paragraphId, Person person, String party, String text) {
	}

	record Vote(Long id, Long paragraphId, String proposition, Integer yes, Integer no, Integer abstain,
			String resultText) {
	}

	record Ballot(Long voteId, Person person, String party, BallotChoice choice) {
	}

	record Reservation(Long paragraphId, Person person, String party, String text) {
	}

	record DelegatedDecision(Long paragraphId, String delegate, String text) {
	}

	record Message(Long paragraphId, String text) {
	}

	record Table(Long id, Long paragraphId, String title) {
	}

	record TableRow(Long tableId, boolean header, List<String> cells) {
	}

}
