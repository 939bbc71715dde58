package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.meeting.AttendanceRole;
import se.justera.paragraph.BallotChoice;
import se.justera.protocol.Protocol.Attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Parts of one paragraph, each read from a few lines as minutes print them. */
class ParagraphParserTests {

	private static final List<Attendee> PEOPLE = List.of(
			new Attendee("Eva Lindblom", "S", AttendanceRole.CHAIR, null, null, null, null),
			new Attendee("Kjell Åberg", "M", AttendanceRole.VICE_CHAIR, null, null, null, null));

	@Test
	void onlyWhomTheRecusalSentenceIsAboutIsRecused() {
		Protocol.Paragraph read = parse("§ 115\tAvtal om köp av platser", "",
				"Ordföranden Eva Lindblom (S) anmäler jäv och lämnar sammanträdet, varvid vice ordföranden Kjell Åberg (M)"
						+ " leder ärendet.",
				"", "Beslut", "", "Avtalet godkänns.");

		assertThat(read.recusals()).extracting(Protocol.Recusal::person).containsExactly("Eva Lindblom");
	}

	@Test
	void aCaseNumberInItsOwnColumnWithoutDnrIsTheCaseNumber() {
		Protocol.Paragraph read = parse("§ 112\tGodkännande av dagordning\tSN 2023/002", "", "Beslut", "", "Dagordningen godkänns.");

		assertThat(read.caseNumber()).isEqualTo("SN 2023/002");
		assertThat(read.title()).isEqualTo("Godkännande av dagordning");
	}

	@Test
	void attendanceAndImmediateCheckingAfterTheDecisionAreNotPartOfIt() {
		Protocol.Paragraph read = parse("§ 125\tTaxa för slamtömning 2018", "", "Kommunfullmäktiges beslut", "",
				"Taxa för slamtömning antas att gälla från och med 2018-01-01.", "",
				"Gösta Lindell (S) lämnar sammanträdet kl. 20.40 efter §125. Britt-Marie Sand (S)",
				"ersätter honom från §126.", "", "Paragrafen justeras omedelbart.");

		assertThat(read.decisionText()).isEqualTo("Taxa för slamtömning antas att gälla från och med 2018-01-01.");
	}

	@Test
	void aBlockAfterTheDecisionThatSaysMoreThanAttendanceStaysInIt() {
		Protocol.Paragraph read = parse("§ 12\tBidrag", "", "Beslut", "", "Bidraget beviljas.", "",
				"Anna Ek (S) lämnar sammanträdet. Bidraget betalas ut i januari.");

		assertThat(read.decisionText()).endsWith("Bidraget betalas ut i januari.");
	}

	@Test
	void aBodyBeslutarHeadingIsTheDecisionAndEachAttClauseAPoint() {
		Protocol.Paragraph read = parse("§ 41\tDnr 2003.112", "", "Ansökan om bygglov", "", "Byggnadsnämnden beslutar", "",
				"att bevilja bygglov för tillbyggnad av fritidshus på fastigheten", "Forsmarka Strand 1:22,", "",
				"att avgiften fastställs till 4 250 kronor.", "", "Ärendet", "", "Tillbyggnaden ligger inom strandskyddat område.");

		assertThat(read.decisionHeading()).isEqualTo("Byggnadsnämnden beslutar");
		assertThat(read.decisionPoints()).containsExactly(
				"att bevilja bygglov för tillbyggnad av fritidshus på fastigheten Forsmarka Strand 1:22,",
				"att avgiften fastställs till 4 250 kronor.");
	}

	@Test
	void aSentenceThatDecidesIsNoHeading() {
		Protocol.Paragraph read = parse("§ 7\tTaxa", "", "Beslut", "", "Nämnden beslutar att anta taxan.");

		assertThat(read.decisionText()).isEqualTo("Nämnden beslutar att anta taxan.");
	}

