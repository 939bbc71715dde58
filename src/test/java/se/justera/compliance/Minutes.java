package se.justera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.meeting.AttendanceRole;
import se.justera.municipality.BodyKind;
import se.justera.paragraph.BallotChoice;
import se.justera.paragraph.ParagraphKind;
import se.justera.protocol.PrintedMunicipality;
import se.justera.protocol.Protocol;
import se.justera.protocol.ReadingNote;

/**
 * Test minutes for the rule tests: {@link #clean()} gives a valid protocol that no rule objects
 * to (Kommunstyrelsen, 11 seats, all 11 members present, §§ 162-164 each with a decision, checked
 * two days after the meeting, a complete notice that stays up past the appeal deadline, no reading
 * notes); each other method changes one thing.
 */
final class Minutes {

	static final String MUNICIPALITY = "Smedjebacken";

	static final String BODY = "Kommunstyrelsen";

	/** Deciding people in order: the first is the chair, the first two check the minutes. */
	static final List<String> MEMBERS = List.of("Anna Andersson", "Bo Berg", "Cecilia Carlsson", "David Dahl",
			"Eva Ek", "Fredrik Falk", "Greta Gran", "Hans Holm", "Ingrid Isaksson", "Johan Jansson", "Karin Karlsson",
			"Lars Lind", "Maria Malm", "Nils Nord", "Olle Ohlsson");

	static final String CHAIR = MEMBERS.get(0);

	static final LocalDate MEETING = LocalDate.of(2023, 9, 5); // Tuesday

	static final LocalDate CHECKED = LocalDate.of(2023, 9, 7); // Thursday, 2 days later

	static final LocalDate POSTED = LocalDate.of(2023, 9, 8); // Friday; appeal deadline Friday 2023-09-29

	static final LocalDate REMOVED = LocalDate.of(2023, 10, 2); // Monday after the deadline

	private LocalDate meetingDate = MEETING;

	private LocalDate checkingDate = CHECKED;

	private final Map<String, Protocol.Attendee> attendees = new LinkedHashMap<>();

	private List<String> checkers = List.of(MEMBERS.get(0), MEMBERS.get(1));

	private Integer firstParagraph = 162;

	private Integer lastParagraph = 164;

	private final Map<Integer, Draft> paragraphs = new LinkedHashMap<>();

	private boolean hasNotice = true;

	private String noticeBody = BODY;

	private LocalDate noticeMeetingDate = MEETING;

	private LocalDate postedOn = POSTED;

	private LocalDate removedOn = REMOVED;

	private String minutesKeptAt = "Kommunkansliet";

	private LocalDate statedAppealDeadline;

	private Integer seats = 11;

	/** The body's kind: kommunstyrelsen's by default; fullmäktige for the council's rules. */
	private BodyKind kind = BodyKind.fromName(BODY);

	private int checkingDays = 14;

	private BigDecimal overrunThresholdPercent = new BigDecimal("1.5");

	private Map<String, Boolean> committeeUnits = Map.of();

	private final List<ReadingNote> readingNotes = new ArrayList<>();

	private List<Integer> noticeParagraphs = List.of();

	private Minutes() {
	}

	static Minutes clean() {
		Minutes minutes = new Minutes();
		minutes.deciding(11);
		minutes.paragraphs(162, 163, 164);
		return minutes;
	}

	// --- who attends ---

	/** Replaces the deciding people by the first {@code count} of {@link #MEMBERS}, present throughout. */
	Minutes deciding(int count) {
		this.attendees.values().removeIf(a -> a.role().decides());
		for (int i = 0; i < count; i++) {
			attendee(MEMBERS.get(i), i == 0 ? AttendanceRole.CHAIR : AttendanceRole.MEMBER);
		}
		return this;
	}

	/** Adds someone present at the whole meeting. */
	Minutes attendee(String name, AttendanceRole role) {
		this.attendees.put(name, new Protocol.Attendee(name, "S", role, null, null, null, null));
		return this;
	}

	/** Adds a serving substitute (tjänstgörande ersättare) for a member. */
	Minutes servingSubstitute(String name, String replaces) {
		this.attendees.put(name,
				new Protocol.Attendee(name, "S", AttendanceRole.SERVING_SUBSTITUTE, null, replaces, null, null));
		return this;
	}

