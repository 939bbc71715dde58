package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.meeting.AttendanceRole;
import se.justera.motion.MotionOutcome;
import se.justera.paragraph.ParagraphKind;
import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.BudgetLine;
import se.justera.protocol.Protocol.BudgetReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The sample minutes (Smedjebacken kommunstyrelse 2023-12-12) read exactly. */
class SampleProtocolTests {

	static Protocol protocol;

	@BeforeAll
	static void parse() throws IOException {
		String text = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt")
			.getContentAsString(StandardCharsets.UTF_8);
		protocol = new ProtocolParser(2_000_000).parse(text);
	}

	@Test
	void meetingHeader() {
		assertThat(protocol.bodyName()).isEqualTo("Kommunstyrelsen");
		assertThat(protocol.meetingDate()).isEqualTo(LocalDate.of(2023, 12, 12));
		assertThat(protocol.startsAt()).isEqualTo(LocalTime.of(8, 30));
		assertThat(protocol.endsAt()).isEqualTo(LocalTime.of(11, 0));
		assertThat(protocol.place()).isEqualTo("Kommunhuset, sammanträdesrum 1");
		assertThat(protocol.secretary()).isEqualTo("Susanne Hedman Jensen");
		assertThat(protocol.firstParagraph()).isEqualTo(162);
		assertThat(protocol.lastParagraph()).isEqualTo(174);
	}

	@Test
	void elevenDecidingPersonsWithParties() {
		List<Attendee> deciding = protocol.attendees().stream().filter(a -> a.role().decides()).toList();
		assertThat(deciding).extracting(Attendee::name, Attendee::party, Attendee::role)
			.containsExactly(tuple("Fredrik Rönning", "S", AttendanceRole.CHAIR),
					tuple("Matilda Kilström", "S", AttendanceRole.MEMBER),
					tuple("Ellen Hyttsten", "S", AttendanceRole.MEMBER),
					tuple("Solweig Nyrede", "S", AttendanceRole.MEMBER),
					tuple("Bengt Norrlén", "S", AttendanceRole.MEMBER),
					tuple("Muhammad Aftah", "S", AttendanceRole.MEMBER),
					tuple("Micael Mathsson", "S", AttendanceRole.MEMBER),
					tuple("Mats Öhlin", "V", AttendanceRole.MEMBER),
					tuple("Lotta Gunnarsson", "M", AttendanceRole.MEMBER),
					tuple("Birgitta Ericsson Granqvist", "M", AttendanceRole.MEMBER),
					tuple("Jan Tholerus", "C", AttendanceRole.MEMBER));
	}

	@Test
	void micaelMathssonOnlyInThreeParagraphs() {
		Attendee micael = attendee("Micael Mathsson");
		assertThat(micael.paragraphs()).containsExactly(168, 171, 172);
		assertThat(micael.presentIn(167)).isFalse();
		assertThat(attendee("Mats Öhlin").paragraphs()).isNull();
	}

	@Test
	void fourOtherAttendeesWithTitles() {
		List<Attendee> others = protocol.attendees()
			.stream()
			.filter(a -> a.role() == AttendanceRole.OTHER_ATTENDEE)
			.toList();
		assertThat(others).extracting(Attendee::name, Attendee::title, Attendee::paragraphs)
			.containsExactly(tuple("Susanne Hedman Jensen", "kommunchef", null),
					tuple("Jonas Källman", "koncernekonomichef", null),
					tuple("Maria Ronsten", "förvaltningschef", List.of(171)),
					tuple("Roger Sjöberg", "näringslivschef", List.of(172)));
	}

	@Test
	void checkingOfTheMinutesWithTheYearTakenFromTheMeeting() {
		assertThat(protocol.checkers()).containsExactly("Birgitta Ericsson Granqvist");
		assertThat(protocol.checkingDate()).isEqualTo(LocalDate.of(2023, 12, 14));
		assertThat(protocol.checkingTime()).isEqualTo(LocalTime.of(14, 0));
		assertThat(protocol.checkingPlace()).isEqualTo("Kommunhuset Smedjebacken");
	}

	@Test
	void notice() {
		assertThat(protocol.notice()).isEqualTo(new Protocol.Notice("Kommunstyrelsen", LocalDate.of(2023, 12, 12),
				LocalDate.of(2023, 12, 15), LocalDate.of(2024, 1, 8), "Kommunhuset", null, "Mona Hyttsten"));
	}

