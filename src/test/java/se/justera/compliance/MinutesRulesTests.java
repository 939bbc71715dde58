package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.paragraph.BallotChoice;
import se.justera.protocol.Protocol;
import se.justera.protocol.ReadingNote;

/**
 * minutes.drl: checkers, the paragraph sequence, vote tallies, reservations and decisions (KL 5 kap.
 * 65-69 §§, 4 kap. 27 §); also the baseline that clean minutes raise nothing, and stable finding ids.
 */
class MinutesRulesTests {

	private static final String NON_SERVING = "Ersättare Eriksson";

	private static RuleSet rules;

	@BeforeAll
	static void compileRules() {
		rules = new ComplianceEngine(Path.of("rules")).ruleSet();
	}

	@Test
	void cleanMinutesRaiseNothing() {
		List<Finding> findings = Minutes.clean().check(rules);

		assertThat(findings).isEmpty();
	}

	// --- CHECKER_NOT_PRESENT ---

	@Test
	void checkerNotOnTheAttendanceList() {
		List<Finding> findings = Minutes.clean().checkers(Minutes.CHAIR, "Okänd Person").check(rules);

		Finding f = Minutes.single(findings, "CHECKER_NOT_PRESENT");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo("Okänd Person");
		assertThat(f.evidence()).containsEntry("checker", "Okänd Person");
		assertThat(f.messageEn()).contains("Okänd Person", "not among the deciding members");
	}

	@Test
	void checkerWhoIsANonServingSubstitute() {
		List<Finding> findings = Minutes.clean()
			.attendee(NON_SERVING, AttendanceRole.NON_SERVING_SUBSTITUTE)
			.checkers(Minutes.CHAIR, NON_SERVING)
			.check(rules);

		assertThat(Minutes.single(findings, "CHECKER_NOT_PRESENT").subject()).isEqualTo(NON_SERVING);
	}

	@Test
	void checkerWhoIsAServingSubstituteIsFine() {
		List<Finding> findings = Minutes.clean()
			.absent(Minutes.MEMBERS.get(10))
			.servingSubstitute("Ersättare Svensson", Minutes.MEMBERS.get(10))
			.checkers(Minutes.CHAIR, "Ersättare Svensson")
			.check(rules);

		assertThat(Minutes.of(findings, "CHECKER_NOT_PRESENT")).isEmpty();
	}

	@Test
	void checkerWhoIsAMemberIsFine() {
		List<Finding> findings = Minutes.clean().checkers(Minutes.MEMBERS.get(7)).check(rules);

		assertThat(Minutes.of(findings, "CHECKER_NOT_PRESENT")).isEmpty();
	}

	// --- PARAGRAPH_SEQUENCE ---

	@Test
	void paragraphMissingFromTheDeclaredRange() {
		List<Finding> findings = Minutes.clean().paragraphs(162, 163, 166).declaredRange(162, 166).check(rules);

		Finding f = Minutes.single(findings, "PARAGRAPH_SEQUENCE");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("declared", "162-166").containsEntry("missing", "[164, 165]");
		assertThat(f.messageEn()).contains("§§ 162-166", "[164, 165]");
	}

	@Test
	void anExtractLacksNoParagraphOfItsDeclaredRange() {
		List<Finding> findings = Minutes.clean().paragraphs(57).declaredRange(52, 63)
			.readingNote(ReadingNote.info(1, 1, ReadingNote.PARAGRAPHS, "an extract"))
			.check(rules);

		assertThat(Minutes.of(findings, "PARAGRAPH_SEQUENCE")).isEmpty();
	}

	@Test
	void paragraphOutsideTheDeclaredRange() {
		List<Finding> findings = Minutes.clean().paragraphs(162, 163, 164, 165).declaredRange(162, 164).check(rules);

		Finding f = Minutes.single(findings, "PARAGRAPH_SEQUENCE");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isEqualTo(165);
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("declared", "162-164").containsEntry("paragraph", "165");
		assertThat(f.messageEn()).contains("§ 165", "outside", "§§ 162-164");
	}

