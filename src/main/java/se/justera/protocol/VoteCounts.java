package se.justera.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Paragraph;
import se.justera.protocol.Protocol.Vote;

/**
 * Abstentions a tally leaves unsaid ("Med 8 ja-röster mot 7 nej-röster beslutar ..."): unknown,
 * not none, unless the text lets one conclude it: when the yes and no votes are as many as the
 * deciding members who took part in the paragraph (present and not recused), nobody is left to
 * have abstained, so the count is 0. Otherwise it stays null and the rules say they could not check.
 */
final class VoteCounts {

	private VoteCounts() {
	}

	/** The paragraphs with every unsaid abstention count concluded where the attendance allows it. */
	static List<Paragraph> conclude(List<Paragraph> paragraphs, List<Attendee> attendees) {
		List<Paragraph> result = new ArrayList<>(paragraphs.size());
		for (Paragraph p : paragraphs) {
			if (p.votes().stream().noneMatch(v -> v.abstain() == null && v.yes() != null && v.no() != null)) {
				result.add(p);
				continue;
			}
			int taking = takingPart(p, attendees);
			List<Vote> votes = p.votes().stream()
				.map(v -> v.abstain() == null && v.yes() != null && v.no() != null && taking > 0
						&& v.yes() + v.no() == taking
								? new Vote(v.proposition(), v.yes(), v.no(), 0, v.resultText(), v.ballots()) : v)
				.toList();
			result.add(new Paragraph(p.number(), p.caseNumber(), p.title(), p.heading(), p.kind(), p.decisionHeading(),
					p.decisionText(), p.decisionPoints(), p.description(), p.sections(), p.supportingDocuments(),
					p.recusals(), p.proposals(), votes, p.reservations(), p.motion(), p.budgetReports(), p.budgetNotes(),
					p.delegatedDecisions(), p.messages(), p.tables(), p.page(), p.immediatelyChecked()));
		}
		return List.copyOf(result);
	}

	/** The deciding people of a paragraph, each once (a person may hold two roles), the recused left out. */
	static int takingPart(Paragraph paragraph, List<Attendee> attendees) {
		Set<String> recused = new HashSet<>();
		paragraph.recusals().forEach(r -> recused.add(r.person()));
		Set<String> taking = new HashSet<>();
		for (Attendee a : attendees) {
			if (a.role().decides() && a.presentIn(paragraph.number()) && !recused.contains(a.name())) {
				taking.add(a.name());
			}
		}
		return taking.size();
	}

}