	@Test
	void thirteenParagraphsMatchingTheAgenda() {
		assertThat(protocol.paragraphs()).extracting(Protocol.Paragraph::number, Protocol.Paragraph::caseNumber,
				Protocol.Paragraph::title)
			.containsExactly(tuple(162, "2023/00124", "Budgetuppföljning kommunstyrelsen"),
					tuple(163, "2023/00116", "Budgetuppföljning kommunen"),
					tuple(164, "2023/00105", "Instruktion för kommunchef"),
					tuple(165, "2023/00382",
							"Avgifter för ATL - Gemensamma nämnden för alkohol, tobak och receptfria läkemedel"),
					tuple(166, "2023/00196",
							"Motion (SD) gällande riktlinjer för friskvård för medarbetare i Smedjebackens kommun"),
					tuple(167, "2023/00100", "Motion (M) - Tydligare uppföljning av verksamhetens resultat"),
					tuple(168, "2023/00149", "Partistöd 2024 samt redovisning 2022"),
					tuple(169, "2023/00388", "Samverkansavtal projekt \"Lokal gastronomi Dalarna\""),
					tuple(170, "2023/00381", "Förmånscykel till medarbetare"),
					tuple(171, "2022/00102", "Uppdrag jämlik förskola och skola"),
					tuple(172, "2023/00387", "Näringslivsinformation"),
					tuple(173, "2023/00006", "Redovisning av delegationsbeslut"),
					tuple(174, "2023/00005", "Meddelanden"));
	}

	@Test
	void paragraph165IsAProposalToTheCouncilWithFourPoints() {
		Protocol.Paragraph p = paragraph(165);
		assertThat(p.kind()).isEqualTo(ParagraphKind.PROPOSAL_TO_COUNCIL);
		assertThat(p.decisionHeading()).isEqualTo("Kommunstyrelsens förslag till kommunfullmäktige");
		assertThat(p.decisionPoints()).hasSize(4)
			.first()
			.isEqualTo("Förslag till avgifter för gemensamma nämnden för alkohol, tobak och receptfria läkemedels"
					+ " verksamhet godkänns.");
		assertThat(p.decisionPoints().get(3))
			.isEqualTo("Beslutet gäller under förutsättning att samtliga kommuner fattar motsvarande beslut.");
	}

	@Test
	void informationParagraphs() {
		assertThat(paragraph(171).kind()).isEqualTo(ParagraphKind.INFORMATION);
		assertThat(paragraph(172).kind()).isEqualTo(ParagraphKind.INFORMATION);
		assertThat(paragraph(170).kind()).isEqualTo(ParagraphKind.DECISION);
	}

	@Test
	void motionsOfSdAndMBothAnswered() {
		assertThat(paragraph(166).motion().party()).isEqualTo("SD");
		assertThat(paragraph(166).motion().claims()).containsExactly("Friskvårdspengen bör höjas till 2000 kr per år.",
				"Man tar bort 50% regeln.", "Utbetalning ska ske nästkommande månad.");
		assertThat(paragraph(166).motion().outcome()).isEqualTo(MotionOutcome.ANSWERED);
		assertThat(paragraph(167).motion().party()).isEqualTo("M");
		assertThat(paragraph(167).motion().claims()).containsExactly(
				"Kommunen utvecklar och förbättrar mål- och resultatstyrningen",
				"Indikatorer används för att beskriva resurser, verksamhet och resultat",
				"Smedjebacken deltar i projektet KKiK, Kommunens kvalitet i korthet");
		assertThat(paragraph(167).motion().outcome()).isEqualTo(MotionOutcome.ANSWERED);
		assertThat(paragraph(168).motion()).isNull();
	}

	@Test
	void budgetTableOfKommunstyrelsen() {
		BudgetReport report = paragraph(162).budgetReports().get(0);
		assertThat(report.title()).isEqualTo("Månadsrapport kommunstyrelsen");
		assertThat(report.amountUnit()).isEqualTo("tkr");
		assertThat(report.period()).isEqualTo("januari-oktober 2023");
		assertThat(report.fullYear()).isEqualTo("Helår 2023");
		assertThat(report.lines()).extracting(BudgetLine::label, BudgetLine::level, BudgetLine::parent,
				BudgetLine::periodBudget, BudgetLine::periodActual, BudgetLine::periodDeviation, BudgetLine::yearBudget,
				BudgetLine::yearForecast, BudgetLine::yearDeviation)
			.containsExactly(tuple("Kommunstyrelseförvaltningen", BudgetLineLevel.GROUP, null, null, null, null, null, null, null),
					tuple("Kansliavdelning", BudgetLineLevel.DETAIL, 0, 12953L, 9983L, 2969L, 15543L, 14943L, 600L),
					tuple("Avdelning för medborgarservice", BudgetLineLevel.DETAIL, 0, 6230L, 5659L, 571L, 7476L, 7176L, 300L),
					tuple("Personalavdelning", BudgetLineLevel.DETAIL, 0, 8102L, 6866L, 1237L, 9583L, 9083L, 500L),
					tuple("Ekonomi & upphandlingsavdelning", BudgetLineLevel.DETAIL, 0, 4594L, 4803L, -209L, 5513L, 5913L,
							-400L),
					tuple("Räddningstjänst", BudgetLineLevel.DETAIL, 0, 8914L, 9023L, -109L, 10697L, 10847L, -150L),
					tuple("Näringsliv", BudgetLineLevel.DETAIL, 0, 4011L, 3443L, 568L, 4813L, 4613L, 200L),
					tuple(null, BudgetLineLevel.TOTAL, 0, 44804L, 39777L, 5027L, 53626L, 52576L, 1050L));
	}

