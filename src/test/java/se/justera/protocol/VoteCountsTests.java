package se.justera.protocol;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.paragraph.ParagraphKind;
import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Paragraph;
import se.justera.protocol.Protocol.Recusal;
import se.justera.protocol.Protocol.Vote;

import static org.assertj.core.api.Assertions.assertThat;

/** Abstentions a tally leaves unsaid: 0 only when yes and no are all who took part, else unknown. */
class VoteCountsTests {

	@Test
	void yesAndNoAsManyAsThoseTakingPartLeaveNobodyToAbstain() {
		List<Paragraph> read = VoteCounts.conclude(List.of(paragraph(3, 2, List.of())), members(5));

		assertThat(read.get(0).votes().get(0).abstain()).isZero();
	}

	@Test
	void fewerVotesThanThoseTakingPartLeaveTheAbstentionsUnknown() {
		List<Paragraph> read = VoteCounts.conclude(List.of(paragraph(3, 2, List.of())), members(6));

		assertThat(read.get(0).votes().get(0).abstain()).isNull();
	}

	@Test
	void theRecusedDoNotTakePartAndAPersonInTwoRolesIsOnePerson() {
		List<Attendee> attendees = new java.util.ArrayList<>(members(6));
		attendees.add(new Attendee("Ledamot 0", "S", AttendanceRole.SERVING_SUBSTITUTE, null, "Ledamot 9", List.of(1), null));

		List<Paragraph> read = VoteCounts.conclude(List.of(paragraph(3, 2, List.of(new Recusal("Ledamot 5", null)))),
				attendees);

		assertThat(read.get(0).votes().get(0).abstain()).isZero();
	}

	@Test
	void aStatedAbstentionCountIsKept() {
		Paragraph stated = new Paragraph(1, null, "Taxa", null, ParagraphKind.DECISION, null, "Taxan antas.", List.of(), null,
				List.of(), List.of(), List.of(), List.of(), List.of(new Vote(null, 3, 1, 1, "Med 3 mot 1, 1 avstår", List.of())),
				List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), null);

		assertThat(VoteCounts.conclude(List.of(stated), members(4)).get(0).votes().get(0).abstain()).isEqualTo(1);
	}

	private static Paragraph paragraph(int yes, int no, List<Recusal> recusals) {
		return new Paragraph(1, null, "Taxa", null, ParagraphKind.DECISION, null, "Taxan antas.", List.of(), null,
				List.of(), List.of(), recusals, List.of(), List.of(new Vote(null, yes, no, null, "Med " + yes + " mot " + no, List.of())),
				List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
	}

	private static List<Attendee> members(int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(i -> new Attendee("Ledamot " + i, "S", i == 0 ? AttendanceRole.CHAIR : AttendanceRole.MEMBER, null,
					null, null, null))
			.toList();
	}

}