	@Test
	void paragraphBeforeTheDeclaredRange() {
		List<Finding> findings = Minutes.clean().paragraphs(161, 162, 163, 164).check(rules);

		assertThat(Minutes.single(findings, "PARAGRAPH_SEQUENCE").paragraph()).isEqualTo(161);
	}

	@Test
	void noDeclaredRangeIsNotChecked() {
		List<Finding> findings = Minutes.clean().paragraphs(162, 170).declaredRange(null, null).check(rules);

		assertThat(Minutes.of(findings, "PARAGRAPH_SEQUENCE")).isEmpty();
	}

	// --- VOTE_COUNT_MISMATCH ---

	@Test
	void tallyShortOfThoseTakingPart() {
		List<Finding> findings = Minutes.clean().vote(163, 6, 4, 0).check(rules);

		Finding f = Minutes.single(findings, "VOTE_COUNT_MISMATCH");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo(Minutes.BODY);
		assertThat(f.evidence()).containsEntry("yes", "6")
			.containsEntry("no", "4")
			.containsEntry("abstain", "0")
			.containsEntry("taking part", "11");
		assertThat(f.messageEn()).contains("§ 163", "counts 10 (6 yes, 4 no, 0 abstaining)", "but 11");
	}

	@Test
	void tallyWithAbstentionsMatching() {
		List<Finding> findings = Minutes.clean().vote(163, 6, 4, 1).check(rules);

		assertThat(Minutes.of(findings, "VOTE_COUNT_MISMATCH")).isEmpty();
	}

	@Test
	void tallyLeavesOutTheRecused() {
		List<Finding> findings = Minutes.clean().recusal(163, Minutes.MEMBERS.get(4)).vote(163, 6, 4, 0).check(rules);

		assertThat(Minutes.of(findings, "VOTE_COUNT_MISMATCH")).isEmpty();
	}

	@Test
	void tallyFollowsPerParagraphAttendance() {
		List<Finding> findings = Minutes.clean()
			.presentOnlyIn(Minutes.MEMBERS.get(10), 162, 164)
			.vote(163, 6, 4, 0)
			.check(rules);

		assertThat(Minutes.of(findings, "VOTE_COUNT_MISMATCH")).isEmpty();
	}

	@Test
	void tallyCountingTheRecusedIsAMismatch() {
		List<Finding> findings = Minutes.clean().recusal(163, Minutes.MEMBERS.get(4)).vote(163, 6, 5, 0).check(rules);

		assertThat(Minutes.single(findings, "VOTE_COUNT_MISMATCH").evidence()).containsEntry("taking part", "10");
	}