	@Test
	void resultTableOfTheMunicipality() {
		BudgetReport report = paragraph(163).budgetReports().get(0);
		assertThat(report.title()).isEqualTo("Resultat okt inkl. årsprognos, uppdaterad 2023-12-11");
		assertThat(report.period()).isEqualTo("Januari-Oktober");
		assertThat(report.fullYear()).isEqualTo("Helår");
		assertThat(report.lines()).extracting(BudgetLine::label, BudgetLine::level, BudgetLine::parent,
				BudgetLine::periodBudget, BudgetLine::periodActual, BudgetLine::periodDeviation, BudgetLine::yearBudget,
				BudgetLine::yearForecast, BudgetLine::yearDeviation)
			.containsExactly(
					tuple("Verksamhetens intäkter", BudgetLineLevel.DETAIL, null, 68148L, 91376L, 23228L, 81777L, 81777L, 0L),
					tuple("Verksamhetens kostnader", BudgetLineLevel.DETAIL, null, -651402L, -672467L, -21065L, -782276L,
							-791726L, -9450L),
					tuple("- varav pensionskostnad ansvarsförbindelse", BudgetLineLevel.DETAIL, 1, -10917L, -11314L, -398L,
							-13100L, -13100L, 0L),
					tuple("Avskrivningar", BudgetLineLevel.DETAIL, null, -19394L, -18296L, 1098L, -23273L, -23273L, 0L),
					tuple("Summa verksamhetens nettokostnad", BudgetLineLevel.TOTAL, null, -602648L, -599387L, 3262L,
							-723772L, -733222L, -9450L),
					tuple("Skatteintäkter", BudgetLineLevel.DETAIL, null, 480469L, 487597L, 7127L, 576563L, 583852L, 7289L),
					tuple("Generella statsbidrag och utjämning", BudgetLineLevel.DETAIL, null, 148896L, 154180L, 5285L,
							178675L, 178675L, 0L),
					tuple("Summa skatteintäkter", BudgetLineLevel.TOTAL, null, 629365L, 641777L, 12412L, 755238L, 762527L,
							7289L),
					tuple("Finansiella intäkter", BudgetLineLevel.DETAIL, null, 2083L, 1245L, -839L, 2500L, 2000L, -500L),
					tuple("Finansiella kostnader", BudgetLineLevel.DETAIL, null, -8917L, -10291L, -1374L, -10700L, -11200L,
							-500L),
					tuple("Summa finansnetto", BudgetLineLevel.TOTAL, null, -6833L, -9046L, -2213L, -8200L, -9200L, -1000L),
					tuple("Resultat", BudgetLineLevel.TOTAL, null, 19883L, 33344L, 13461L, 23266L, 20105L, -3161L));
	}