	/**
	 * Adds a second role for someone already listed (one person in two roles of one meeting), for
	 * these paragraphs: replaces is the member served for, or null.
	 */
	Minutes alsoIn(String name, AttendanceRole role, String replaces, Integer... paragraphs) {
		this.attendees.put(name + "/" + role + "/" + replaces, new Protocol.Attendee(name, "S", role, null, replaces,
				List.of(paragraphs), "§§ " + Arrays.toString(paragraphs)));
		return this;
	}

	/** Lists an attendee for these paragraphs only ("§§ 162, 164"). */
	Minutes presentOnlyIn(String name, Integer... paragraphs) {
		Protocol.Attendee a = this.attendees.get(name);
		assertThat(a).as("attendee %s", name).isNotNull();
		this.attendees.put(name, new Protocol.Attendee(a.name(), a.party(), a.role(), a.title(), a.replaces(),
				List.of(paragraphs), "§§ " + Arrays.toString(paragraphs)));
		return this;
	}

	Minutes absent(String name) {
		assertThat(this.attendees.remove(name)).as("attendee %s", name).isNotNull();
		return this;
	}

	Minutes checkers(String... names) {
		this.checkers = List.of(names);
		return this;
	}

	// --- paragraphs ---

	/** The paragraphs the minutes hold, each with a decision; the declared range is left as it is. */
	Minutes paragraphs(int... numbers) {
		this.paragraphs.clear();
		for (int n : numbers) {
			this.paragraphs.put(n, new Draft(n));
		}
		return this;
	}

	/** The range the header declares (Paragrafer §§ first-last); null for none. */
	Minutes declaredRange(Integer first, Integer last) {
		this.firstParagraph = first;
		this.lastParagraph = last;
		return this;
	}

	Minutes decisionText(int paragraph, String text) {
		draft(paragraph).decisionText = text;
		return this;
	}

	Minutes noDecision(int paragraph) {
		return decisionText(paragraph, null);
	}

	/** A recusal as the law asks of a nämnd: the person leaves while the matter is handled. */
	Minutes recusal(int paragraph, String person) {
		draft(paragraph).recusals.add(new Protocol.Recusal(person, "anmäler jäv och lämnar sammanträdet under ärendets behandling"));
		return this;
	}

	/** A recusal of someone who stays: allowed in fullmäktige, not in a nämnd. */
	Minutes recusalStayingInTheRoom(int paragraph, String person) {
		draft(paragraph).recusals.add(new Protocol.Recusal(person, "anmäler jäv, deltar inte i beslutet och är kvar i lokalen"));
		return this;
	}

	/** A recusal that does not say whether the person left. */
	Minutes recusalNotSayingWhere(int paragraph, String person) {
		draft(paragraph).recusals.add(new Protocol.Recusal(person, "anmäler jäv och deltar inte i handläggningen"));
		return this;
	}

	Minutes proposal(int paragraph, String person) {
		draft(paragraph).proposals.add(new Protocol.Proposal(person, "S", "yrkar bifall"));
		return this;
	}

	Minutes reservation(int paragraph, String person) {
		draft(paragraph).reservations.add(new Protocol.Reservation(person, "S", "reserverar sig mot beslutet"));
		return this;
	}

	/** A vote with its tally as written and the ballots listed (none: the tally only). */
	Minutes vote(int paragraph, Integer yes, Integer no, Integer abstain, Protocol.Ballot... ballots) {
		draft(paragraph).votes.add(new Protocol.Vote("Bifall mot avslag", yes, no, abstain, "", List.of(ballots)));
		return this;
	}

	static Protocol.Ballot ballot(String person, BallotChoice choice) {
		return new Protocol.Ballot(person, "S", choice);
	}

	/** One ballot per person, all with the same choice. */
	static Protocol.Ballot[] ballots(BallotChoice choice, List<String> people) {
		return people.stream().map(p -> ballot(p, choice)).toArray(Protocol.Ballot[]::new);
	}

	// --- dates ---

	Minutes meetingOn(LocalDate date) {
		this.meetingDate = date;
		this.noticeMeetingDate = date;
		return this;
	}

