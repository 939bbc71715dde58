package se.justera.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;

import static org.assertj.core.api.Assertions.assertThat;

/** Comings and goings during the meeting, each a sentence of a paragraph, applied to who took part where. */
class AttendanceChangesTests {

	private static final List<Attendee> MEMBERS = List.of(member("Rebecka Nyman"), member("Arne Wallén"),
			member("Jonna Frid"), member("Olof Brandt"), member("Dennis Alm"));

	@Test
	void thoseWhoLeaveAfterAParagraphTakePartInNoneAfterIt() {
		List<Attendee> read = AttendanceChanges.apply(MEMBERS, texts(
				"Rebecka Nyman (S), Arne Wallén (SD) och Jonna Frid (SD) lämnar sammanträdet kl. 15.10 efter § 22."));

		assertThat(paragraphs(read, "Arne Wallén")).containsExactly(20, 21, 22);
		assertThat(paragraphs(read, "Jonna Frid")).containsExactly(20, 21, 22);
		assertThat(paragraphs(read, "Olof Brandt")).containsExactly(20, 21, 22, 23, 24);
	}

	@Test
	void whoJoinsFromAParagraphTakesPartFromIt() {
		List<Attendee> read = AttendanceChanges.apply(MEMBERS, texts("Dennis Alm (SD) deltar från och med § 23."));

		assertThat(paragraphs(read, "Dennis Alm")).containsExactly(23, 24);
	}

	@Test
	void whoDoesNotTakePartInTheDecisionIsOutOfThatParagraphOnly() {
		Map<Integer, String> texts = texts("");
		texts.put(22, "Försäljningen beräknas ge 2,4 miljoner kronor. Olof Brandt (S) deltar inte i beslutet.");

		List<Attendee> read = AttendanceChanges.apply(MEMBERS, texts);

		assertThat(paragraphs(read, "Olof Brandt")).containsExactly(20, 21, 23, 24);
	}

	@Test
	void minutesWithoutChangesAreLeftAsTheyAre() {
		assertThat(AttendanceChanges.apply(MEMBERS, texts("Informationen noteras."))).isSameAs(MEMBERS);
	}

	@Test
	void aChangeOfAPersonInTwoRolesLeavesTheNonServingRoleAsItIs() {
		List<Attendee> listed = List.of(member("Rebecka Nyman"),
				new Attendee("Dennis Alm", "SD", AttendanceRole.SERVING_SUBSTITUTE, null, "Rebecka Nyman", List.of(23, 24), null),
				new Attendee("Dennis Alm", "SD", AttendanceRole.NON_SERVING_SUBSTITUTE, null, null, List.of(20, 21, 22), null));

		List<Attendee> read = AttendanceChanges.apply(listed, texts("Dennis Alm (SD) deltar inte i beslutet."));
		Map<Integer, String> later = texts("");
		later.put(23, "Dennis Alm (SD) deltar inte i beslutet.");
		List<Attendee> readLater = AttendanceChanges.apply(listed, later);

		assertThat(read).extracting(Attendee::paragraphs)
			.containsExactly(null, List.of(23, 24), List.of(20, 21, 22));
		assertThat(readLater).extracting(Attendee::paragraphs)
			.containsExactly(null, List.of(24), List.of(20, 21, 22));
	}

	private static Map<Integer, String> texts(String inParagraph21) {
		Map<Integer, String> texts = new LinkedHashMap<>();
		for (int n = 20; n <= 24; n++) {
			texts.put(n, n == 21 ? inParagraph21 : "Beslut enligt förslaget.");
		}
		return texts;
	}

	private static List<Integer> paragraphs(List<Attendee> attendees, String name) {
		Attendee a = attendees.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
		return a.paragraphs() == null ? List.of(20, 21, 22, 23, 24) : a.paragraphs();
	}

	private static Attendee member(String name) {
		return new Attendee(name, "S", AttendanceRole.MEMBER, null, null, null, null);
	}

}