	@Test
	void aParagraphCheckedAtTheMeetingSaysSo() {
		Protocol.Paragraph read = parse("§ 32\tYttrande över remiss", "", "Beslut:", "Arbetsutskottet antar yttrandet.", "",
				"Paragrafen justeras omedelbart.");
		Protocol.Paragraph other = parse("§ 33\tDelegationsbeslut", "", "Beslut:", "Redovisningen godkänns.");

		assertThat(read.immediatelyChecked()).isTrue();
		assertThat(other.immediatelyChecked()).isFalse();
	}

	@Test
	void aMotionSaysWhenItWasRaisedAndWhetherTheDelayWasReported() {
		Protocol.Paragraph read = parse("§ 15\tMotion (SD) om kameraövervakning", "", "Kommunfullmäktiges beslut", "",
				"Motionen anses besvarad.", "", "Ärendebeskrivning", "",
				"Motion väckt 2022-09-12 av Kent Åström (SD). Motionären föreslår att:",
				"- kommunen ansöker om tillstånd för kameraövervakning", "",
				"Kommunfullmäktige informerades 2023-09-11 § 87 om att beredningen av motionen inte",
				"kunnat avslutas inom ett år.");

		assertThat(read.motion().raisedOn()).isEqualTo(java.time.LocalDate.of(2022, 9, 12));
		assertThat(read.motion().delayReported()).isTrue();
		assertThat(read.motion().claims()).containsExactly("kommunen ansöker om tillstånd för kameraövervakning");
	}

	@Test
	void aMotionsOwnClaimsAreNotAClaimMadeInTheMeeting() {
		Protocol.Paragraph read = parse("§ 17\tMotion (ÄP) om en ny simhall", "", "Kommunfullmäktiges beslut", "",
				"Ärendet återremitteras.", "", "Ärendebeskrivning", "",
				"Sven Rask (ÄP) har i en motion väckt 2023-06-12 föreslagit att:", "- kommunen bygger en ny simhall", "",
				"Yrkanden", "", "Sven Rask (ÄP) yrkar att ärendet återremitteras.");

		assertThat(read.motion().claims()).containsExactly("kommunen bygger en ny simhall");
		assertThat(read.motion().raisedOn()).isEqualTo(java.time.LocalDate.of(2023, 6, 12));
		assertThat(read.motion().delayReported()).isFalse();
	}

	@Test
	void aMotionThatDoesNotSayWhenItWasRaisedHasNoDate() {
		Protocol.Paragraph read = parse("§ 9\tMotion (V) om cykelbanor", "", "Beslut", "", "Motionen avslås.", "",
				"Ärendebeskrivning", "", "Lisa Ek (V) föreslår i en motion att:", "- fler cykelbanor byggs");

		assertThat(read.motion().raisedOn()).isNull();
	}

	@Test
	void aTallyInWordsWithAbstentionsIsCounted() {
		Protocol.Paragraph read = parse("§ 123\tMotion om sex timmars arbetsdag", "", "Omröstning", "",
				"Ja-röst för kommunstyrelsens förslag, nej-röst för bifall till motionen. Med tjugoen",
				"ja-röster mot tolv nej-röster, två avstår, beslutar kommunfullmäktige att avslå motionen.");

		assertThat(read.votes()).singleElement().satisfies(v -> {
			assertThat(List.of(v.yes(), v.no(), v.abstain())).containsExactly(21, 12, 2);
		});
	}

	@Test
	void aSingleNoVoteAndAnAbstentionInTheNextSentenceAreCounted() {
		Protocol.Paragraph read = parse("§ 81\tLokalprogram", "", "Omröstning", "",
				"Med 29 ja-röster mot 1 nej-röst beslutar nämnden att bifalla förslaget. En ledamot avstår från att rösta.");

		assertThat(read.votes()).singleElement().satisfies(v -> {
			assertThat(List.of(v.yes(), v.no(), v.abstain())).containsExactly(29, 1, 1);
		});
	}

