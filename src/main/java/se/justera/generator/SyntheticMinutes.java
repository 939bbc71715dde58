package se.justera.generator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.compliance.calendar.SwedishCalendar;
import se.justera.meeting.AttendanceRole;
import se.justera.motion.MotionOutcome;
import se.justera.paragraph.BallotChoice;
import se.justera.paragraph.ParagraphKind;
import se.justera.protocol.Protocol;

/**
 * Makes realistic synthetic minutes from a seed: members with parties, per-paragraph attendance,
 * recusals, votes with ballots, reservations, motions, budget follow-ups, notices. A small share
 * breaks the rules on purpose (late checking and notices, notices taken down early, quorum
 * failures, unreported overruns) so that findings come in plausible proportions.
 */
final class SyntheticMinutes {

	static final List<String> MUNICIPALITIES = List.of("Stockholm", "Göteborg", "Malmö", "Uppsala", "Linköping", "Örebro",
			"Västerås", "Helsingborg", "Norrköping", "Jönköping", "Umeå", "Lund", "Borås", "Huddinge", "Eskilstuna", "Nacka",
			"Halmstad", "Sundsvall", "Södertälje", "Växjö", "Gävle", "Haninge", "Kristianstad", "Kungsbacka", "Karlstad",
			"Skellefteå", "Botkyrka", "Kalmar", "Järfälla", "Solna", "Sollentuna", "Täby", "Östersund", "Varberg", "Falun",
			"Borlänge", "Trollhättan", "Norrtälje", "Uddevalla", "Lidingö", "Skövde", "Motala", "Tyresö", "Hässleholm",
			"Luleå", "Ludvika", "Smedjebacken", "Mora", "Avesta", "Hedemora", "Säter", "Gagnef", "Leksand", "Rättvik",
			"Orsa", "Älvdalen", "Malung-Sälen", "Vansbro", "Fagersta", "Norberg", "Skinnskatteberg", "Kiruna",
			"Gällivare", "Piteå", "Boden", "Gotland", "Ystad", "Trelleborg", "Landskrona", "Ängelholm", "Höganäs",
			"Eslöv", "Lomma", "Vellinge", "Kävlinge", "Staffanstorp", "Sjöbo", "Tomelilla", "Simrishamn", "Karlskrona",
			"Karlshamn", "Ronneby", "Sölvesborg", "Olofström", "Västervik", "Oskarshamn", "Nybro", "Vimmerby",
			"Borgholm", "Mönsterås", "Emmaboda", "Torsås", "Hultsfred", "Högsby", "Mörbylånga", "Arvika", "Kil",
			"Hammarö", "Kristinehamn", "Filipstad", "Sunne", "Torsby", "Härnösand", "Kramfors", "Sollefteå",
			"Örnsköldsvik", "Timrå", "Ånge", "Härjedalen", "Strömsund", "Krokom", "Åre", "Berg", "Ragunda", "Bräcke",
			"Alingsås", "Lerum", "Partille", "Mölndal", "Kungälv", "Stenungsund", "Tjörn", "Orust", "Lysekil",
			"Strömstad", "Tanum", "Sotenäs", "Munkedal", "Vänersborg", "Lidköping", "Mariestad", "Falköping", "Tidaholm");

	/** The bodies each municipality has, with their kind and seats. */
	record BodyPlan(String name, int seats, String decisionHeading) {
	}

	static final List<BodyPlan> BODIES = List.of(new BodyPlan("Kommunfullmäktige", 41, "Kommunfullmäktiges beslut"),
			new BodyPlan("Kommunstyrelsen", 13, "Kommunstyrelsens beslut"),
			new BodyPlan("Kommunstyrelsens arbetsutskott", 5, "Arbetsutskottets beslut"),
			new BodyPlan("Barn- och utbildningsnämnden", 11, "Barn- och utbildningsnämndens beslut"),
			new BodyPlan("Socialnämnden", 11, "Socialnämndens beslut"),
			new BodyPlan("Tekniska nämnden", 9, "Tekniska nämndens beslut"),
			new BodyPlan("Miljö- och byggnadsnämnden", 9, "Miljö- och byggnadsnämndens beslut"),
			new BodyPlan("Kultur- och fritidsnämnden", 9, "Kultur- och fritidsnämndens beslut"));

