package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.justera.paragraph.BallotChoice;
import se.justera.protocol.ReadingNote;

/** recusal.drl: a recused person must not vote, propose, reserve or be listed as taking part (KL 6 kap. 28-31 §§). */
class RecusalRulesTests {

	private static final String RECUSED = Minutes.MEMBERS.get(4);

	private static final String OTHER = Minutes.MEMBERS.get(5);

	private static RuleSet rules;

	@BeforeAll
	static void compileRules() {
		rules = new ComplianceEngine(Path.of("rules")).ruleSet();
	}

	@Test
	void recusalThatIsRespectedIsSilent() {
		List<Finding> findings = Minutes.clean()
			.recusal(163, RECUSED)
			.vote(163, 6, 4, 0, Minutes.ballot(OTHER, BallotChoice.YES))
			.proposal(163, OTHER)
			.reservation(163, OTHER)
			.check(rules);

		assertThat(Minutes.of(findings, "RECUSAL")).isEmpty();
	}

	@Test
	void recusedPersonWhoVotes() {
		List<Finding> findings = Minutes.clean()
			.recusal(163, RECUSED)
			.vote(163, 6, 4, 0, Minutes.ballot(RECUSED, BallotChoice.NO))
			.check(rules);

		Finding f = Minutes.single(findings, "RECUSAL");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo(RECUSED);
		assertThat(f.evidence()).containsEntry("recused", RECUSED).containsEntry("took part by", "vote");
		assertThat(f.messageEn()).contains(RECUSED, "voted (NO)");
	}

	@Test
	void recusedPersonWhoAbstainsStillVotes() {
		List<Finding> findings = Minutes.clean()
			.recusal(163, RECUSED)
			.vote(163, 6, 4, 1, Minutes.ballot(RECUSED, BallotChoice.ABSTAIN))
			.check(rules);

		assertThat(Minutes.single(findings, "RECUSAL").evidence()).containsEntry("took part by", "vote");
	}

	@Test
	void votingInAnotherParagraphIsFine() {
		List<Finding> findings = Minutes.clean()
			.recusal(163, RECUSED)
			.vote(164, 6, 5, 0, Minutes.ballot(RECUSED, BallotChoice.YES))
			.check(rules);

		assertThat(Minutes.of(findings, "RECUSAL")).isEmpty();
	}

	@Test
	void recusedPersonWhoMakesAProposal() {
		List<Finding> findings = Minutes.clean().recusal(163, RECUSED).proposal(163, RECUSED).check(rules);

		Finding f = Minutes.single(findings, "RECUSAL");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo(RECUSED);
		assertThat(f.evidence()).containsEntry("took part by", "proposal");
		assertThat(f.messageEn()).contains("made a proposal");
	}

	@Test
	void proposalInAnotherParagraphIsFine() {
		List<Finding> findings = Minutes.clean().recusal(163, RECUSED).proposal(162, RECUSED).check(rules);

		assertThat(Minutes.of(findings, "RECUSAL")).isEmpty();
	}

	@Test
	void recusedPersonWhoReserves() {
		List<Finding> findings = Minutes.clean().recusal(163, RECUSED).reservation(163, RECUSED).check(rules);

		Finding f = Minutes.single(findings, "RECUSAL");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo(RECUSED);
		assertThat(f.evidence()).containsEntry("took part by", "reservation");
		assertThat(f.messageEn()).contains("entered a reservation");
	}

	@Test
	void reservationInAnotherParagraphIsFine() {
		List<Finding> findings = Minutes.clean().recusal(163, RECUSED).reservation(164, RECUSED).check(rules);

		assertThat(Minutes.of(findings, "RECUSAL")).isEmpty();
	}

	@Test
	void recusedPersonListedAsTakingPartInTheParagraph() {
		List<Finding> findings = Minutes.clean()
			.presentOnlyIn(RECUSED, 162, 163)
			.recusal(163, RECUSED)
			.check(rules);

		Finding f = Minutes.single(findings, "RECUSAL");
		assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(f.paragraph()).isEqualTo(163);
		assertThat(f.subject()).isEqualTo(RECUSED);
		assertThat(f.evidence()).containsEntry("took part by", "attendance list");
		assertThat(f.messageEn()).contains("listed as taking part");
	}

	@Test
	void recusedPersonListedOnlyForOtherParagraphsIsFine() {
		List<Finding> findings = Minutes.clean()
			.presentOnlyIn(RECUSED, 162, 164)
			.recusal(163, RECUSED)
			.check(rules);

		assertThat(Minutes.of(findings, "RECUSAL")).isEmpty();
	}

	@Test
	void listedAsTakingPartIsNotJudgedOnAnUnreadAttendanceList() {
		List<Finding> findings = Minutes.clean()
			.presentOnlyIn(RECUSED, 162, 163)
			.recusal(163, RECUSED)
			.unread(ReadingNote.ATTENDANCE)
			.check(rules);

		assertThat(Minutes.of(findings, "RECUSAL")).isEmpty();
	}

	@Test
	void aRecusedPersonWhoVotesIsJudgedWhateverTheAttendanceList() {
		List<Finding> findings = Minutes.clean()
			.recusal(163, RECUSED)
			.vote(163, 11, 0, 0, Minutes.ballot(RECUSED, BallotChoice.YES))
			.unread(ReadingNote.ATTENDANCE)
			.check(rules);

		assertThat(Minutes.single(findings, "RECUSAL").evidence()).containsEntry("took part by", "vote");
	}

	@Test
	void aRecusedMemberOfANamndWhoStaysInTheRoomIsARecusal() {
		List<Finding> findings = Minutes.clean().recusalStayingInTheRoom(163, Minutes.MEMBERS.get(3)).check(rules);

		assertThat(Minutes.of(findings, "RECUSAL")).singleElement().satisfies(f -> {
			assertThat(f.paragraph()).isEqualTo(163);
			assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
			assertThat(f.evidence()).containsEntry("took part by", "presence");
		});
	}

	@Test
	void aRecusalThatDoesNotSayWhetherThePersonLeftIsAWarningInANamnd() {
		List<Finding> findings = Minutes.clean().recusalNotSayingWhere(163, Minutes.MEMBERS.get(3)).check(rules);

		assertThat(Minutes.of(findings, "RECUSAL")).singleElement()
			.satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
	}

	@Test
	void aRecusedCouncilMemberMayStayInTheRoom() {
		List<Finding> findings = Minutes.clean().kind(se.justera.municipality.BodyKind.COUNCIL)
			.recusalStayingInTheRoom(163, Minutes.MEMBERS.get(3))
			.recusalNotSayingWhere(164, Minutes.MEMBERS.get(4))
			.check(rules);

		assertThat(Minutes.of(findings, "RECUSAL")).isEmpty();
	}

}