	@Test
	void aTallyThatNamesNoAbstentionsLeavesThemUnknownToTheParagraph() {
		// unknown, not none: only the attendance can tell that nobody was left to abstain (VoteCounts)
		Protocol.Paragraph read = parse("§ 45\tTaxa", "", "Omröstning", "", "Med 8 ja-röster mot 5 nej-röster beslutar nämnden att anta taxan.");

		assertThat(read.votes()).singleElement().extracting(Protocol.Vote::abstain).isNull();
	}

	@Test
	void theOthersWhoVotedTheOtherWayAreTheirBallots() {
		Protocol.Paragraph read = parse("§ 64\tFöreläggande", "", "Omröstning", "",
				"Med 1 ja-röst mot 1 nej-röst beslutar nämnden enligt ordförandens utslagsröst.", "",
				"Nej-röst: Kjell Åberg (M). Övriga ledamöter röstar ja.");

		assertThat(read.votes().get(0).ballots()).extracting(Protocol.Ballot::person, Protocol.Ballot::choice)
			.containsExactlyInAnyOrder(tuple("Kjell Åberg", BallotChoice.NO), tuple("Eva Lindblom", BallotChoice.YES));
	}

	@Test
	void aBallotListRunsOnOverTheLinesOfItsBlock() {
		Protocol.Paragraph read = parse("§ 57\tBadhuset", "", "Omröstning", "", "Med 2 ja-röster mot 0 nej-röster beslutar nämnden.", "",
				"Ja-röster (bifall): Eva", "Lindblom (S), Kjell Åberg (M)");

		assertThat(read.votes().get(0).ballots()).extracting(Protocol.Ballot::person)
			.containsExactly("Eva Lindblom", "Kjell Åberg");
	}

	@Test
	void aDecisionThatAdoptsAProposalIsNoProposalHeading() {
		Protocol.Paragraph read = parse("§ 46\tYttrande över remiss", "", "Kommunstyrelsens beslut", "",
				"Kommunstyrelsen antar samhällsbyggnadsförvaltningens förslag till yttrande och överlämnar", "det till Länsstyrelsen.");

		assertThat(read.decisionText()).isEqualTo("Kommunstyrelsen antar samhällsbyggnadsförvaltningens förslag till yttrande och"
				+ " överlämnar\ndet till Länsstyrelsen.");
	}

	@Test
	void aParagraphThatOnlyInformsIsInformation() {
		Protocol.Paragraph read = parse("§ 93\tInformation om arbetet med ny översiktsplan", "", "Ärendebeskrivning", "",
				"Samhällsbyggnadschefen informerar om tidplanen.");

		assertThat(read.kind()).isEqualTo(se.justera.paragraph.ParagraphKind.INFORMATION);
		assertThat(read.decisionText()).isNull();
	}

	@Test
	void aDeficitNoteOnALineOfItsOwnSaysWhetherMeasuresWereTaken() {
		Protocol.Paragraph read = parse("§ 44\tBudgetuppföljning", "", "Beslut", "", "Uppföljningen godkänns.", "",
				"Omsorgsnämnden – 6 500 tkr", "", "Nämnden beslutade om en handlingsplan med följande åtgärder:", "- översyn av bemanningen", "",
				"Tekniska nämnden −1 000 tkr", "", "Nämnden har ännu inte beslutat om några åtgärder.");

		assertThat(read.budgetNotes()).extracting(Protocol.BudgetNote::unit, Protocol.BudgetNote::amount,
				Protocol.BudgetNote::actionPlanReported)
			.containsExactly(tuple("Omsorgsnämnden", 6_500L, true), tuple("Tekniska nämnden", 1_000L, false));
	}

	private static Protocol.Paragraph parse(String... texts) {
		List<ProtocolLine> lines = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			lines.add(ProtocolLine.of(i + 1, 1, texts[i]));
		}
		String[] heading = lines.get(0).clean().split("\\s", 3);
		return new ParagraphParser(PEOPLE.stream().map(Attendee::name).toList(), PEOPLE)
			.parse(Integer.parseInt(heading[1]), heading.length > 2 ? lines.get(0).raw().substring(lines.get(0).raw().indexOf('\t') + 1) : null,
					lines, null);
	}

}
