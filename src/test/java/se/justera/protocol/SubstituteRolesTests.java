package se.justera.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol.Attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One person in two roles of one meeting: a non-serving substitute who serves for a member in some paragraphs. */
class SubstituteRolesTests {

	private final ProtocolParser parser = new ProtocolParser(1_000_000);

	@Test
	void aNonServingSubstituteServingUnderOneParagraphHoldsBothRolesEachWithItsParagraphs() {
		Protocol read = this.parser.parse(String.join("\n", "Samhällsbyggnadsnämnden", "",
				"Plats och tid\tKommunhuset, 2024-08-27 kl. 08.30–12.15", "",
				"Beslutande ledamöter\tJessica Nordin (S), ordförande", "\tPeter Lind (M), vice ordförande", "",
				"Ej tjänstgörande ersättare\tMaria Gran (M), tjänstgörande under § 91", "\tAli Rahimi (S)", "",
				"§ 90", "Val av justerare", "", "Beslut", "Jessica Nordin utses.", "",
				"§ 91", "Detaljplan", "", "Peter Lind (M) anmäler jäv och lämnar sammanträdet, varvid ersättaren Maria Gran (M)",
				"tjänstgör i hans ställe.", "", "Beslut", "Planen antas.", "",
				"§ 92", "Delegationsbeslut", "", "Beslut", "Redovisningen läggs till handlingarna."));

		assertThat(read.attendees()).filteredOn(a -> a.name().equals("Maria Gran"))
			.extracting(Attendee::role, Attendee::replaces, Attendee::paragraphs)
			.containsExactly(tuple(AttendanceRole.SERVING_SUBSTITUTE, "Peter Lind", List.of(91)),
					tuple(AttendanceRole.NON_SERVING_SUBSTITUTE, null, List.of(90, 92)));
		assertThat(read.attendees()).filteredOn(a -> a.name().equals("Ali Rahimi"))
			.extracting(Attendee::role, Attendee::paragraphs)
			.containsExactly(tuple(AttendanceRole.NON_SERVING_SUBSTITUTE, null));
	}

	@Test
	void aSubstituteListedBothAsServingAndAsNonServingKeepsBothEntries() {
		Protocol read = this.parser.parse(String.join("\n", "Socialnämnden", "",
				"Plats och tid\tKommunhuset, 2023-11-22 kl. 09.00–12.10", "",
				"Närvarande ledamöter\tEva Lindblom (S), ordförande, Sn 112, 114", "\tKjell Åberg (M), vice ordförande", "",
				"Tjänstgörande ersättare\tRut Hägg (S) för Eva Lindblom (S), Sn 113", "",
				"Övriga ersättare\tRut Hägg (S), Sn 112, 114", "\tBjörn Mattsson (M)", "",
				"§ 112", "Dagordning", "", "Beslut", "Godkänns.", "", "§ 113", "Avtal", "", "Beslut", "Godkänns.", "",
				"§ 114", "Budget", "", "Beslut", "Godkänns."));

		assertThat(read.attendees()).filteredOn(a -> a.name().equals("Rut Hägg"))
			.extracting(Attendee::role, Attendee::replaces, Attendee::paragraphs)
			.containsExactly(tuple(AttendanceRole.SERVING_SUBSTITUTE, "Eva Lindblom", List.of(113)),
					tuple(AttendanceRole.NON_SERVING_SUBSTITUTE, null, List.of(112, 114)));
	}

	@Test
	void aNonServingRoleThatNamesNoParagraphsCoversThoseNotServedIn() {
		List<Attendee> listed = List.of(new Attendee("Tomas Lindroth", "S", AttendanceRole.MEMBER, null, null, List.of(42, 43), "§§ 42–43"),
				new Attendee("Ingvar Persson", "S", AttendanceRole.SERVING_SUBSTITUTE, null, "Tomas Lindroth", List.of(44),
						"från § 44"),
				new Attendee("Ingvar Persson", "S", AttendanceRole.NON_SERVING_SUBSTITUTE, null, null, null, null));

		List<Attendee> read = SubstituteRoles.split(listed, texts(42, 43, 44));

		assertThat(read).filteredOn(a -> a.role() == AttendanceRole.NON_SERVING_SUBSTITUTE)
			.extracting(Attendee::paragraphs)
			.containsExactly(List.of(42, 43));
	}

	@Test
	void theMemberIsReadFromTheGenitiveOrFromFör() {
		List<Attendee> members = List.of(new Attendee("Eva Lindblom", "S", AttendanceRole.CHAIR, null, null, null, null),
				new Attendee("Kjell Åberg", "M", AttendanceRole.MEMBER, null, null, null, null));
		Map<Integer, String> texts = texts(1, 2);
		texts.put(1, "Kjell Åberg (M) leder ärendet. Rut Hägg (S) tjänstgör i Eva Lindbloms ställe under paragrafen.");
		texts.put(2, "Rut Hägg (S) tjänstgör för Kjell Åberg (M).");

		assertThat(SubstituteRoles.replaced("Rut Hägg", List.of(1), members, texts)).isEqualTo("Eva Lindblom");
		assertThat(SubstituteRoles.replaced("Rut Hägg", List.of(2), members, texts)).isEqualTo("Kjell Åberg");
	}

	@Test
	void aServedParagraphThatDoesNotSayForWhomLeavesTheMemberUnknown() {
		List<Attendee> members = List.of(new Attendee("Eva Lindblom", "S", AttendanceRole.CHAIR, null, null, null, null));

		assertThat(SubstituteRoles.replaced("Rut Hägg", List.of(1), members, texts(1))).isNull();
	}

	@Test
	void aPersonIsNotListedTwiceInOneRoleNorInTwoDecidingRoles() {
		Attendee member = new Attendee("Rut Hägg", "S", AttendanceRole.MEMBER, null, null, null, null);

		assertThat(SubstituteRoles.sameRole(member, member)).isTrue();
		assertThat(SubstituteRoles.sameRole(member,
				new Attendee("Rut Hägg", "S", AttendanceRole.SERVING_SUBSTITUTE, null, "Eva Lindblom", null, null))).isTrue();
		assertThat(SubstituteRoles.sameRole(
				new Attendee("Rut Hägg", "S", AttendanceRole.SERVING_SUBSTITUTE, null, "Eva Lindblom", List.of(1), null),
				new Attendee("Rut Hägg", "S", AttendanceRole.NON_SERVING_SUBSTITUTE, null, null, List.of(2), null))).isFalse();
	}

	private static Map<Integer, String> texts(int... numbers) {
		Map<Integer, String> texts = new LinkedHashMap<>();
		for (int n : numbers) {
			texts.put(n, "Beslut enligt förslaget.");
		}
		return texts;
	}

}
