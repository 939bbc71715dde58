package se.justera.protocol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import se.justera.budget.BudgetLineLevel;
import se.justera.budget.Emphasis;
import se.justera.meeting.AttendanceRole;
import se.justera.motion.MotionOutcome;
import se.justera.paragraph.BallotChoice;
import se.justera.paragraph.ParagraphKind;

/**
 * One protocol as read from its text, before it is stored: what the parser produces, what the
 * importer writes and what the compliance rules check. {@code readingNotes} say what could not be
 * read; a fact they name ({@link ReadingNote#fact()}) is unknown, not empty.
 */
public record Protocol(String bodyName, LocalDate meetingDate, LocalTime startsAt, LocalTime endsAt, String place,
		List<Attendee> attendees, List<String> checkers, LocalDate checkingDate, LocalTime checkingTime,
		String checkingPlace, String secretary, List<Signature> signatures, Integer firstParagraph,
		Integer lastParagraph, Notice notice, List<Paragraph> paragraphs, List<ReadingNote> readingNotes) {

	/** Whether the reader left this fact unknown (a reading note names it). */
	public boolean unknown(String fact) {
		return this.readingNotes != null && this.readingNotes.stream().anyMatch(n -> fact.equals(n.fact()));
	}

	public record Attendee(String name, String party, AttendanceRole role, String title, String replaces,
			List<Integer> paragraphs, String paragraphsNote) {

		/** Whether this person took part in the given paragraph (null paragraphs: the whole meeting). */
		public boolean presentIn(int paragraph) {
			return paragraphs == null || paragraphs.contains(paragraph);
		}

	}

	public record Signature(String role, String name) {
	}

	/**
	 * paragraphs: the paragraphs the notice is for when it names them ("Paragraf § 57": the notice of
	 * a paragraph checked at once), empty when it is the notice of the whole minutes.
	 */
	public record Notice(String bodyName, LocalDate meetingDate, LocalDate postedOn, LocalDate removedOn,
			String minutesKeptAt, LocalDate statedAppealDeadline, String signedBy, List<Integer> paragraphs) {

		public Notice {
			paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
		}

		/** The notice of the whole minutes. */
		public Notice(String bodyName, LocalDate meetingDate, LocalDate postedOn, LocalDate removedOn,
				String minutesKeptAt, LocalDate statedAppealDeadline, String signedBy) {
			this(bodyName, meetingDate, postedOn, removedOn, minutesKeptAt, statedAppealDeadline, signedBy, List.of());
		}

	}

	public record Paragraph(int number, String caseNumber, String title, String heading, ParagraphKind kind,
			String decisionHeading, String decisionText, List<String> decisionPoints, String description,
			List<Section> sections, List<String> supportingDocuments, List<Recusal> recusals,
			List<Proposal> proposals, List<Vote> votes, List<Reservation> reservations, Motion motion,
			List<BudgetReport> budgetReports, List<BudgetNote> budgetNotes,
			List<DelegatedDecision> delegatedDecisions, List<String> messages, List<DataTable> tables, Integer page,
			boolean immediatelyChecked) {

		/** A paragraph checked with the rest of the minutes (not at once). */
		public Paragraph(int number, String caseNumber, String title, String heading, ParagraphKind kind,
				String decisionHeading, String decisionText, List<String> decisionPoints, String description,
				List<Section> sections, List<String> supportingDocuments, List<Recusal> recusals,
				List<Proposal> proposals, List<Vote> votes, List<Reservation> reservations, Motion motion,
				List<BudgetReport> budgetReports, List<BudgetNote> budgetNotes,
				List<DelegatedDecision> delegatedDecisions, List<String> messages, List<DataTable> tables, Integer page) {
			this(number, caseNumber, title, heading, kind, decisionHeading, decisionText, decisionPoints, description,
					sections, supportingDocuments, recusals, proposals, votes, reservations, motion, budgetReports,
					budgetNotes, delegatedDecisions, messages, tables, page, false);
		}

	}

	public record Section(String heading, String text) {
	}

	public record Recusal(String person, String note) {
	}

	public record Proposal(String person, String party, String text) {
	}

	public record Vote(String proposition, Integer yes, Integer no, Integer abstain, String resultText,
			List<Ballot> ballots) {
	}

	public record Ballot(String person, String party, BallotChoice choice) {
	}

	public record Reservation(String person, String party, String text) {
	}

	/**
	 * raisedOn: the date the motion was raised (väckt) when the minutes state it, else null;
	 * delayReported: whether the minutes record that fullmäktige was told it could not be decided
	 * within a year (KL 5 kap. 35 §).
	 */
	public record Motion(String party, String title, List<String> claims, MotionOutcome outcome, LocalDate raisedOn,
			boolean delayReported) {

		/** A motion whose raising the minutes do not date. */
		public Motion(String party, String title, List<String> claims, MotionOutcome outcome) {
			this(party, title, claims, outcome, null, false);
		}

	}

	public record BudgetReport(String title, String amountUnit, String period, String fullYear,
			List<BudgetLine> lines) {
	}

	/**
	 * parent: the index in the report's lines of the row this one breaks down, or null. Besides the
	 * six figures the rules read, the columns tables often add: the same period of the year before
	 * (utfall föregående år), the forecast of the previous report (prognos T1), the change since it,
	 * and the full-year deviation in percent; null where the table has no such column.
	 */
	public record BudgetLine(String label, BudgetLineLevel level, Emphasis emphasis, Integer parent,
			Long periodBudget, Long periodActual, Long periodDeviation, Long yearBudget, Long yearForecast,
			Long yearDeviation, Long priorYearPeriodActual, Long previousForecast, Long forecastChange,
			BigDecimal yearDeviationPercent) {

		/** A row with the six figures only. */
		public BudgetLine(String label, BudgetLineLevel level, Emphasis emphasis, Integer parent, Long periodBudget,
				Long periodActual, Long periodDeviation, Long yearBudget, Long yearForecast, Long yearDeviation) {
			this(label, level, emphasis, parent, periodBudget, periodActual, periodDeviation, yearBudget, yearForecast,
					yearDeviation, null, null, null, null);
		}

	}

	public record BudgetNote(String unit, Long amount, String text, boolean actionPlanReported) {
	}

	public record DelegatedDecision(String delegate, String text) {
	}

	public record DataTable(String title, List<DataRow> rows) {
	}

	public record DataRow(boolean header, List<String> cells) {
	}

}