	/**
	 * Moves the whole meeting to another date with its clean timetable: checked two days later,
	 * posted the day after that, taken down well past the appeal deadline.
	 */
	Minutes heldOn(LocalDate date) {
		return meetingOn(date).checkedOn(date.plusDays(2)).noticePostedOn(date.plusDays(3)).noticeRemovedOn(date.plusDays(60));
	}

	Minutes checkedOn(LocalDate date) {
		this.checkingDate = date;
		return this;
	}

	Minutes noticePostedOn(LocalDate date) {
		this.postedOn = date;
		return this;
	}

	Minutes noticeRemovedOn(LocalDate date) {
		this.removedOn = date;
		return this;
	}

	Minutes minutesKeptAt(String place) {
		this.minutesKeptAt = place;
		return this;
	}

	Minutes noticeBody(String body) {
		this.noticeBody = body;
		return this;
	}

	Minutes noticeMeetingDate(LocalDate date) {
		this.noticeMeetingDate = date;
		return this;
	}

	Minutes statedAppealDeadline(LocalDate date) {
		this.statedAppealDeadline = date;
		return this;
	}

	Minutes noNotice() {
		this.hasNotice = false;
		return this;
	}

	// --- budget ---

	Minutes budgetReport(int paragraph, Protocol.BudgetLine... lines) {
		draft(paragraph).budgetReports
			.add(new Protocol.BudgetReport("Resultat drift", "tkr", "Januari-Oktober", "Helår", List.of(lines)));
		return this;
	}

	/** The paragraph's title (ärenderubrik), "Ärende N" by default. */
	Minutes title(int paragraph, String title) {
		draft(paragraph).title = title;
		return this;
	}

	Minutes budgetNote(int paragraph, String unit, boolean actionPlanReported) {
		draft(paragraph).budgetNotes.add(new Protocol.BudgetNote(unit, null, "Nämnden går mot ett underskott.",
				actionPlanReported));
		return this;
	}

	/** A bold total row with only the full-year columns: budget and deviation (negative: deficit). */
	static Protocol.BudgetLine yearTotal(String label, long yearBudget, long yearDeviation) {
		return new Protocol.BudgetLine(label, BudgetLineLevel.TOTAL, Emphasis.BOLD, null, null, null, null, yearBudget,
				yearBudget - yearDeviation, yearDeviation);
	}

	/** A row with only the full-year budget column (for sums and comparisons). */
	static Protocol.BudgetLine yearBudget(String label, BudgetLineLevel level, Integer parent, long yearBudget) {
		return new Protocol.BudgetLine(label, level, level == BudgetLineLevel.TOTAL ? Emphasis.BOLD : Emphasis.NONE,
				parent, null, null, null, yearBudget, null, null);
	}

	static Protocol.BudgetLine group(String label) {
		return new Protocol.BudgetLine(label, BudgetLineLevel.GROUP, Emphasis.BOLD, null, null, null, null, null, null,
				null);
	}

	// --- what the reader could not read ---

	/** Adds a reading note, as the reader gives them. */
	Minutes readingNote(ReadingNote note) {
		this.readingNotes.add(note);
		return this;
	}

	/** The reader could not read this fact: a WARNING reading note names it (e.g. {@link ReadingNote#ATTENDANCE}). */
	Minutes unread(String fact) {
		return readingNote(ReadingNote.warning(2, 1, fact, "The reader could not read " + fact));
	}

	/** The text names this municipality (the reader's note, as {@link PrintedMunicipality#note} makes it). */
	Minutes printedMunicipality(String name) {
		return readingNote(PrintedMunicipality.note(1, 1, name));
	}

	// --- settings ---

	Minutes seats(Integer seats) {
		this.seats = seats;
		return this;
	}

	Minutes checkingDays(int days) {
		this.checkingDays = days;
		return this;
	}

	Minutes overrunThreshold(String percent) {
		this.overrunThresholdPercent = percent == null ? null : new BigDecimal(percent);
		return this;
	}

	/** Budget row labels (lower case) the municipality counts as committees (true) or not. */
	Minutes committeeUnits(Map<String, Boolean> units) {
		this.committeeUnits = units;
		return this;
	}