	@Test
	void operatingTableByCommitteeWithSubUnits() {
		BudgetReport report = paragraph(163).budgetReports().get(1);
		assertThat(report.title()).isEqualTo("Resultat drift okt inkl. årsprognos, uppdaterad 2023-12-11");
		assertThat(report.lines()).extracting(BudgetLine::label, BudgetLine::level, BudgetLine::emphasis,
				BudgetLine::parent, BudgetLine::periodBudget, BudgetLine::periodActual, BudgetLine::periodDeviation,
				BudgetLine::yearBudget, BudgetLine::yearForecast, BudgetLine::yearDeviation)
			.containsExactly(
					tuple("Kommunstyrelsen", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 56471L, 50203L, 6268L, 67625L,
							64975L, 2650L),
					tuple("KS Ledning och stöd", BudgetLineLevel.DETAIL, Emphasis.ITALIC, 0, 44804L, 39777L, 5027L, 53626L,
							52576L, 1050L),
					tuple("KS Förfogandeanslag", BudgetLineLevel.DETAIL, Emphasis.ITALIC, 0, 11667L, 10425L, 1241L, 14000L,
							12400L, 1600L),
					tuple("Kultur- och samhällsbyggnadsnämnd", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 55666L, 48363L,
							7302L, 67014L, 65564L, 1450L),
					tuple("Miljö- o byggnadsnämnden", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 7130L, 8072L, -942L, 8556L,
							8956L, -400L),
					tuple("Familje- och utbildningsn.", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 230303L, 221863L, 8440L,
							276364L, 274764L, 1600L),
					tuple("FUN Kansli, barn och skolverksamhet", BudgetLineLevel.DETAIL, Emphasis.ITALIC, 5, 197163L,
							191471L, 5692L, 236596L, 236296L, 300L),
					tuple("FUN Individ- och familjeomsorg", BudgetLineLevel.DETAIL, Emphasis.ITALIC, 5, 33140L, 30392L,
							2748L, 39768L, 38468L, 1300L),
					tuple("VBU", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 57442L, 57489L, -48L, 68930L, 74180L, -5250L),
					tuple("Gymnasiet och komvux", BudgetLineLevel.DETAIL, Emphasis.ITALIC, 8, 54375L, 54375L, 0L, 65250L,
							70500L, -5250L),
					tuple("Kulturskolan", BudgetLineLevel.DETAIL, Emphasis.ITALIC, 8, 3067L, 3114L, -48L, 3680L, 3680L, 0L),
					tuple("Omsorgsnämnden", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 186311L, 188703L, -2392L, 224092L,
							228592L, -4500L),
					tuple("Överförmyndarnämnden", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 1058L, 805L, 252L, 1269L, 1269L,
							0L),
					tuple("Revision", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 810L, 628L, 182L, 972L, 972L, 0L),
					tuple("Summa nämnder", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 595190L, 576127L, 19064L, 714822L,
							719272L, -4450L),
					tuple("Finans", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 7458L, 23247L, -15789L, 8950L, 13950L, -5000L),
					tuple("Socialaavgifter/pensioner, interna poster mm", BudgetLineLevel.DETAIL, Emphasis.ITALIC, 15,
							16407L, 31652L, -15245L, 19688L, 24688L, -5000L),
					tuple("Internränta", BudgetLineLevel.DETAIL, Emphasis.ITALIC, 15, -8949L, -8405L, -544L, -10738L, -10738L,
							0L),
					tuple("Verksamhetens nettokostnad", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, 602648L, 599374L, 3275L,
							723772L, 733222L, -9450L));
	}

	@Test
	void actionPlanNotedForOmsorgsnamnden() {
		assertThat(paragraph(163).budgetNotes()).singleElement().satisfies(note -> {
			assertThat(note.unit()).isEqualTo("Omsorgsnämnden");
			assertThat(note.amount()).isEqualTo(4500L);
			assertThat(note.actionPlanReported()).isTrue();
			assertThat(note.text()).contains("handlingsplan");
		});
	}

	@Test
	void friskvardComparisonKeptAsATable() {
		Protocol.DataTable table = paragraph(166).tables().get(0);
		assertThat(table.title()).isEqualTo("Tabell över friskvårdsbidrag 2023");
		assertThat(table.rows()).hasSize(20);
		assertThat(table.rows().get(0).header()).isTrue();
		assertThat(table.rows().get(2).cells()).containsExactly("Fagersta", "1 000 kr");
		assertThat(table.rows().get(19).cells()).containsExactly("Leksand", "1 500 kr");
	}

	@Test
	void delegatedDecisionsAndMessages() {
		assertThat(paragraph(173).delegatedDecisions()).extracting(Protocol.DelegatedDecision::text)
			.containsExactly("Anställning av vikarierande förvaltningsekonom till och med 9 juni 2024",
					"Omsättning av lån nr. 10862 hos Kommuninvest");
		assertThat(paragraph(174).messages()).containsExactly("Hjälpmedelsnämnden 2023-10-05 protokoll",
				"Gemensamma nämnden för alkohol, tobak och receptfria läkemedel 2023-11-07 protokoll",
				"Skrivelse från privatperson med frågor om tillsättande av styrelsemedlemmar i Stiftelsen för främjande"
						+ " av trafiken på Strömsholms kanal. Dnr 2023/00005");
	}

	@Test
	void pageHeadersAndFootersDoNotLeakIntoText() {
		assertThat(paragraph(162).description()).doesNotContain("Justerandes signatur")
			.doesNotContain("Utdragsbestyrkande")
			.contains("Det har även gjorts retroaktiva justeringar av avskrivningar.");
		assertThat(paragraph(162).supportingDocuments()).containsExactly("Kommunchefens tjänsteskrivelse 2023-11-17",
				"Budgetuppföljning per sista oktober 2023", "Arbetsutskottet 2023-11-18 § 128");
	}

	@Test
	void noRecusalsVotesOrReservationsInTheSample() {
		assertThat(protocol.paragraphs()).allSatisfy(p -> {
			assertThat(p.recusals()).isEmpty();
			assertThat(p.votes()).isEmpty();
			assertThat(p.reservations()).isEmpty();
		});
	}

	private static Attendee attendee(String name) {
		return protocol.attendees().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
	}

	private static Protocol.Paragraph paragraph(int number) {
		return protocol.paragraphs().stream().filter(p -> p.number() == number).findFirst().orElseThrow();
	}

}