	static final List<String> COMMITTEES = List.of("Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden",
			"Tekniska nämnden", "Miljö- och byggnadsnämnden", "Kultur- och fritidsnämnden");

	private static final String[] PARTIES = { "S", "S", "S", "M", "M", "SD", "SD", "C", "V", "KD", "L", "MP" };

	private static final String[] FIRST = { "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Kerstin",
			"Per", "Lena", "Mikael", "Ingrid", "Karl", "Birgitta", "Fredrik", "Sara", "Jan", "Emma", "Magnus", "Elin",
			"Peter", "Sofia", "Mats", "Ulla", "Jonas", "Linnea", "Ali", "Fatima", "Omar", "Hanna", "Nils", "Ida" };

	private static final String[] LAST = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
			"Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
			"Lindberg", "Lindqvist", "Berg", "Holm", "Ek", "Sjöberg", "Wallin", "Hedlund", "Öberg", "Åström", "Lund" };

	private static final String[] MATTERS = { "Budgetuppföljning per %s", "Detaljplan för %s", "Taxa för %s",
			"Riktlinjer för %s", "Yttrande över %s", "Investering i %s", "Revidering av reglemente för %s",
			"Upphandling av %s", "Förmånscykel till medarbetare", "Internkontrollplan", "Informationssäkerhet",
			"Val av ersättare i %s", "Lokal gastronomi", "Bostadsförsörjning %s", "Försäljning av fastigheten %s" };

	private static final String[] THINGS = { "skolskjuts", "äldreomsorg", "Centrum etapp 2", "vatten och avlopp",
			"förskola i Norra", "livsmedelskontroll", "gator och parker", "kulturskolan", "biblioteket",
			"räddningstjänsten", "energieffektivisering", "fritidsgården", "idrottshallen", "hemtjänsten" };

	static List<String> people(Random random, int count) {
		List<String> people = new ArrayList<>();
		while (people.size() < count) {
			String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
			if (!people.contains(name)) {
				people.add(name);
			}
		}
		return people;
	}

	/** One meeting's minutes. people: the municipality's pool of politicians and officials. */
	static Protocol meeting(Random random, BodyPlan body, LocalDate date, int meetingNumber, List<String> people) {
		List<Protocol.Attendee> attendees = new ArrayList<>();
		int seats = body.seats();
		int offset = Math.abs(body.name().hashCode()) % Math.max(1, people.size() - seats - 10);
		int paragraphsCount = 6 + random.nextInt(12);
		int first = meetingNumber * 20 + 1;
		int last = first + paragraphsCount - 1;
		// about one meeting in 60 is short of members: a quorum finding
		int absent = random.nextInt(60) == 0 ? seats / 2 + 1 : random.nextInt(3);
		for (int i = 0; i < seats; i++) {
			String name = people.get(offset + i);
			String party = PARTIES[(offset + i) % PARTIES.length];
			AttendanceRole role = i == 0 ? AttendanceRole.CHAIR : i == 1 ? AttendanceRole.VICE_CHAIR : AttendanceRole.MEMBER;
			if (i >= seats - absent) {
				if (absent < seats / 2) {
					attendees.add(new Protocol.Attendee(people.get(offset + seats + i % 10), party,
							AttendanceRole.SERVING_SUBSTITUTE, null, name, null, null));
				}
				continue;
			}
			List<Integer> only = null;
			String note = null;
			if (random.nextInt(25) == 0) {
				int from = first + random.nextInt(paragraphsCount);
				only = new ArrayList<>();
				for (int n = from; n <= last; n++) {
					only.add(n);
				}
				note = "från § " + from;
			}
			attendees.add(new Protocol.Attendee(name, party, role, null, null, only, note));
		}
		// the pool holds secretaries named after the first six surnames (GenerateCommand)
		attendees.add(new Protocol.Attendee("Kommunsekreterare " + LAST[meetingNumber % 6], null,
				AttendanceRole.OTHER_ATTENDEE, "sekreterare", null, null, null));
		List<Protocol.Attendee> deciding = attendees.stream().filter(a -> a.role().decides()).toList();
		String checker = deciding.get(Math.min(2, deciding.size() - 1)).name();

		List<Protocol.Paragraph> paragraphs = new ArrayList<>();
		boolean budget = body.name().equals("Kommunstyrelsen") && random.nextInt(3) == 0;
		for (int n = first; n <= last; n++) {
			paragraphs.add(paragraph(random, body, n, n == first && budget, deciding, date));
		}

		// checking within 2-10 days; now and then late
		LocalDate checked = date.plusDays(random.nextInt(100) == 0 ? 16 + random.nextInt(5) : 2 + random.nextInt(9));
		LocalDate posted = SwedishCalendar.nextWorkingDayOnOrAfter(checked.plusDays(random.nextInt(2) + 1));
		if (random.nextInt(100) == 0) {
			posted = posted.plusDays(3 + random.nextInt(3));
		}
		LocalDate deadline = SwedishCalendar.appealDeadline(posted);
		LocalDate removed = random.nextInt(80) == 0 ? deadline.minusDays(1 + random.nextInt(5))
				: random.nextInt(120) == 0 ? deadline : deadline.plusDays(1 + random.nextInt(5));
		Protocol.Notice notice = new Protocol.Notice(body.name(), date, posted, removed, "Kommunhuset", null,
				"Kommunsekreterare " + LAST[meetingNumber % 6]);
		return new Protocol(body.name(), date, LocalTime.of(13, 0), LocalTime.of(15 + random.nextInt(3), 30),
				"Kommunhuset, sammanträdesrum " + (1 + random.nextInt(4)), attendees, List.of(checker), checked,
				LocalTime.of(14, 0), "Kommunhuset", "Kommunsekreterare " + LAST[meetingNumber % 6], List.of(),
				first, last, notice, paragraphs, List.of());
	}

	private static Protocol.Paragraph paragraph(Random random, BodyPlan body, int number, boolean budget,
			List<Protocol.Attendee> deciding, LocalDate date) {
		String matter = MATTERS[random.nextInt(MATTERS.length)];
		String title = budget ? "Budgetuppföljning kommunen" : matter.contains("%s")
				? String.format(matter, THINGS[random.nextInt(THINGS.length)]) : matter;
		boolean motionMatter = !budget && random.nextInt(15) == 0;
		if (motionMatter) {
			title = "Motion om " + THINGS[random.nextInt(THINGS.length)];
		}
		boolean information = !budget && !motionMatter && random.nextInt(6) == 0;
		String decision = information ? "Informationen läggs till handlingarna."
				: motionMatter ? "Motionen anses besvarad." : "Förvaltningens förslag godkänns.";
		List<String> points = !information && random.nextInt(4) == 0
				? List.of("Förslaget godkänns.", "Beslutet gäller från och med " + date.plusMonths(2) + ".") : List.of();
		List<Protocol.Recusal> recusals = new ArrayList<>();
		List<Protocol.Vote> votes = new ArrayList<>();
		List<Protocol.Reservation> reservations = new ArrayList<>();
		List<Protocol.Proposal> proposals = new ArrayList<>();
		if (random.nextInt(40) == 0) {
			Protocol.Attendee recused = deciding.get(random.nextInt(deciding.size()));
			recusals.add(new Protocol.Recusal(recused.name(), recused.name() + " (" + recused.party()
					+ ") anmäler jäv och deltar inte i handläggningen av ärendet."));
		}
		if (!information && random.nextInt(15) == 0) {
			List<Protocol.Ballot> ballots = new ArrayList<>();
			int yes = 0;
			int no = 0;
			for (Protocol.Attendee a : deciding) {
				if (recusals.stream().anyMatch(r -> r.person().equals(a.name())) || (a.paragraphs() != null && !a.paragraphs().contains(number))) {
					continue;
				}
				boolean against = a.party() != null && (a.party().equals("M") || a.party().equals("SD") || a.party().equals("KD"));
				ballots.add(new Protocol.Ballot(a.name(), a.party(), against ? BallotChoice.NO : BallotChoice.YES));
				if (against) {
					no++;
				}
				else {
					yes++;
				}
			}
			votes.add(new Protocol.Vote("Ja-röst för förvaltningens förslag, nej-röst för avslag.", yes, no, 0,
					"Med " + yes + " ja-röster mot " + no + " nej-röster bifalls förslaget.", ballots));
			Protocol.Attendee dissenter = deciding.stream().filter(a -> "SD".equals(a.party()) || "M".equals(a.party()))
				.findFirst().orElse(deciding.get(0));
			proposals.add(new Protocol.Proposal(dissenter.name(), dissenter.party(), dissenter.name() + " (" + dissenter.party() + ") yrkar avslag."));
			reservations.add(new Protocol.Reservation(dissenter.name(), dissenter.party(),
					dissenter.name() + " (" + dissenter.party() + ") reserverar sig mot beslutet."));
		}
		List<Protocol.BudgetReport> reports = budget ? List.of(budgetReport(random, date)) : List.of();
		List<Protocol.BudgetNote> notes = new ArrayList<>();
		if (budget) {
			for (Protocol.BudgetLine line : reports.get(0).lines()) {
				if (line.yearDeviation() != null && line.yearDeviation() < 0 && random.nextInt(3) > 0) {
					notes.add(new Protocol.BudgetNote(line.label(), -line.yearDeviation(),
							"Nämnden har tagit fram en handlingsplan med åtgärder för att nå en budget i balans.", true));
				}
			}
		}
		Protocol.Motion motion = motionMatter ? new Protocol.Motion(PARTIES[random.nextInt(PARTIES.length)], title,
				List.of("Kommunen utreder " + THINGS[random.nextInt(THINGS.length)] + ".", "Resultatet redovisas inom ett år."),
				MotionOutcome.ANSWERED) : null;
		return new Protocol.Paragraph(number, date.getYear() + "/" + String.format("%05d", 100 + random.nextInt(900)),
				title, title, information ? ParagraphKind.INFORMATION : ParagraphKind.DECISION, body.decisionHeading(),
				decision, points, "Ärendet gäller " + title.toLowerCase() + ". Förvaltningen har berett ärendet och "
						+ "föreslår att " + body.name().toLowerCase() + " beslutar enligt förslaget.",
				List.of(), List.of("Tjänsteskrivelse " + date.minusDays(14)), recusals, proposals, votes, reservations, motion,
				reports, notes, List.of(), List.of(), List.of(), null);
	}

	private static Protocol.BudgetReport budgetReport(Random random, LocalDate date) {
		List<Protocol.BudgetLine> lines = new ArrayList<>();
		long[] sums = new long[6];
		for (String unit : COMMITTEES) {
			long yearBudget = 20_000 + random.nextInt(300_000);
			// mostly within budget; some over, by up to 5 %
			long yearDeviation = random.nextInt(4) == 0 ? -(yearBudget * random.nextInt(50) / 1000) : yearBudget * random.nextInt(20) / 1000;
			long periodBudget = yearBudget * 10 / 12;
			long periodActual = periodBudget - yearDeviation * 10 / 12;
			long[] figures = { periodBudget, periodActual, periodBudget - periodActual, yearBudget, yearBudget - yearDeviation, yearDeviation };
			for (int i = 0; i < 6; i++) {
				sums[i] += figures[i];
			}
			lines.add(new Protocol.BudgetLine(unit, BudgetLineLevel.TOTAL, Emphasis.BOLD, null, figures[0], figures[1],
					figures[2], figures[3], figures[4], figures[5]));
		}
		lines.add(new Protocol.BudgetLine("Summa nämnder", BudgetLineLevel.TOTAL, Emphasis.BOLD, null, sums[0], sums[1],
				sums[2], sums[3], sums[4], sums[5]));
		return new Protocol.BudgetReport("Resultat drift inkl. årsprognos", "tkr", "januari-oktober " + date.getYear(),
				"Helår " + date.getYear(), lines);
	}

	private SyntheticMinutes() {
	}

}