	// --- build and check ---

	Protocol protocol() {
		List<Protocol.Paragraph> ps = new ArrayList<>();
		for (Draft d : this.paragraphs.values()) {
			ps.add(d.build());
		}
		Protocol.Notice notice = this.hasNotice ? new Protocol.Notice(this.noticeBody, this.noticeMeetingDate,
				this.postedOn, this.removedOn, this.minutesKeptAt, this.statedAppealDeadline, "Sekreteraren",
				this.noticeParagraphs) : null;
		return new Protocol(BODY, this.meetingDate, LocalTime.of(13, 0), LocalTime.of(15, 0), "Kommunhuset",
				List.copyOf(this.attendees.values()), this.checkers, this.checkingDate, LocalTime.of(10, 0),
				"Kommunhuset", "Sekreteraren", List.of(), this.firstParagraph, this.lastParagraph, notice, ps,
				List.copyOf(this.readingNotes));
	}

	/** The paragraph was checked at the meeting (omedelbar justering). */
	Minutes checkedAtOnce(int paragraph) {
		draft(paragraph).immediatelyChecked = true;
		return this;
	}

	/** The notice names these paragraphs ("Paragraf § 57"): it is theirs, not the whole minutes'. */
	Minutes noticeFor(Integer... paragraphs) {
		this.noticeParagraphs = List.of(paragraphs);
		return this;
	}

	/** The paragraph decides a motion raised on the date given (null: the minutes do not say). */
	Minutes motion(int paragraph, LocalDate raisedOn, boolean delayReported, se.justera.motion.MotionOutcome outcome) {
		draft(paragraph).motion = new Protocol.Motion("M", "Motion om parkering", List.of(), outcome, raisedOn, delayReported);
		return this;
	}

	Minutes kind(BodyKind kind) {
		this.kind = kind;
		return this;
	}

	ComplianceSettings settings() {
		return new ComplianceSettings(this.kind, this.seats, this.checkingDays,
				this.overrunThresholdPercent, this.committeeUnits);
	}

	List<Finding> check(RuleSet rules) {
		return ComplianceEngine.evaluate(rules, MUNICIPALITY, protocol(), settings());
	}

	/** The findings of one rule id. */
	static List<Finding> of(List<Finding> findings, String ruleId) {
		return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
	}

	/** The only finding of a rule id; fails unless there is exactly one. */
	static Finding single(List<Finding> findings, String ruleId) {
		List<Finding> matching = of(findings, ruleId);
		assertThat(matching).as("%s findings among %s", ruleId, findings).hasSize(1);
		return matching.get(0);
	}

	private Draft draft(int paragraph) {
		Draft d = this.paragraphs.get(paragraph);
		assertThat(d).as("§ %s in the minutes", paragraph).isNotNull();
		return d;
	}

	private static final class Draft {

		final int number;

		String decisionText = "Förslaget godkänns.";

		final List<Protocol.Recusal> recusals = new ArrayList<>();

		final List<Protocol.Proposal> proposals = new ArrayList<>();

		final List<Protocol.Vote> votes = new ArrayList<>();

		final List<Protocol.Reservation> reservations = new ArrayList<>();

		final List<Protocol.BudgetReport> budgetReports = new ArrayList<>();

		final List<Protocol.BudgetNote> budgetNotes = new ArrayList<>();

		boolean immediatelyChecked;

		Protocol.Motion motion;

		String title;

		Draft(int number) {
			this.number = number;
		}

		Protocol.Paragraph build() {
			return new Protocol.Paragraph(this.number, "2023/00" + this.number,
					this.title != null ? this.title : "Ärende " + this.number, null,
					ParagraphKind.DECISION, "Kommunstyrelsens beslut", this.decisionText,
					List.of(), "Beskrivning.", List.of(), List.of(), List.copyOf(this.recusals),
					List.copyOf(this.proposals), List.copyOf(this.votes), List.copyOf(this.reservations), this.motion,
					List.copyOf(this.budgetReports), List.copyOf(this.budgetNotes), List.of(), List.of(), List.of(), null,
					this.immediatelyChecked);
		}

	}

}
