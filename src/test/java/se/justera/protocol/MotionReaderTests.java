package se.justera.protocol;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.justera.motion.MotionOutcome;
import se.justera.protocol.Protocol.Motion;

import static org.assertj.core.api.Assertions.assertThat;

/** A paragraph that answers a motion: its party, claims, when raised, a reported delay and the outcome. */
class MotionReaderTests {

	@Test
	void theMotionsPartyClaimsAndRaisingDateAreRead() {
		Motion motion = MotionReader.read("Motion om fler cykelbanor (C)", null, Snippet.lines(
				"Motion väckt 2023-04-17 av Anna Ek (C).", "Motionären föreslår att:", "- kommunen bygger cykelbanor",
				"- kommunen ser över belysningen"), "Motionen anses besvarad.");

		assertThat(motion.party()).isEqualTo("C");
		assertThat(motion.claims()).containsExactly("kommunen bygger cykelbanor", "kommunen ser över belysningen");
		assertThat(motion.raisedOn()).isEqualTo(LocalDate.of(2023, 4, 17));
		assertThat(motion.outcome()).isEqualTo(MotionOutcome.ANSWERED);
	}

	@Test
	void aDelayReportedToTheCouncilIsReported() {
		Motion motion = MotionReader.read("Svar på motion om skolskjuts", null, Snippet.lines(
				"Kommunfullmäktige informerades 2023-09-11 § 87 om att beredningen inte kunnat avslutas inom ett år."),
				"Motionen avslås.");

		assertThat(motion.delayReported()).isTrue();
		assertThat(motion.outcome()).isEqualTo(MotionOutcome.REJECTED);
	}

	@Test
	void aMotionThatDoesNotSayWhenItWasRaisedHasNoDate() {
		Motion motion = MotionReader.read("Motion om parkering", null, Snippet.lines("Motionen behandlas."), null);

		assertThat(motion.raisedOn()).isNull();
		assertThat(motion.outcome()).isNull();
	}

	@Test
	void aParagraphThatIsNoMotionHasNone() {
		assertThat(MotionReader.read("Budget 2025", null, Snippet.lines("Text."), "Budgeten antas.")).isNull();
	}

}
