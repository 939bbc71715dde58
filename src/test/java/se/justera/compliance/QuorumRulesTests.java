package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;

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

}
