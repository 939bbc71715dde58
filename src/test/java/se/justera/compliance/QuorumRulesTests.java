package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.protocol.ReadingNote;

/** quorum.drl: more than half of the seats must take part in each paragraph (KL 6 kap. 27 §). */
class QuorumRulesTests {

	private static RuleSet rules;

	@BeforeAll
	static void compileRules() {
		rules = new ComplianceEngine(Path.of("rules")).ruleSet();
	}

	@Test
	void allElevenOfElevenIsQuorate() {
		List<Finding> findings = Minutes.clean().check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).isEmpty();
	}

	@Test
	void exactlyHalfIsNoQuorum() {
		List<Finding> findings = Minutes.clean().seats(12).deciding(6).check(rules);

		List<Finding> quorum = Minutes.of(findings, "QUORUM");
		assertThat(quorum).extracting(Finding::paragraph).containsExactlyInAnyOrder(162, 163, 164);
		Finding f = quorum.stream().filter(q -> q.paragraph() == 163).findFirst().orElseThrow();
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("present", "6").containsEntry("seats", "12").containsEntry("required", "7");
		assertThat(f.messageEn()).contains("§ 163", "6 of 12", "7 are required");
		assertThat(f.messageSv()).contains("6 av 12", "minst 7");
	}

	@Test
	void sevenOfTwelveIsQuorate() {
		List<Finding> findings = Minutes.clean().seats(12).deciding(7).check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).isEmpty();
	}

	@Test
	void sixOfElevenIsQuorate() {
		List<Finding> findings = Minutes.clean().seats(11).deciding(6).check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).isEmpty();
	}

	@Test
	void fiveOfElevenIsNoQuorum() {
		List<Finding> findings = Minutes.clean().seats(11).deciding(5).check(rules);

		List<Finding> quorum = Minutes.of(findings, "QUORUM");
		assertThat(quorum).hasSize(3).allSatisfy(f -> {
			assertThat(f.evidence()).containsEntry("present", "5").containsEntry("seats", "11").containsEntry("required", "6");
			assertThat(f.messageEn()).contains("5 of 11");
		});
	}

	@Test
	void recusedMembersAreNotCounted() {
		List<Finding> findings = Minutes.clean().seats(11).deciding(6).recusal(163, Minutes.MEMBERS.get(3)).check(rules);

		Finding f = Minutes.single(findings, "QUORUM");
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.evidence()).containsEntry("present", "5");
	}

	@Test
	void perParagraphAttendanceIsApplied() {
		List<Finding> findings = Minutes.clean()
			.seats(11)
			.deciding(6)
			.presentOnlyIn(Minutes.MEMBERS.get(5), 162, 164)
			.check(rules);

		Finding f = Minutes.single(findings, "QUORUM");
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.evidence()).containsEntry("present", "5");
	}

	@Test
	void nonServingSubstitutesAndOtherAttendeesAreNotCounted() {
		List<Finding> findings = Minutes.clean()
			.seats(11)
			.deciding(5)
			.attendee("Ersättare Eriksson", AttendanceRole.NON_SERVING_SUBSTITUTE)
			.attendee("Kommunchef Kask", AttendanceRole.OTHER_ATTENDEE)
			.check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).hasSize(3)
			.allSatisfy(f -> assertThat(f.evidence()).containsEntry("present", "5"));
	}

	@Test
	void servingSubstitutesAreCounted() {
		List<Finding> findings = Minutes.clean()
			.seats(11)
			.deciding(5)
			.servingSubstitute("Ersättare Eriksson", Minutes.MEMBERS.get(5))
			.check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).isEmpty();
	}

	@Test
	void viceChairIsCounted() {
		List<Finding> findings = Minutes.clean()
			.seats(11)
			.deciding(5)
			.attendee("Vice Vestlund", AttendanceRole.VICE_CHAIR)
			.check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).isEmpty();
	}

	@Test
	void seatsNotConfiguredMakesQuorumUnverifiable() {
		List<Finding> findings = Minutes.clean().seats(null).deciding(1).check(rules);

		Finding f = Minutes.single(findings, "QUORUM_UNVERIFIABLE");
		assertThat(f.severity()).isEqualTo(Severity.INFO);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("seats", "not configured");
		assertThat(f.messageEn()).contains("Kommunstyrelsen", "not configured");
		assertThat(Minutes.of(findings, "QUORUM")).isEmpty();
	}

	@Test
	void seatsConfiguredMakesQuorumVerifiable() {
		List<Finding> findings = Minutes.clean().seats(11).check(rules);

		assertThat(Minutes.of(findings, "QUORUM_UNVERIFIABLE")).isEmpty();
	}

	// --- unknown is not empty: an attendance list the reader could not read ---

	@Test
	void anUnreadAttendanceListIsUnverifiableNotOneOfFortyOne() {
		List<Finding> findings = Minutes.clean().seats(41).deciding(1).unread(ReadingNote.ATTENDANCE).check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).isEmpty();
		Finding f = Minutes.single(findings, "QUORUM_UNVERIFIABLE");
		assertThat(f.severity()).isEqualTo(Severity.INFO);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("attendance", "unknown").containsEntry("seats", "41");
		assertThat(f.messageEn()).contains("attendance list", "could not be read", "quorum cannot be checked");
		assertThat(f.messageSv()).contains("Närvarolistan", "kunde inte läsas");
	}

	@Test
	void theSameListReadAsGivenIsJudged() {
		List<Finding> findings = Minutes.clean().seats(41).deciding(1).check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).hasSize(3)
			.allSatisfy(f -> assertThat(f.messageSv()).contains("1 av 41"));
		assertThat(Minutes.of(findings, "QUORUM_UNVERIFIABLE")).isEmpty();
	}

	@Test
	void anUnreadAttendanceListAndNoSeatsAreOneFindingWithBothReasons() {
		List<Finding> findings = Minutes.clean().seats(null).deciding(0).unread(ReadingNote.ATTENDANCE).check(rules);

		Finding f = Minutes.single(findings, "QUORUM_UNVERIFIABLE");
		assertThat(f.evidence()).containsEntry("attendance", "unknown").containsEntry("seats", "not configured");
		assertThat(f.messageEn()).contains("attendance list");
	}

	@Test
	void anotherUnknownFactLeavesTheQuorumJudged() {
		List<Finding> findings = Minutes.clean().seats(12).deciding(6).unread(ReadingNote.CHECKING_DATE).check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).hasSize(3);
	}

	// --- MORE_MEMBERS_THAN_SEATS ---

	@Test
	void moreDecidingMembersThanSeats() {
		List<Finding> findings = Minutes.clean().seats(11).deciding(13).presentOnlyIn(Minutes.MEMBERS.get(12), 164)
			.check(rules);

		Finding f = Minutes.single(findings, "MORE_MEMBERS_THAN_SEATS");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("seats", "11")
			.containsEntry("mostDeciding", "13")
			.containsEntry("paragraphs", "[162, 163, 164]");
		assertThat(f.messageEn()).contains("up to 13 deciding members", "has 11 seats");
	}

	@Test
	void asManyDecidingMembersAsSeatsIsPlausible() {
		List<Finding> findings = Minutes.clean().seats(11).deciding(11).check(rules);

		assertThat(Minutes.of(findings, "MORE_MEMBERS_THAN_SEATS")).isEmpty();
	}

	@Test
	void aSubstituteWhoTakesOverFromALeavingMemberIsNoExtraSeat() {
		List<Finding> findings = Minutes.clean()
			.seats(11)
			.deciding(11)
			.presentOnlyIn(Minutes.MEMBERS.get(10), 162)
			.servingSubstitute("Ersättare Eriksson", Minutes.MEMBERS.get(10))
			.presentOnlyIn("Ersättare Eriksson", 163, 164)
			.check(rules);

		assertThat(Minutes.of(findings, "MORE_MEMBERS_THAN_SEATS")).isEmpty();
		assertThat(Minutes.of(findings, "SUBSTITUTE_FOR_PRESENT_MEMBER")).isEmpty();
	}

	@Test
	void moreMembersThanSeatsIsNotJudgedOnAnUnreadList() {
		List<Finding> findings = Minutes.clean().seats(11).deciding(13).unread(ReadingNote.ATTENDANCE).check(rules);

		assertThat(Minutes.of(findings, "MORE_MEMBERS_THAN_SEATS")).isEmpty();
	}

	@Test
	void moreMembersThanSeatsNeedsTheSeats() {
		List<Finding> findings = Minutes.clean().seats(null).deciding(13).check(rules);

		assertThat(Minutes.of(findings, "MORE_MEMBERS_THAN_SEATS")).isEmpty();
	}

	// --- SUBSTITUTE_FOR_PRESENT_MEMBER ---

	@Test
	void substituteServingForAMemberWhoIsPresent() {
		List<Finding> findings = Minutes.clean()
			.seats(12)
			.deciding(11)
			.servingSubstitute("Ersättare Eriksson", Minutes.MEMBERS.get(3))
			.presentOnlyIn(Minutes.MEMBERS.get(3), 163, 164)
			.check(rules);

		Finding f = Minutes.single(findings, "SUBSTITUTE_FOR_PRESENT_MEMBER");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo("Ersättare Eriksson");
		assertThat(f.evidence()).containsEntry("substitute", "Ersättare Eriksson")
			.containsEntry("member", Minutes.MEMBERS.get(3))
			.containsEntry("paragraphs", "[163, 164]");
		assertThat(f.messageEn()).contains("Ersättare Eriksson serves as a substitute for David Dahl", "§ [163, 164]");
	}

	@Test
	void substituteServingForAnAbsentMemberIsFine() {
		List<Finding> findings = Minutes.clean()
			.deciding(10)
			.servingSubstitute("Ersättare Eriksson", Minutes.MEMBERS.get(10))
			.check(rules);

		assertThat(Minutes.of(findings, "SUBSTITUTE_FOR_PRESENT_MEMBER")).isEmpty();
	}

	@Test
	void aMemberPresentOnlyAsANonServingSubstituteIsNotTakingPart() {
		List<Finding> findings = Minutes.clean()
			.deciding(10)
			.servingSubstitute("Ersättare Eriksson", "Karin Karlsson")
			.attendee("Karin Karlsson", AttendanceRole.OTHER_ATTENDEE)
			.check(rules);

		assertThat(Minutes.of(findings, "SUBSTITUTE_FOR_PRESENT_MEMBER")).isEmpty();
	}

	@Test
	void substituteForAPresentMemberIsNotJudgedOnAnUnreadList() {
		List<Finding> findings = Minutes.clean()
			.servingSubstitute("Ersättare Eriksson", Minutes.MEMBERS.get(3))
			.unread(ReadingNote.ATTENDANCE)
			.check(rules);

		assertThat(Minutes.of(findings, "SUBSTITUTE_FOR_PRESENT_MEMBER")).isEmpty();
	}

	// --- one person in two roles of one meeting ---

	@Test
	void aPersonInTwoDecidingRolesOfOneParagraphIsCountedOnce() {
		// four members and one substitute listed as serving for two absent members in § 163: five, not six
		List<Finding> findings = Minutes.clean()
			.deciding(4)
			.servingSubstitute("Ersättare Eriksson", Minutes.MEMBERS.get(5))
			.alsoIn("Ersättare Eriksson", AttendanceRole.SERVING_SUBSTITUTE, Minutes.MEMBERS.get(6), 163)
			.check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).extracting(Finding::paragraph).containsExactly(162, 163, 164);
		assertThat(Minutes.of(findings, "QUORUM")).allSatisfy(f -> assertThat(f.evidence()).containsEntry("present", "5"));
	}

	@Test
	void aNonServingSubstituteWhoServesForARecusedMemberIsNeitherAnExtraSeatNorServingForAPresentMember() {
		// Maria Gran in Östra Lövsta § 91: the member is recused and leaves, the substitute serves in his place
		String member = Minutes.MEMBERS.get(1);
		List<Finding> findings = Minutes.clean()
			.seats(11)
			.recusal(163, member)
			.attendee("Ersättare Eriksson", AttendanceRole.NON_SERVING_SUBSTITUTE)
			.presentOnlyIn("Ersättare Eriksson", 162, 164)
			.alsoIn("Ersättare Eriksson", AttendanceRole.SERVING_SUBSTITUTE, member, 163)
			.check(rules);

		assertThat(Minutes.of(findings, "MORE_MEMBERS_THAN_SEATS")).isEmpty();
		assertThat(Minutes.of(findings, "SUBSTITUTE_FOR_PRESENT_MEMBER")).isEmpty();
		assertThat(Minutes.of(findings, "QUORUM")).isEmpty();
	}

	@Test
	void aSubstituteServingForAMemberWhoIsPresentIsFoundInTheParagraphsOfThatRoleOnly() {
		// serves for David Dahl in § 163, where he is present too; serves for Karin Karlsson (absent) in § 162, 164
		List<Finding> findings = Minutes.clean()
			.seats(12)
			.deciding(10)
			.servingSubstitute("Ersättare Eriksson", Minutes.MEMBERS.get(10))
			.presentOnlyIn("Ersättare Eriksson", 162, 164)
			.alsoIn("Ersättare Eriksson", AttendanceRole.SERVING_SUBSTITUTE, Minutes.MEMBERS.get(3), 163)
			.check(rules);

		Finding f = Minutes.single(findings, "SUBSTITUTE_FOR_PRESENT_MEMBER");
		assertThat(f.evidence()).containsEntry("member", Minutes.MEMBERS.get(3)).containsEntry("paragraphs", "[163]");
	}

	// --- fullmäktige: quorum counts those present (KL 5 kap. 45 §), the recused may stay (5 kap. 47 §) ---

	@Test
	void fullmaktigeIsQuorateWhenRecusedMembersPresentMakeTheMajorityButItIsAWarning() {
		// 11 seats, 6 deciding of whom one is recused and stays: 5 take part, 6 present
		List<Finding> findings = Minutes.clean().kind(se.justera.municipality.BodyKind.COUNCIL).seats(11).deciding(6)
			.recusalStayingInTheRoom(163, Minutes.MEMBERS.get(3))
			.check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).singleElement().satisfies(f -> {
			assertThat(f.paragraph()).isEqualTo(163);
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
		});
	}

	@Test
	void fullmaktigeWhoseRecusedMemberLeftLacksTheQuorum() {
		List<Finding> findings = Minutes.clean().kind(se.justera.municipality.BodyKind.COUNCIL).seats(11).deciding(6)
			.recusal(163, Minutes.MEMBERS.get(3))
			.check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).singleElement().satisfies(f -> {
			assertThat(f.paragraph()).isEqualTo(163);
			assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		});
	}

	@Test
	void aNamndWithTheSameCountsLacksTheQuorum() {
		List<Finding> findings = Minutes.clean().seats(11).deciding(6).recusalStayingInTheRoom(163, Minutes.MEMBERS.get(3))
			.check(rules);

		assertThat(Minutes.of(findings, "QUORUM")).singleElement()
			.satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.VIOLATION));
	}

}
