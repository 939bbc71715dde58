package se.justera.protocol;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.paragraph.BallotChoice;
import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Ballot;
import se.justera.protocol.Protocol.Vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tallies in figures and words, ballot lists and tables, and the others who voted the other way. */
class VoteReaderTests {

	private static final List<Attendee> DECIDING = List.of(member("Anna Ek", "S"), member("Lars Wik", "M"),
			member("Eva Lind", "V"));

	private final VoteReader reader = new VoteReader(Map.of("Anna Ek", "S", "Lars Wik", "M", "Eva Lind", "V"), DECIDING);

	@Test
	void aTallyInFiguresWithAbstentionsIsTheVote() {
		Vote vote = read("Omröstningen utfaller med 21 ja-röster mot 18 nej-röster, 2 ledamöter avstår.").get(0);

		assertThat(List.of(vote.yes(), vote.no(), vote.abstain())).containsExactly(21, 18, 2);
	}

	@Test
	void aWordedAndSingularTallyIsCounted() {
		Vote vote = read("Med tolv ja-röster mot en nej-röst bifalls förslaget.").get(0);

		// abstentions the tally does not mention are unknown here: VoteCounts concludes them from who took part
		assertThat(vote).extracting(Vote::yes, Vote::no, Vote::abstain).containsExactly(12, 1, null);
	}

	@Test
	void abstentionsInTheNextSentenceAreTheTallys() {
		Vote vote = read("Med 7 ja-röster mot 3 nej-röster beslutar nämnden att bifalla.", "En ledamot avstår från att rösta.")
			.get(0);

		assertThat(vote.abstain()).isEqualTo(1);
	}

	@Test
	void theOthersVotedTheOtherWay() {
		Vote vote = read("Nej-röst: Lars Wik (M). Övriga ledamöter röstar ja.").get(0);

		assertThat(vote.ballots()).containsExactly(new Ballot("Lars Wik", "M", BallotChoice.NO),
				new Ballot("Anna Ek", "S", BallotChoice.YES), new Ballot("Eva Lind", "V", BallotChoice.YES));
		assertThat(List.of(vote.yes(), vote.no())).containsExactly(2, 1);
	}

	@Test
	void aVotingTableIsABallotPerMark() {
		List<Ballot> read = this.reader.ballotTable(Snippet.lines("Ledamot\tJa\tNej\tAvstår", "Anna Ek\tX\t\t",
				"Lars Wik\t\tX\t", "Summa\t1\t1\t0"));

		assertThat(read).containsExactly(new Ballot("Anna Ek", "S", BallotChoice.YES), new Ballot("Lars Wik", "M", BallotChoice.NO));
	}

	@Test
	void aParagraphWithoutATallyOrBallotsHasNoVote() {
		assertThat(read("Förslaget bifalls.")).isEmpty();
	}

	@Test
	void aCountBeyondTheLargestIsRefusedAtItsLine() {
		assertThatThrownBy(() -> read("Text.", "Med 123456 ja-röster mot 3 nej-röster bifalls."))
			.isInstanceOf(InvalidProtocolException.class)
			.hasMessageEndingWith("(line 2)");
	}

	private List<Vote> read(String... texts) {
		List<ProtocolLine> lines = Snippet.lines(texts);
		return this.reader.read(5, lines, Prose.sentences(lines, new ParagraphHeadings(Vocabulary.standard())), List.of());
	}

	private static Attendee member(String name, String party) {
		return new Attendee(name, party, AttendanceRole.MEMBER, null, null, null, null);
	}

}
