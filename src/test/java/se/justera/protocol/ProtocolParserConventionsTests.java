package se.justera.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.meeting.AttendanceRole;
import se.justera.motion.MotionOutcome;
import se.justera.paragraph.BallotChoice;
import se.justera.paragraph.ParagraphKind;
import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Ballot;
import se.justera.protocol.Protocol.BudgetLine;
import se.justera.protocol.Protocol.BudgetNote;
import se.justera.protocol.Protocol.BudgetReport;
import se.justera.protocol.Protocol.Paragraph;
import se.justera.protocol.Protocol.Vote;

/**
 * The parser against the three test protocols in {@code src/test/resources/protocols/}: each test
 * states one thing that the protocol's {@code .expected.md} oracle says a correct parse yields.
 */
class ProtocolParserConventionsTests {

	private static final String LUDVIKA = "protocols/ludvika-kf-2024-02-26.txt";

	private static final String FALUN = "protocols/falun-bun-2024-03-05.txt";

	private static final String MORA = "protocols/mora-ks-au-2023-06-20.txt";

	/** Page headers and footers of the three files: none of these may reach a parsed field. */
	private static final String[] FURNITURE = { "Justerandes", "Justerarnas", "Ordförandes sign",
			"Utdragsbestyrkande", "SAMMANTRÄDESPROTOKOLL", "PROTOKOLL", "Sammanträdesdatum", "Sida", "LUDVIKA KOMMUN",
			"FALU KOMMUN", "MORA KOMMUN" };

	// ------------------------------------------------------------------------------------- Ludvika

	@Nested
	class LudvikaKommunfullmaktige {