	@Test
	void abstentionsNotStatedWithFewerVotesThanPeopleCannotBeChecked() {
		// 5 yes, 5 no, abstentions unsaid, 11 take part: one may have abstained, or the tally is wrong
		List<Finding> findings = Minutes.clean().vote(163, 5, 5, null).check(rules);

		assertThat(Minutes.of(findings, "VOTE_COUNT_MISMATCH")).isEmpty();
		Finding f = Minutes.single(findings, "VOTE_COUNT_UNVERIFIABLE");
		assertThat(f.severity()).isEqualTo(Severity.INFO);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.evidence()).containsEntry("abstain", "not stated").containsEntry("taking part", "11");
		assertThat(f.messageEn()).contains("does not say how many abstained", "cannot be checked");
	}

	@Test
	void abstentionsNotStatedWithMoreVotesThanPeopleIsAMismatch() {
		List<Finding> findings = Minutes.clean().vote(163, 6, 6, null).check(rules);

		Finding f = Minutes.single(findings, "VOTE_COUNT_MISMATCH");
		assertThat(f.evidence()).containsEntry("abstain", "not stated").containsEntry("taking part", "11");
		assertThat(Minutes.of(findings, "VOTE_COUNT_UNVERIFIABLE")).isEmpty();
	}

	@Test
	void tallyNotWrittenOutIsNotChecked() {
		List<Finding> findings = Minutes.clean().vote(163, null, null, null).check(rules);

		assertThat(Minutes.of(findings, "VOTE_COUNT_MISMATCH")).isEmpty();
	}

	@Test
	void listedBallotsDisagreeWithTheTally() {
		Protocol.Ballot[] ten = Minutes.ballots(BallotChoice.YES, Minutes.MEMBERS.subList(0, 10));
		List<Finding> findings = Minutes.clean().vote(163, 6, 5, 0, ten).check(rules);

		Finding f = Minutes.single(findings, "VOTE_COUNT_MISMATCH");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo("ballots");
		assertThat(f.evidence()).containsEntry("ballots", "10").containsEntry("tally", "11");
		assertThat(f.messageEn()).contains("list 10 ballots", "tally of 11");
	}

	@Test
	void listedBallotsMatchingTheTally() {
		Protocol.Ballot[] eleven = Minutes.ballots(BallotChoice.YES, Minutes.MEMBERS.subList(0, 11));
		List<Finding> findings = Minutes.clean().vote(163, 11, 0, 0, eleven).check(rules);

		assertThat(Minutes.of(findings, "VOTE_COUNT_MISMATCH")).isEmpty();
	}

	// --- RESERVATION_BY_NON_PARTICIPANT ---

	@Test
	void reservationByANonServingSubstitute() {
		List<Finding> findings = Minutes.clean()
			.attendee(NON_SERVING, AttendanceRole.NON_SERVING_SUBSTITUTE)
			.reservation(163, NON_SERVING)
			.check(rules);

		Finding f = Minutes.single(findings, "RESERVATION_BY_NON_PARTICIPANT");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo(NON_SERVING);
		assertThat(f.evidence()).containsEntry("reserved", NON_SERVING);
		assertThat(f.messageEn()).contains("§ 163", NON_SERVING, "without taking part");
	}

	@Test
	void reservationByAMemberAbsentFromTheParagraph() {
		String member = Minutes.MEMBERS.get(6);
		List<Finding> findings = Minutes.clean().presentOnlyIn(member, 162).reservation(163, member).check(rules);

		Finding f = Minutes.single(findings, "RESERVATION_BY_NON_PARTICIPANT");
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo(member);
	}

	@Test
	void reservationByARecusedMember() {
		String member = Minutes.MEMBERS.get(6);
		List<Finding> findings = Minutes.clean().recusal(163, member).reservation(163, member).check(rules);

		assertThat(Minutes.single(findings, "RESERVATION_BY_NON_PARTICIPANT").subject()).isEqualTo(member);
	}

	@Test
	void reservationByATakingPartMember() {
		List<Finding> findings = Minutes.clean().reservation(163, Minutes.MEMBERS.get(6)).check(rules);

		assertThat(Minutes.of(findings, "RESERVATION_BY_NON_PARTICIPANT")).isEmpty();
	}

	@Test
	void reservationByAServingSubstitute() {
		List<Finding> findings = Minutes.clean()
			.servingSubstitute("Ersättare Svensson", Minutes.MEMBERS.get(10))
			.absent(Minutes.MEMBERS.get(10))
			.reservation(163, "Ersättare Svensson")
			.check(rules);

		assertThat(Minutes.of(findings, "RESERVATION_BY_NON_PARTICIPANT")).isEmpty();
	}

	// --- DECISION_MISSING ---

	@Test
	void paragraphWithoutDecision() {
		List<Finding> findings = Minutes.clean().noDecision(163).check(rules);

		Finding f = Minutes.single(findings, "DECISION_MISSING");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo("§ 163");
		assertThat(f.evidence()).containsEntry("paragraph", "163");
		assertThat(f.messageEn()).isEqualTo("§ 163 records no decision.");
	}

	@Test
	void paragraphWithBlankDecision() {
		List<Finding> findings = Minutes.clean().decisionText(164, "  \n ").check(rules);

		assertThat(Minutes.single(findings, "DECISION_MISSING").paragraph()).isEqualTo(164);
	}

	@Test
	void paragraphWithDecision() {
		List<Finding> findings = Minutes.clean().decisionText(163, "Informationen läggs till handlingarna.").check(rules);

		assertThat(Minutes.of(findings, "DECISION_MISSING")).isEmpty();
	}

	// --- finding ids ---

	@Test
	void findingIdsAreStable() {
		List<Finding> first = Minutes.clean().checkers("Okänd Person", "Annan Person").check(rules);
		List<Finding> second = Minutes.clean().checkers("Okänd Person", "Annan Person").check(rules);

		List<Finding> checkers = Minutes.of(first, "CHECKER_NOT_PRESENT");
		assertThat(checkers).hasSize(2);
		assertThat(first).extracting(Finding::id).containsExactlyElementsOf(second.stream().map(Finding::id).toList());
		assertThat(checkers.get(0).id()).isNotEqualTo(checkers.get(1).id()).matches("[0-9a-f]{24}");
	}

	// --- unknown is not empty: rules that compare with an attendance list the reader could not read ---

	@Test
	void checkersAreNotJudgedAgainstAnUnreadAttendanceList() {
		List<Finding> findings = Minutes.clean().deciding(0).unread(ReadingNote.ATTENDANCE).check(rules);

		assertThat(Minutes.of(findings, "CHECKER_NOT_PRESENT")).isEmpty();
	}

	@Test
	void checkersMissingFromTheSameListReadAsGivenAreJudged() {
		List<Finding> findings = Minutes.clean().deciding(0).check(rules);

		assertThat(Minutes.of(findings, "CHECKER_NOT_PRESENT")).hasSize(2);
	}

	@Test
	void aTallyIsNotJudgedAgainstAnUnreadAttendanceList() {
		List<Finding> findings = Minutes.clean().deciding(1).unread(ReadingNote.ATTENDANCE).vote(163, 6, 4, 0).check(rules);

		assertThat(Minutes.of(findings, "VOTE_COUNT_MISMATCH")).isEmpty();
	}

	@Test
	void listedBallotsAreStillCountedAgainstTheTallyWhenTheListIsUnread() {
		Protocol.Ballot[] ten = Minutes.ballots(BallotChoice.YES, Minutes.MEMBERS.subList(0, 10));
		List<Finding> findings = Minutes.clean().unread(ReadingNote.ATTENDANCE).vote(163, 6, 5, 0, ten).check(rules);

		assertThat(Minutes.single(findings, "VOTE_COUNT_MISMATCH").subject()).isEqualTo("ballots");
	}

	@Test
	void aReservationIsNotJudgedAgainstAnUnreadAttendanceList() {
		List<Finding> findings = Minutes.clean()
			.deciding(0)
			.unread(ReadingNote.ATTENDANCE)
			.reservation(163, "Okänd Person")
			.check(rules);

		assertThat(Minutes.of(findings, "RESERVATION_BY_NON_PARTICIPANT")).isEmpty();
	}

	@Test
	void aReservationBySomeoneNotOnTheSameListReadAsGivenIsJudged() {
		List<Finding> findings = Minutes.clean().deciding(0).reservation(163, "Okänd Person").check(rules);

		assertThat(Minutes.of(findings, "RESERVATION_BY_NON_PARTICIPANT")).hasSize(1);
	}

	// --- MUNICIPALITY_MISMATCH ---

	@Test
	void theTextNamesAnotherMunicipality() {
		List<Finding> findings = Minutes.clean().printedMunicipality("Ludvika kommun").check(rules);

		Finding f = Minutes.single(findings, "MUNICIPALITY_MISMATCH");
		assertThat(f.severity()).isEqualTo(Severity.WARNING);
		assertThat(f.paragraph()).isNull();
		assertThat(f.subject()).isEqualTo("Ludvika kommun");
		assertThat(f.evidence()).containsEntry("printed", "Ludvika kommun").containsEntry("given", Minutes.MUNICIPALITY);
		assertThat(f.messageEn()).contains("'Ludvika kommun'", "given for Smedjebacken");
	}

	@Test
	void theMunicipalityInTheGenitiveIsTheSame() {
		List<Finding> findings = Minutes.clean().printedMunicipality("SMEDJEBACKENS KOMMUN").check(rules);

		assertThat(Minutes.of(findings, "MUNICIPALITY_MISMATCH")).isEmpty();
	}

	@Test
	void noMunicipalityNamedIsNoMismatch() {
		List<Finding> findings = Minutes.clean().check(rules);

		assertThat(Minutes.of(findings, "MUNICIPALITY_MISMATCH")).isEmpty();
	}

}