		@Test
		void readsBodyNameFromTheNotice() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.bodyName()).isEqualTo("Kommunfullmäktige");
		}

		@Test
		void readsMeetingDateTimesAndPlaceButNotTheAdjournment() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.meetingDate()).isEqualTo(LocalDate.of(2024, 2, 26));
			assertThat(protocol.startsAt()).isEqualTo(LocalTime.of(18, 0));
			assertThat(protocol.endsAt()).isEqualTo(LocalTime.of(21, 15));
			assertThat(protocol.place()).isEqualTo("Sessionssalen, Folkets Hus, Ludvika");
		}

		@Test
		void readsChairAndBothViceChairs() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.CHAIR)).extracting(Attendee::name, Attendee::party)
				.containsExactly(tuple("Göran Malmberg", "S"));
			assertThat(withRole(protocol, AttendanceRole.VICE_CHAIR)).extracting(Attendee::name, Attendee::party)
				.containsExactly(tuple("Karin Sandberg", "M"), tuple("Kenneth Lund", "SD"));
		}

		@Test
		void readsEveryMemberOfTheListThatRunsAcrossThePageBreak() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.MEMBER)).extracting(Attendee::name, Attendee::party)
				.containsExactly(tuple("Annika Strand", "S"), tuple("Peter Hagström", "S"),
						tuple("Marie Lindqvist", "S"), tuple("Roger Sundin", "S"), tuple("Ewa Blomqvist", "S"),
						tuple("Mikael Eriksson", "S"), tuple("Fatima Yusuf", "S"), tuple("Jörgen Wallin", "S"),
						tuple("Helena Kvist", "S"), tuple("Stefan Grahn", "S"), tuple("Birgitta Hellström", "S"),
						tuple("Ali Hassan", "S"), tuple("Jenny Sjöholm", "S"), tuple("Kjell Dahlberg", "S"),
						tuple("Tobias Frost", "S"), tuple("Erik Nilsson", "SD"), tuple("Ulla Berg", "SD"),
						tuple("Tomas Grip", "SD"), tuple("Camilla Hedlund", "SD"), tuple("Patrik Sjögren", "SD"),
						tuple("Jan-Olof Brandt", "SD"), tuple("Sandra Wikström", "SD"), tuple("Roland Höglund", "SD"),
						tuple("Lars-Erik Tjärnberg", "SD"), tuple("Maria Lund", "M"), tuple("Johan Ekström", "M"),
						tuple("Per Olsson", "M"), tuple("Christer Boman", "M"), tuple("Linda Forsberg", "M"),
						tuple("Henrik Nordin", "M"), tuple("Gunilla Åström", "M"), tuple("Magnus Tell", "M"),
						tuple("Anna-Karin Söderberg", "V"), tuple("Omar Abdi", "V"), tuple("Lena Fors", "V"),
						tuple("Mattias Kronberg", "V"), tuple("Kerstin Öberg", "C"), tuple("Sven Jansson", "C"),
						tuple("Daniel Wiklund", "KD"), tuple("Ingrid Moberg", "KD"), tuple("Anders Nyqvist", "L"),
						tuple("Sofia Berglund", "MP"), tuple("Jonas Hammar", "MP"));
		}

		@Test
		void readsServingSubstitutesAndWhomTheyReplace() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.SERVING_SUBSTITUTE))
				.extracting(Attendee::name, Attendee::party, Attendee::replaces)
				.containsExactly(tuple("Lennart Mattsson", "S", "Anneli Norberg"),
						tuple("Mona Lindgren", "SD", "Niklas Bergman"), tuple("Ylva Ström", "SD", "Tomas Grip"),
						tuple("Eva Lilja", "M", "Johan Ekström"), tuple("Britt Holmgren", "C", "Lars Ek"));
		}

		@Test
		void absentMembersNamedOnlyAsReplacedAreNotAttendees() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.attendees()).extracting(Attendee::name)
				.doesNotContain("Anneli Norberg", "Niklas Bergman", "Lars Ek");
		}

		@Test
		void expandsParagraphRanges() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(attendee(protocol, "Tomas Grip").paragraphs()).containsExactly(6, 7, 8, 9, 10, 11, 12, 13);
			assertThat(attendee(protocol, "Ylva Ström").paragraphs()).containsExactly(1, 2, 3, 4, 5, 14, 15);
		}

		@Test
		void expandsCombinedRangesAndSingleParagraphs() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(attendee(protocol, "Johan Ekström").paragraphs()).containsExactly(1, 2, 3, 4, 5, 9);
			assertThat(attendee(protocol, "Eva Lilja").paragraphs()).containsExactly(6, 7, 8, 10, 11, 12, 13, 14,
					15);
		}

		@Test
		void countsFortyNineDecidingParticipantsPerParagraphExceptWhereSomeoneIsRecused() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			Map<Integer, Integer> expected = everyParagraph(1, 15, 49);
			expected.put(5, 48);
			expected.put(12, 48);
			assertThat(decidingParticipantsPerParagraph(protocol)).isEqualTo(expected);
		}

		@Test
		void readsOtherAttendeesWithTitlesAndParagraphs() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.OTHER_ATTENDEE))
				.extracting(Attendee::name, Attendee::party, Attendee::title, Attendee::paragraphs)
				.containsExactly(tuple("Jonas Lindberg", null, "kommundirektör", null),
						tuple("Carina Sved", null, "kommunsekreterare", null),
						tuple("Peter Själander", null, "planchef", List.of(2)),
						tuple("Helena Åkerlund", null, "ekonomichef", List.of(4)),
						tuple("Tove Rask", null, "kommunjurist", List.of(3, 5, 12)),
						tuple("Pernilla Ödmark", null, "förvaltningschef barn och utbildning", List.of(7)));
		}

		@Test
		void hasNoNonServingSubstitutes() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.NON_SERVING_SUBSTITUTE)).isEmpty();
		}

		@Test
		void readsBothCheckers() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.checkers()).containsExactly("Kerstin Öberg", "Magnus Tell");
		}

		@Test
		void takesTheYearOfTheCheckingDateFromTheMeeting() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.checkingDate()).isEqualTo(LocalDate.of(2024, 2, 29));
			assertThat(protocol.checkingTime()).isEqualTo(LocalTime.of(13, 0));
			assertThat(protocol.checkingPlace()).isEqualTo("Kommunledningskontoret, Ludvika");
		}

		@Test
		void readsSignaturesAndSecretary() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.signatures()).extracting(Protocol.Signature::role, Protocol.Signature::name)
				.containsExactly(tuple("Sekreterare", "Carina Sved"), tuple("Ordförande", "Göran Malmberg"),
						tuple("Justerare", "Kerstin Öberg"), tuple("Justerare", "Magnus Tell"));
			assertThat(protocol.secretary()).isEqualTo("Carina Sved");
		}

		@Test
		void readsTheParagraphRange() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.firstParagraph()).isEqualTo(1);
			assertThat(protocol.lastParagraph()).isEqualTo(15);
		}

		@Test
		void readsTheNotice() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.notice()).isEqualTo(new Protocol.Notice("Kommunfullmäktige", LocalDate.of(2024, 2, 26),
					LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 25), "Kommunledningskontoret, Ludvika kommunhus",
					null, "Carina Sved"));
		}

		@Test
		void readsEveryParagraphsNumberCaseNumberAndTitle() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).extracting(Paragraph::number, Paragraph::caseNumber, Paragraph::title)
				.containsExactly(tuple(1, null, "Val av justerare"),
						tuple(2, "2024/00040", "Information om arbetet med ny översiktsplan"),
						tuple(3, "2023/00398", "Revidering av reglemente för kommunstyrelsen"),
						tuple(4, "2024/00012", "Ombudgetering av investeringsmedel från 2023 till 2024"),
						tuple(5, "2023/00377", "Taxa för offentlig kontroll av livsmedel och foder"),
						tuple(6, "2023/00356", "Riktlinjer för bostadsförsörjning 2024–2030"),
						tuple(7, "2023/00215", "Nybyggnation av förskola i Marnäs"),
						tuple(8, "2023/00102", "Motion (KD) om trygghetsvärdar i Ludvika centrum"),
						tuple(9, "2023/00188", "Motion om avgiftsfri kollektivtrafik för pensionärer (SD)"),
						tuple(10, "2023/00251", "Motion (C) om laddplatser vid kommunens anläggningar på landsbygden"),
						tuple(11, "2024/00033", "Entledigande och fyllnadsval av ledamot i kultur- och fritidsnämnden"),
						tuple(12, "2023/00402", "Förvärv av fastigheten Ludvika Gonäs 3:41"),
						tuple(13, "2024/00002", "Anmälan av inkomna motioner"), tuple(14, "2024/00003", "Meddelanden"),
						tuple(15, "2024/00044", "Information om preliminärt bokslut 2023"));
		}

		@Test
		void headingEqualsAgendaTitleEvenWhenAPageBreakSeparatesItFromTheParagraphLine() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).allSatisfy(p -> assertThat(p.heading()).isEqualTo(p.title()));
			assertThat(paragraph(protocol, 12).heading()).isEqualTo("Förvärv av fastigheten Ludvika Gonäs 3:41");
		}

		@Test
		void classifiesDecisionsAndInformation() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(kinds(protocol, n -> n != 14)).containsExactly(entry(1, ParagraphKind.DECISION),
					entry(2, ParagraphKind.INFORMATION), entry(3, ParagraphKind.DECISION),
					entry(4, ParagraphKind.DECISION), entry(5, ParagraphKind.DECISION),
					entry(6, ParagraphKind.DECISION), entry(7, ParagraphKind.DECISION),
					entry(8, ParagraphKind.DECISION), entry(9, ParagraphKind.DECISION),
					entry(10, ParagraphKind.DECISION), entry(11, ParagraphKind.DECISION),
					entry(12, ParagraphKind.DECISION), entry(13, ParagraphKind.DECISION),
					entry(15, ParagraphKind.INFORMATION));
		}

		@Test
		void classifiesMessagesInParagraph14AsInformation() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(paragraph(protocol, 14).kind()).isEqualTo(ParagraphKind.INFORMATION);
		}

		@Test
		void countsDecisionPoints() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(decisionPointCounts(protocol)).containsExactly(entry(1, 0), entry(2, 0), entry(3, 2),
					entry(4, 2), entry(5, 3), entry(6, 0), entry(7, 3), entry(8, 0), entry(9, 0), entry(10, 2),
					entry(11, 2), entry(12, 2), entry(13, 0), entry(14, 0), entry(15, 0));
		}

		@Test
		void readsRecusalsInParagraphsFiveAndTwelveOnly() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.recusals().isEmpty())
				.extracting(Paragraph::number, p -> p.recusals().stream().map(Protocol.Recusal::person).toList())
				.containsExactly(tuple(5, List.of("Per Olsson")), tuple(12, List.of("Kerstin Öberg")));
		}

		@Test
		void readsSingleProposersInParagraphsSixAndEightToTen() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> p.number() != 7 && !p.proposals().isEmpty())
				.extracting(Paragraph::number, p -> proposers(p))
				.containsExactly(tuple(6, List.of("Anders Nyqvist (L)")),
						tuple(8, List.of("Daniel Wiklund (KD)", "Annika Strand (S)")),
						tuple(9, List.of("Sandra Wikström (SD)", "Jörgen Wallin (S)")),
						tuple(10, List.of("Sven Jansson (C)")));
		}

		@Test
		void readsAllFourProposersInParagraphSeven() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(proposers(paragraph(protocol, 7))).containsExactly("Roger Sundin (S)",
					"Anna-Karin Söderberg (V)", "Erik Nilsson (SD)", "Maria Lund (M)");
		}

		@Test
		void readsTheTallyOfTheOnlyVote() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.votes().isEmpty())
				.extracting(Paragraph::number, p -> p.votes().size())
				.containsExactly(tuple(7, 1));
			Vote vote = paragraph(protocol, 7).votes().get(0);
			assertThat(vote).extracting(Vote::yes, Vote::no, Vote::abstain).containsExactly(26, 21, 2);
		}

		@Test
		void readsEveryBallotOfTheTableThatRunsAcrossThePageBreakWithoutTheTotalsRow() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			List<Ballot> ballots = paragraph(protocol, 7).votes().get(0).ballots();
			assertThat(ballotsOf(ballots, BallotChoice.YES)).containsExactlyInAnyOrder("Göran Malmberg (S)",
					"Annika Strand (S)", "Peter Hagström (S)", "Marie Lindqvist (S)", "Roger Sundin (S)",
					"Ewa Blomqvist (S)", "Mikael Eriksson (S)", "Fatima Yusuf (S)", "Jörgen Wallin (S)",
					"Helena Kvist (S)", "Stefan Grahn (S)", "Birgitta Hellström (S)", "Ali Hassan (S)",
					"Jenny Sjöholm (S)", "Kjell Dahlberg (S)", "Lennart Mattsson (S)", "Tobias Frost (S)",
					"Anna-Karin Söderberg (V)", "Omar Abdi (V)", "Lena Fors (V)", "Mattias Kronberg (V)",
					"Kerstin Öberg (C)", "Britt Holmgren (C)", "Sven Jansson (C)", "Sofia Berglund (MP)",
					"Jonas Hammar (MP)");
			assertThat(ballotsOf(ballots, BallotChoice.NO)).containsExactlyInAnyOrder("Karin Sandberg (M)",
					"Kenneth Lund (SD)", "Erik Nilsson (SD)", "Ulla Berg (SD)", "Tomas Grip (SD)",
					"Camilla Hedlund (SD)", "Patrik Sjögren (SD)", "Jan-Olof Brandt (SD)", "Sandra Wikström (SD)",
					"Roland Höglund (SD)", "Mona Lindgren (SD)", "Lars-Erik Tjärnberg (SD)", "Maria Lund (M)",
					"Eva Lilja (M)", "Per Olsson (M)", "Christer Boman (M)", "Linda Forsberg (M)",
					"Henrik Nordin (M)", "Gunilla Åström (M)", "Magnus Tell (M)", "Anders Nyqvist (L)");
			assertThat(ballotsOf(ballots, BallotChoice.ABSTAIN)).containsExactlyInAnyOrder("Daniel Wiklund (KD)",
					"Ingrid Moberg (KD)");
			assertThat(ballots).hasSize(49).extracting(Ballot::person).doesNotContain("Summa", "Ledamot");
		}

		@Test
		void ballotsAreCastExactlyByTheDecidingParticipantsOfTheParagraph() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(paragraph(protocol, 7).votes().get(0).ballots()).extracting(Ballot::person)
				.containsExactlyInAnyOrderElementsOf(decidingParticipants(protocol, 7));
		}

		@Test
		void readsReservationsInParagraphSevenOnly() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.reservations().isEmpty())
				.extracting(Paragraph::number, p -> reservers(p))
				.containsExactly(tuple(7, List.of("Erik Nilsson (SD)", "Ulla Berg (SD)", "Camilla Hedlund (SD)",
						"Maria Lund (M)")));
		}

		@Test
		void readsTheThreeMotionsWithPartyClaimsAndOutcome() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> p.motion() != null)
				.extracting(Paragraph::number, p -> p.motion().party(), p -> p.motion().claims().size(),
						p -> p.motion().outcome())
				.containsExactly(tuple(8, "KD", 3, MotionOutcome.ANSWERED), tuple(9, "SD", 2, MotionOutcome.REJECTED),
						tuple(10, "C", 2, MotionOutcome.GRANTED));
		}

		@Test
		void countsMessagesAndFindsNoDelegatedDecisionsOrBudgetTables() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.messages().isEmpty())
				.extracting(Paragraph::number, p -> p.messages().size())
				.containsExactly(tuple(14, 4));
			assertThat(protocol.paragraphs()).allSatisfy(p -> {
				assertThat(p.delegatedDecisions()).isEmpty();
				assertThat(p.budgetReports()).isEmpty();
				assertThat(p.budgetNotes()).isEmpty();
			});
		}

		@Test
		void continuesTheMotionTextAcrossThePageBreakWithoutTheFooterOrHeader() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(paragraph(protocol, 8).description()).containsPattern("startat\\s+ett arbete med så kallad")
				.doesNotContain("Justerandes", "Utdragsbestyrkande", "SAMMANTRÄDESPROTOKOLL", "2024-02-26");
		}

		@Test
		void pageFurnitureLeaksIntoNoTitleAttendeeOrText() {
			String text = read(LUDVIKA);

			Protocol protocol = parse(text);

			assertThat(parsedTexts(protocol)).isNotEmpty()
				.allSatisfy(s -> assertThat(s).doesNotContain(FURNITURE).doesNotContain("2024-02-26"));
		}

	}

	// --------------------------------------------------------------------------------------- Falun

	@Nested
	class FalunBarnOchUtbildningsnamnden {

		@Test
		void readsBodyName() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.bodyName()).isEqualTo("Barn- och utbildningsnämnden");
		}

		@Test
		void readsMeetingDateTimesWithEnDashAndPlace() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.meetingDate()).isEqualTo(LocalDate.of(2024, 3, 5));
			assertThat(protocol.startsAt()).isEqualTo(LocalTime.of(13, 15));
			assertThat(protocol.endsAt()).isEqualTo(LocalTime.of(16, 40));
			assertThat(protocol.place()).isEqualTo("Stadshuset, Falun, sammanträdesrum Kristine");
		}

		@Test
		void readsChairAndViceChair() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.CHAIR)).extracting(Attendee::name, Attendee::party)
				.containsExactly(tuple("Maria Hedberg", "S"));
			assertThat(withRole(protocol, AttendanceRole.VICE_CHAIR)).extracting(Attendee::name, Attendee::party)
				.containsExactly(tuple("Johan Selin", "C"));
		}

		@Test
		void readsMembers() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.MEMBER)).extracting(Attendee::name, Attendee::party)
				.containsExactly(tuple("Karin Nygren", "S"), tuple("Patrik Engström", "S"),
						tuple("Sanna Olofsson", "S"), tuple("Fredrik Ahlgren", "M"), tuple("Louise Bergh", "M"),
						tuple("Robert Kvarnström", "SD"), tuple("Tina Englund", "SD"), tuple("Yasmin Abdullahi", "V"),
						tuple("Elisabet Norén", "KD"), tuple("Linnea Dahl", "L"));
		}

		@Test
		void readsServingSubstitutesListedAmongTheDecidingMembers() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.SERVING_SUBSTITUTE))
				.extracting(Attendee::name, Attendee::party, Attendee::replaces)
				.containsExactly(tuple("Hanna Lövgren", "M", "Gustav Wennberg"), tuple("Per Gran", "L", "Linnea Dahl"));
			assertThat(protocol.attendees()).extracting(Attendee::name).doesNotContain("Gustav Wennberg");
		}

		@Test
		void expandsFromParagraphToTheLastParagraph() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(attendee(protocol, "Linnea Dahl").paragraphs()).containsExactly(24, 25, 26, 27, 28, 29);
		}

		@Test
		void expandsARangeWrittenWithAnEnDash() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(attendee(protocol, "Per Gran").paragraphs()).containsExactly(20, 21, 22, 23);
		}

		@Test
		void countsThirteenDecidingParticipantsPerParagraphExceptWhereSomeoneIsRecused() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			Map<Integer, Integer> expected = everyParagraph(20, 29, 13);
			expected.put(24, 12);
			expected.put(25, 12);
			assertThat(decidingParticipantsPerParagraph(protocol)).isEqualTo(expected);
		}

		@Test
		void readsNonServingSubstitutes() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.NON_SERVING_SUBSTITUTE))
				.extracting(Attendee::name, Attendee::party, Attendee::paragraphs)
				.containsExactly(tuple("Ingrid Falk", "S", null), tuple("Bo Rydén", "SD", null),
						tuple("Anna Lindmark", "C", null));
		}

		@Test
		void readsOtherAttendeesWithTitlesAndParagraphs() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.OTHER_ATTENDEE))
				.extracting(Attendee::name, Attendee::party, Attendee::title, Attendee::paragraphs)
				.containsExactly(tuple("Stina Borg", null, "förvaltningschef", null),
						tuple("Mikael Holm", null, "nämndsekreterare", null),
						tuple("Karl Wiberg", null, "controller", List.of(20)),
						tuple("Elin Backman", null, "verksamhetschef förskola", List.of(22, 25, 27)),
						tuple("Sofia Lindh", null, "skolskjutssamordnare", List.of(23)));
		}

		@Test
		void readsTheChecker() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.checkers()).containsExactly("Louise Bergh");
		}

		@Test
		void readsCheckingDateTimeAndPlace() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.checkingDate()).isEqualTo(LocalDate.of(2024, 3, 11));
			assertThat(protocol.checkingTime()).isEqualTo(LocalTime.of(10, 0));
			assertThat(protocol.checkingPlace()).isEqualTo("Barn- och utbildningsförvaltningen, Stadshuset, Falun");
		}

		@Test
		void readsSignaturesAndSecretary() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.signatures()).extracting(Protocol.Signature::role, Protocol.Signature::name)
				.containsExactly(tuple("Sekreterare", "Mikael Holm"), tuple("Ordförande", "Maria Hedberg"),
						tuple("Justerare", "Louise Bergh"));
			assertThat(protocol.secretary()).isEqualTo("Mikael Holm");
		}

		@Test
		void readsTheParagraphRangeWrittenWithAnEnDash() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.firstParagraph()).isEqualTo(20);
			assertThat(protocol.lastParagraph()).isEqualTo(29);
		}

		@Test
		void readsTheNoticeWithItsStatedAppealDeadline() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.notice()).isEqualTo(new Protocol.Notice("Barn- och utbildningsnämnden",
					LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 11), LocalDate.of(2024, 4, 3),
					"Barn- och utbildningsförvaltningen, Stadshuset, Falun", LocalDate.of(2024, 4, 2), "Mikael Holm"));
		}

		@Test
		void readsEveryParagraphsNumberCaseNumberAndTitle() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).extracting(Paragraph::number, Paragraph::caseNumber, Paragraph::title)
				.containsExactly(tuple(20, "BUN 2024/0041", "Budgetuppföljning per februari 2024"),
						tuple(21, "BUN 2024/0003", "Förvaltningschefen informerar"),
						tuple(22, "BUN 2024/0058", "Reviderade regler och avgifter för förskola och fritidshem"),
						tuple(23, "BUN 2023/0412", "Revidering av riktlinjer för skolskjuts"),
						tuple(24, "BUN 2024/0066", "Utdelning ur Stiftelsen Falu skolfond 2024"),
						tuple(25, "BUN 2024/0070",
								"Ansökan om godkännande av enskild huvudman för förskolan Solrosen"),
						tuple(26, "BUN 2024/0029", "Internkontrollplan 2024"),
						tuple(27, "BUN 2024/0019", "Kränkande behandling – redovisning andra halvåret 2023"),
						tuple(28, "BUN 2024/0004", "Redovisning av delegationsbeslut"),
						tuple(29, "BUN 2024/0005", "Meddelanden"));
		}

		@Test
		void readsCaseNumberAndHeadingOfAParagraphWhosePageBreaksRightAfterItsNumber() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(paragraph(protocol, 26)).extracting(Paragraph::caseNumber, Paragraph::heading)
				.containsExactly("BUN 2024/0029", "Internkontrollplan 2024");
			assertThat(protocol.paragraphs()).allSatisfy(p -> assertThat(p.heading()).isEqualTo(p.title()));
		}

		@Test
		void classifiesDecisionsProposalsAndInformation() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(kinds(protocol, n -> n != 28 && n != 29)).containsExactly(entry(20, ParagraphKind.DECISION),
					entry(21, ParagraphKind.INFORMATION), entry(22, ParagraphKind.PROPOSAL_TO_COUNCIL),
					entry(23, ParagraphKind.DECISION), entry(24, ParagraphKind.DECISION),
					entry(25, ParagraphKind.DECISION), entry(26, ParagraphKind.DECISION),
					entry(27, ParagraphKind.INFORMATION));
		}

		@Test
		void classifiesTheNotedDelegationReportAndMessagesAsInformation() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(kinds(protocol, n -> n == 28 || n == 29)).containsExactly(entry(28, ParagraphKind.INFORMATION),
					entry(29, ParagraphKind.INFORMATION));
		}

		@Test
		void countsDecisionPoints() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(decisionPointCounts(protocol)).containsExactly(entry(20, 2), entry(21, 0), entry(22, 2),
					entry(23, 3), entry(24, 0), entry(25, 2), entry(26, 0), entry(27, 0), entry(28, 0), entry(29, 0));
		}

		@Test
		void readsRecusalsWrittenInTwoDifferentWays() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.recusals().isEmpty())
				.extracting(Paragraph::number, p -> p.recusals().stream().map(Protocol.Recusal::person).toList())
				.containsExactly(tuple(24, List.of("Yasmin Abdullahi")), tuple(25, List.of("Karin Nygren")));
		}

		@Test
		void aMemberJoiningTheMeetingIsNeitherAProposalNorARecusal() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			Paragraph p24 = paragraph(protocol, 24);
			assertThat(p24.proposals()).isEmpty();
			assertThat(p24.recusals()).extracting(Protocol.Recusal::person).doesNotContain("Linnea Dahl");
		}

		@Test
		void readsProposalsInParagraphTwentyThreeOnly() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.proposals().isEmpty())
				.extracting(Paragraph::number)
				.containsExactly(23);
		}

		@Test
		void readsAllFourProposersInParagraphTwentyThreeIncludingTheOneWhoConcurs() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(proposers(paragraph(protocol, 23))).containsExactly("Patrik Engström (S)",
					"Elisabet Norén (KD)", "Yasmin Abdullahi (V)", "Fredrik Ahlgren (M)");
		}

		@Test
		void readsTheTallyWithAbstentionsWrittenAsAWord() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.votes().isEmpty())
				.extracting(Paragraph::number, p -> p.votes().size())
				.containsExactly(tuple(23, 1));
			assertThat(paragraph(protocol, 23).votes().get(0)).extracting(Vote::yes, Vote::no, Vote::abstain)
				.containsExactly(6, 5, 2);
		}

		@Test
		void readsEveryBallotFromTheListsAfterThePageBreak() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			List<Ballot> ballots = paragraph(protocol, 23).votes().get(0).ballots();
			assertThat(ballots).extracting(b -> b.person() + " (" + b.party() + ")", Ballot::choice)
				.containsExactlyInAnyOrder(tuple("Maria Hedberg (S)", BallotChoice.YES),
						tuple("Karin Nygren (S)", BallotChoice.YES), tuple("Patrik Engström (S)", BallotChoice.YES),
						tuple("Sanna Olofsson (S)", BallotChoice.YES), tuple("Johan Selin (C)", BallotChoice.YES),
						tuple("Per Gran (L)", BallotChoice.YES), tuple("Fredrik Ahlgren (M)", BallotChoice.NO),
						tuple("Louise Bergh (M)", BallotChoice.NO), tuple("Hanna Lövgren (M)", BallotChoice.NO),
						tuple("Elisabet Norén (KD)", BallotChoice.NO), tuple("Yasmin Abdullahi (V)", BallotChoice.NO),
						tuple("Robert Kvarnström (SD)", BallotChoice.ABSTAIN),
						tuple("Tina Englund (SD)", BallotChoice.ABSTAIN));
		}

		@Test
		void ballotsAreCastExactlyByTheDecidingParticipantsOfTheParagraph() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(paragraph(protocol, 23).votes().get(0).ballots()).extracting(Ballot::person)
				.containsExactlyInAnyOrderElementsOf(decidingParticipants(protocol, 23));
		}

		@Test
		void readsTheDecisionRouteThatFollowsAPageBreakInsideTheParagraph() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(paragraph(protocol, 23).sections()).filteredOn(s -> "Beslutsgång".equals(s.heading()))
				.singleElement()
				.satisfies(s -> assertThat(s.text()).startsWith("Ordföranden frågar först om ärendet ska avgöras")
					.doesNotContain(FURNITURE));
		}

		@Test
		void readsWrittenAndJointReservations() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.reservations().isEmpty())
				.extracting(Paragraph::number, p -> reservers(p))
				.containsExactly(tuple(23, List.of("Elisabet Norén (KD)", "Fredrik Ahlgren (M)", "Louise Bergh (M)",
						"Hanna Lövgren (M)")));
		}

		@Test
		void findsNoMotionsNotEvenInTheBulletedMeasuresOrDocuments() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).extracting(Paragraph::motion).containsOnlyNulls();
		}

		@Test
		void readsTheBudgetTableHeaderUnitAndPeriods() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.budgetReports().isEmpty())
				.extracting(Paragraph::number, p -> p.budgetReports().size())
				.containsExactly(tuple(20, 1));
			BudgetReport report = paragraph(protocol, 20).budgetReports().get(0);
			assertThat(report).extracting(BudgetReport::amountUnit, BudgetReport::period, BudgetReport::fullYear)
				.containsExactly("tkr", "januari–februari 2024", "Helår 2024");
		}

		@Test
		void readsEveryBudgetRowWithLevelEmphasisAndSixFigures() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(paragraph(protocol, 20).budgetReports().get(0).lines())
				.extracting(BudgetLine::label, BudgetLine::level, BudgetLine::emphasis, BudgetLine::periodBudget,
						BudgetLine::periodActual, BudgetLine::periodDeviation, BudgetLine::yearBudget,
						BudgetLine::yearForecast, BudgetLine::yearDeviation)
				.containsExactly(total("Nämnd och förvaltningsgemensamt", 10_300, 9_870, 430, 61_800, 61_300, 500),
						total("Förskola", 71_400, 70_690, 710, 428_400, 427_400, 1_000),
						detail("Kommunal förskola", 58_817, 58_210, 607, 352_900, 352_400, 500),
						detail("Bidrag till fristående förskola", 12_583, 12_480, 103, 75_500, 75_000, 500),
						total("Grundskola, förskoleklass och fritidshem", 148_933, 149_880, -947, 893_600, 895_400,
								-1_800),
						detail("Förskoleklass och årskurs 1–6", 78_033, 78_540, -507, 468_200, 469_000, -800),
						detail("Årskurs 7–9", 41_317, 41_720, -403, 247_900, 248_700, -800),
						detail("Fritidshem", 18_717, 18_690, 27, 112_300, 112_300, 0),
						detail("Bidrag till fristående grundskola", 10_867, 10_930, -63, 65_200, 65_400, -200),
						total("Anpassad grundskola och anpassad gymnasieskola", 12_717, 12_960, -243, 76_300, 77_500,
								-1_200),
						total("Gymnasieskolan", 67_117, 68_000, -883, 402_700, 404_800, -2_100),
						detail("Lugnetgymnasiet", 26_900, 27_140, -240, 161_400, 161_900, -500),
						detail("Kristinegymnasiet", 16_433, 16_810, -377, 98_600, 99_400, -800),
						detail("Haraldsbogymnasiet", 7_883, 7_820, 63, 47_300, 47_300, 0),
						detail("Interkommunala ersättningar", 15_900, 16_230, -330, 95_400, 96_200, -800),
						total("Vuxenutbildning", 11_533, 11_390, 143, 69_200, 68_700, 500),
						total("Summa barn- och utbildningsnämnden", 322_000, 322_790, -790, 1_932_000, 1_935_100,
								-3_100));
		}

		@Test
		void italicRowsNameTheBoldRowTheyBreakDown() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			List<BudgetLine> lines = paragraph(protocol, 20).budgetReports().get(0).lines();
			assertThat(lines).filteredOn(l -> l.emphasis() == Emphasis.ITALIC)
				.extracting(BudgetLine::label, l -> lines.get(l.parent()).label())
				.containsExactly(tuple("Kommunal förskola", "Förskola"),
						tuple("Bidrag till fristående förskola", "Förskola"),
						tuple("Förskoleklass och årskurs 1–6", "Grundskola, förskoleklass och fritidshem"),
						tuple("Årskurs 7–9", "Grundskola, förskoleklass och fritidshem"),
						tuple("Fritidshem", "Grundskola, förskoleklass och fritidshem"),
						tuple("Bidrag till fristående grundskola", "Grundskola, förskoleklass och fritidshem"),
						tuple("Lugnetgymnasiet", "Gymnasieskolan"), tuple("Kristinegymnasiet", "Gymnasieskolan"),
						tuple("Haraldsbogymnasiet", "Gymnasieskolan"),
						tuple("Interkommunala ersättningar", "Gymnasieskolan"));
		}

		@Test
		void readsTheGymnasieskolanDeficitNoteWithItsActionPlan() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			// The heading "Gymnasieskolan – 2 100 tkr" prints 2 100 after a spaced dash; the
			// deficit itself is the table's year deviation, -2 100.
			assertThat(protocol.paragraphs()).filteredOn(p -> !p.budgetNotes().isEmpty())
				.extracting(Paragraph::number)
				.containsExactly(20);
			assertThat(paragraph(protocol, 20).budgetNotes()).singleElement().satisfies(note -> {
				assertThat(note).extracting(BudgetNote::unit, BudgetNote::amount, BudgetNote::actionPlanReported)
					.containsExactly("Gymnasieskolan", 2_100L, true);
				assertThat(note.text()).contains("handlingsplan")
					.contains("- Samordning av undervisningsgrupper", "- Vakanta tjänster",
							"- Översyn av programutbudet");
			});
		}

		@Test
		void countsDelegatedDecisionsAndMessages() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.delegatedDecisions().isEmpty())
				.extracting(Paragraph::number, p -> p.delegatedDecisions().size())
				.containsExactly(tuple(28, 6));
			assertThat(protocol.paragraphs()).filteredOn(p -> !p.messages().isEmpty())
				.extracting(Paragraph::number, p -> p.messages().size())
				.containsExactly(tuple(29, 4));
		}

		@Test
		void pageFurnitureLeaksIntoNoTitleAttendeeOrText() {
			String text = read(FALUN);

			Protocol protocol = parse(text);

			assertThat(parsedTexts(protocol)).isNotEmpty()
				.allSatisfy(s -> assertThat(s).doesNotContain(FURNITURE).doesNotContain("2024-03-05"));
		}

	}

	// ---------------------------------------------------------------------------------------- Mora

	@Nested
	class MoraKommunstyrelsensArbetsutskott {

		@Test
		void readsBodyName() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.bodyName()).isEqualTo("Kommunstyrelsens arbetsutskott");
		}

		@Test
		void readsMeetingDateTimesWithEnDashAndPlace() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.meetingDate()).isEqualTo(LocalDate.of(2023, 6, 20));
			assertThat(protocol.startsAt()).isEqualTo(LocalTime.of(8, 30));
			assertThat(protocol.endsAt()).isEqualTo(LocalTime.of(11, 45));
			assertThat(protocol.place()).isEqualTo("Kommunhuset Mora, sammanträdesrum Zorn");
		}

		@Test
		void readsChairViceChairAndMembers() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.attendees()).filteredOn(a -> a.role() != AttendanceRole.SERVING_SUBSTITUTE
					&& a.role().decides())
				.extracting(Attendee::name, Attendee::party, Attendee::role)
				.containsExactly(tuple("Mats Dahlin", "C", AttendanceRole.CHAIR),
						tuple("Marie Lang", "KD", AttendanceRole.VICE_CHAIR),
						tuple("Ulf Hedman", "M", AttendanceRole.MEMBER),
						tuple("Linda Sjöberg", "SD", AttendanceRole.MEMBER));
		}

		@Test
		void readsTheServingSubstituteWrittenAsXForY() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.SERVING_SUBSTITUTE))
				.extracting(Attendee::name, Attendee::party, Attendee::replaces, Attendee::paragraphs)
				.containsExactly(tuple("Jonny Rask", "S", "Ann-Sofie Persson", null));
			assertThat(protocol.attendees()).extracting(Attendee::name).doesNotContain("Ann-Sofie Persson");
		}

		@Test
		void countsFiveDecidingParticipantsPerParagraphExceptWhereSomeoneIsRecused() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			Map<Integer, Integer> expected = everyParagraph(112, 117, 5);
			expected.put(115, 4);
			assertThat(decidingParticipantsPerParagraph(protocol)).isEqualTo(expected);
		}

		@Test
		void readsOtherAttendeesWithParagraphsIncludingAnEnDashRange() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.OTHER_ATTENDEE))
				.extracting(Attendee::name, Attendee::party, Attendee::paragraphs)
				.containsExactly(tuple("Eva Sundqvist", null, null), tuple("Henrik Vidlund", null, null),
						tuple("Kerstin Åhs", null, List.of(112, 113)), tuple("Anna Morin", null, List.of(114)));
		}

		@Test
		void readsOtherAttendeesSingleWordTitles() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.OTHER_ATTENDEE))
				.filteredOn(a -> !a.name().equals("Henrik Vidlund"))
				.extracting(Attendee::name, Attendee::title)
				.containsExactly(tuple("Eva Sundqvist", "kommunchef"), tuple("Kerstin Åhs", "ekonomichef"),
						tuple("Anna Morin", "mark- och exploateringsingenjör"));
		}

		@Test
		void keepsATitleThatContainsAComma() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(attendee(protocol, "Henrik Vidlund").title()).isEqualTo("kanslichef, sekreterare");
		}

		@Test
		void hasNoNonServingSubstitutes() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(withRole(protocol, AttendanceRole.NON_SERVING_SUBSTITUTE)).isEmpty();
		}

		@Test
		void readsTheChecker() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.checkers()).containsExactly("Ulf Hedman");
		}

		@Test
		void readsCheckingDateInLongFormTimeWithKlockanAndPlace() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.checkingDate()).isEqualTo(LocalDate.of(2023, 6, 22));
			assertThat(protocol.checkingTime()).isEqualTo(LocalTime.of(14, 0));
			assertThat(protocol.checkingPlace()).isEqualTo("Kommunhuset Mora");
		}

		@Test
		void readsSignaturesAndSecretary() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.signatures()).extracting(Protocol.Signature::role, Protocol.Signature::name)
				.containsExactly(tuple("Sekreterare", "Henrik Vidlund"), tuple("Ordförande", "Mats Dahlin"),
						tuple("Justerare", "Ulf Hedman"));
			assertThat(protocol.secretary()).isEqualTo("Henrik Vidlund");
		}

		@Test
		void readsTheParagraphRange() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.firstParagraph()).isEqualTo(112);
			assertThat(protocol.lastParagraph()).isEqualTo(117);
		}

		@Test
		void readsTheNoticeWithPostingAndRemovalOnOneLine() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.notice()).isEqualTo(new Protocol.Notice("Kommunstyrelsens arbetsutskott",
					LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 26), LocalDate.of(2023, 7, 17),
					"Kommunstyrelsens kansli, Mora kommunhus", LocalDate.of(2023, 7, 17), "Henrik Vidlund"));
		}

		@Test
		void readsEveryParagraphsNumberCaseNumberAndTitleFromTheTwoLineAgenda() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).extracting(Paragraph::number, Paragraph::caseNumber, Paragraph::title)
				.containsExactly(tuple(112, "KS 2023/00185", "Ekonomisk uppföljning per maj 2023"),
						tuple(113, "KS 2023/00201",
								"Yttrande över Region Dalarnas förslag till trafikförsörjningsprogram 2024–2027"),
						tuple(114, "KS 2023/00166", "Försäljning av del av fastigheten Mora Östnor 12:5"),
						tuple(115, "KS 2023/00212", "Bidrag till midsommarfirande i Östnor 2023"),
						tuple(116, "KS 2023/00009", "Redovisning av delegationsbeslut"),
						tuple(117, "KS 2023/00010", "Meddelanden"));
			assertThat(protocol.paragraphs()).allSatisfy(p -> assertThat(p.heading()).isEqualTo(p.title()));
		}

		@Test
		void classifiesInformationProposalsAndDecisions() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(kinds(protocol, n -> n != 117)).containsExactly(entry(112, ParagraphKind.INFORMATION),
					entry(113, ParagraphKind.PROPOSAL_TO_COUNCIL), entry(114, ParagraphKind.PROPOSAL_TO_COUNCIL),
					entry(115, ParagraphKind.DECISION), entry(116, ParagraphKind.DECISION));
		}

		@Test
		void classifiesMessagesInParagraph117AsInformation() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(paragraph(protocol, 117).kind()).isEqualTo(ParagraphKind.INFORMATION);
		}

		@Test
		void countsDecisionPoints() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(decisionPointCounts(protocol)).containsExactly(entry(112, 0), entry(113, 2), entry(114, 2),
					entry(115, 2), entry(116, 0), entry(117, 0));
		}

		@Test
		void continuesTheSummaryThatStartsOnTheLastLineOfAPage() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(paragraph(protocol, 113).description())
				.startsWith("Region Dalarna har skickat sitt förslag till regionalt trafikförsörjningsprogram")
				.doesNotContain(FURNITURE);
		}

		@Test
		void readsTheRecusalInParagraph115Only() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.recusals().isEmpty())
				.extracting(Paragraph::number, p -> p.recusals().stream().map(Protocol.Recusal::person).toList())
				.containsExactly(tuple(115, List.of("Marie Lang")));
		}

		@Test
		void readsProposalsInParagraph114Only() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.proposals().isEmpty())
				.extracting(Paragraph::number, p -> proposers(p))
				.containsExactly(tuple(114, List.of("Mats Dahlin (C)", "Linda Sjöberg (SD)")));
		}

		@Test
		void findsNoVotes() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).allSatisfy(p -> assertThat(p.votes()).isEmpty());
		}

		@Test
		void readsTheReservationAfterThePageBreakInsideParagraph114() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.reservations().isEmpty())
				.extracting(Paragraph::number, p -> reservers(p))
				.containsExactly(tuple(114, List.of("Linda Sjöberg (SD)")));
		}

		@Test
		void findsNoMotionsOrBudgetTables() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).allSatisfy(p -> {
				assertThat(p.motion()).isNull();
				assertThat(p.budgetReports()).isEmpty();
				assertThat(p.budgetNotes()).isEmpty();
			});
		}

		@Test
		void countsDelegatedDecisionsWithoutBulletsAndMessages() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(protocol.paragraphs()).filteredOn(p -> !p.delegatedDecisions().isEmpty())
				.extracting(Paragraph::number, p -> p.delegatedDecisions().size())
				.containsExactly(tuple(116, 3));
			assertThat(protocol.paragraphs()).filteredOn(p -> !p.messages().isEmpty())
				.extracting(Paragraph::number, p -> p.messages().size())
				.containsExactly(tuple(117, 3));
		}

		@Test
		void pageFurnitureLeaksIntoNoTitleAttendeeOrText() {
			String text = read(MORA);

			Protocol protocol = parse(text);

			assertThat(parsedTexts(protocol)).isNotEmpty()
				.allSatisfy(s -> assertThat(s).doesNotContain(FURNITURE).doesNotContain("2023-06-20"));
		}

	}

	// ------------------------------------------------------------------------------------- helpers

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Protocol parse(String text) {
		return new ProtocolParser(2_000_000).parse(text);
	}

	private static List<Attendee> withRole(Protocol protocol, AttendanceRole role) {
		return protocol.attendees().stream().filter(a -> a.role() == role).toList();
	}

	private static Attendee attendee(Protocol protocol, String name) {
		return protocol.attendees().stream().filter(a -> a.name().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no attendee " + name));
	}

	private static Paragraph paragraph(Protocol protocol, int number) {
		return protocol.paragraphs().stream().filter(p -> p.number() == number).findFirst()
			.orElseThrow(() -> new AssertionError("no § " + number));
	}

	/** Members and serving substitutes taking part in the paragraph, the recused removed. */
	private static List<String> decidingParticipants(Protocol protocol, int number) {
		List<String> recused = paragraph(protocol, number).recusals().stream().map(Protocol.Recusal::person).toList();
		return protocol.attendees().stream()
			.filter(a -> a.role().decides() && a.presentIn(number) && !recused.contains(a.name()))
			.map(Attendee::name)
			.toList();
	}

	private static Map<Integer, Integer> decidingParticipantsPerParagraph(Protocol protocol) {
		return protocol.paragraphs().stream()
			.collect(Collectors.toMap(Paragraph::number, p -> decidingParticipants(protocol, p.number()).size(),
					(a, b) -> a, TreeMap::new));
	}

	private static Map<Integer, Integer> everyParagraph(int first, int last, int count) {
		return IntStream.rangeClosed(first, last).boxed()
			.collect(Collectors.toMap(n -> n, n -> count, (a, b) -> a, TreeMap::new));
	}

	private static Map<Integer, ParagraphKind> kinds(Protocol protocol, Predicate<Integer> numbers) {
		return protocol.paragraphs().stream().filter(p -> numbers.test(p.number()))
			.collect(Collectors.toMap(Paragraph::number, Paragraph::kind, (a, b) -> a, TreeMap::new));
	}

	private static Map<Integer, Integer> decisionPointCounts(Protocol protocol) {
		return protocol.paragraphs().stream()
			.collect(Collectors.toMap(Paragraph::number, p -> p.decisionPoints().size(), (a, b) -> a, TreeMap::new));
	}

	private static <K, V> Map.Entry<K, V> entry(K key, V value) {
		return Map.entry(key, value);
	}

	private static List<String> proposers(Paragraph paragraph) {
		return paragraph.proposals().stream().map(p -> p.person() + " (" + p.party() + ")").toList();
	}

	private static List<String> reservers(Paragraph paragraph) {
		return paragraph.reservations().stream().map(r -> r.person() + " (" + r.party() + ")").toList();
	}

	private static List<String> ballotsOf(List<Ballot> ballots, BallotChoice choice) {
		return ballots.stream().filter(b -> b.choice() == choice).map(b -> b.person() + " (" + b.party() + ")")
			.toList();
	}

	private static org.assertj.core.groups.Tuple total(String label, long... figures) {
		return row(label, BudgetLineLevel.TOTAL, Emphasis.BOLD, figures);
	}

	private static org.assertj.core.groups.Tuple detail(String label, long... figures) {
		return row(label, BudgetLineLevel.DETAIL, Emphasis.ITALIC, figures);
	}

	private static org.assertj.core.groups.Tuple row(String label, BudgetLineLevel level, Emphasis emphasis,
			long... figures) {
		return tuple(label, level, emphasis, figures[0], figures[1], figures[2], figures[3], figures[4], figures[5]);
	}

	/** Every piece of text the parser produced for attendees and paragraphs. */
	private static List<String> parsedTexts(Protocol protocol) {
		List<String> texts = new ArrayList<>();
		for (Attendee a : protocol.attendees()) {
			add(texts, a.name(), a.title(), a.replaces());
		}
		texts.addAll(protocol.checkers());
		protocol.signatures().forEach(s -> add(texts, s.role(), s.name()));
		add(texts, protocol.place(), protocol.checkingPlace(), protocol.secretary());
		for (Paragraph p : protocol.paragraphs()) {
			add(texts, p.caseNumber(), p.title(), p.heading(), p.decisionHeading(), p.decisionText(), p.description());
			texts.addAll(p.decisionPoints());
			p.sections().forEach(s -> add(texts, s.heading(), s.text()));
			texts.addAll(p.supportingDocuments());
			p.recusals().forEach(r -> add(texts, r.person(), r.note()));
			p.proposals().forEach(x -> add(texts, x.person(), x.text()));
			p.reservations().forEach(r -> add(texts, r.person(), r.text()));
			p.votes().forEach(v -> {
				add(texts, v.proposition(), v.resultText());
				v.ballots().forEach(b -> add(texts, b.person()));
			});
			if (p.motion() != null) {
				add(texts, p.motion().title());
				texts.addAll(p.motion().claims());
			}
			p.budgetReports().forEach(r -> r.lines().forEach(l -> add(texts, l.label())));
			p.budgetNotes().forEach(n -> add(texts, n.unit(), n.text()));
			p.delegatedDecisions().forEach(d -> add(texts, d.delegate(), d.text()));
			texts.addAll(p.messages());
			p.tables().forEach(t -> t.rows().forEach(r -> texts.addAll(r.cells())));
		}
		return texts;
	}

	private static void add(List<String> texts, String... values) {
		for (String value : values) {
			if (value != null) {
				texts.add(value);
			}
		}
	}

}
