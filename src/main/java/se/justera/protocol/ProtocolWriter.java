package se.justera.protocol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.justera.municipality.BodyKind;
import se.justera.protocol.Protocol.Attendee;
import se.justera.protocol.Protocol.Paragraph;

/** Writes a parsed protocol into the tables; the caller holds the transaction. */
@Component
class ProtocolWriter {

	private final JdbcClient jdbc;

	ProtocolWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long write(String municipality, Protocol protocol, String text, String sha256) {
		long municipalityId = this.jdbc.sql("""
				insert into municipality (name) values (:name)
				on conflict (lower(name)) do update set name = municipality.name
				returning id""").param("name", municipality).query(Long.class).single();
		long bodyId = this.jdbc.sql("""
				insert into body (municipality_id, name, kind) values (:municipality, :name, :kind)
				on conflict (municipality_id, lower(name)) do update set name = body.name
				returning id""")
			.param("municipality", municipalityId)
			.param("name", protocol.bodyName())
			.param("kind", BodyKind.fromName(protocol.bodyName()).name())
			.query(Long.class)
			.single();
		long meetingId = this.jdbc.sql("""
				insert into meeting (body_id, meeting_date, source_sha256) values (:body, :date, :sha256) returning id""")
			.param("body", bodyId)
			.param("date", protocol.meetingDate())
			.param("sha256", sha256)
			.query(Long.class)
			.single();
		writeContent(meetingId, municipalityId, protocol, text, sha256);
		return meetingId;
	}

	/**
	 * Replaces a stored meeting's minutes with another text of the same minutes (a correction): the
	 * meeting keeps its id, everything it holds is written anew.
	 */
	void replace(long meetingId, Protocol protocol, String text, String sha256) {
		long municipalityId = this.jdbc.sql("""
				select b.municipality_id from meeting m join body b on b.id = m.body_id where m.id = ?""")
			.params(meetingId)
			.query(Long.class)
			.single();
		for (String table : List.of("attendance", "minutes_checker", "signature", "notice", "paragraph", "protocol_source",
				"reading_note")) {
			this.jdbc.sql("delete from " + table + " where meeting_id = ?").params(meetingId).update();
		}
		writeContent(meetingId, municipalityId, protocol, text, sha256);
	}

	private void writeContent(long meetingId, long municipalityId, Protocol protocol, String text, String sha256) {
		People people = new People(municipalityId);
		this.jdbc.sql("""
				update meeting set starts_at = :startsAt, ends_at = :endsAt, place = :place, secretary = :secretary,
				       checking_date = :checkingDate, checking_time = :checkingTime, checking_place = :checkingPlace,
				       first_paragraph = :first, last_paragraph = :last, source_sha256 = :sha256
				where id = :id""")
			.param("id", meetingId)
			.param("startsAt", protocol.startsAt())
			.param("endsAt", protocol.endsAt())
			.param("place", protocol.place())
			.param("secretary", protocol.secretary())
			.param("checkingDate", protocol.checkingDate())
			.param("checkingTime", protocol.checkingTime())
			.param("checkingPlace", protocol.checkingPlace())
			.param("first", protocol.firstParagraph())
			.param("last", protocol.lastParagraph())
			.param("sha256", sha256)
			.update();
		this.jdbc.sql("insert into protocol_source (meeting_id, text) values (?, ?)").params(meetingId, text).update();
		int position = 0;
		for (Attendee a : protocol.attendees()) {
			this.jdbc.sql("""
					insert into attendance (meeting_id, position, person_id, party, role, title, replaces_person_id,
					                        paragraphs, paragraphs_note)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(meetingId, position++, people.id(a.name()), a.party(), a.role().name(), a.title(),
						a.replaces() == null ? null : people.id(a.replaces()),
						a.paragraphs() == null ? null : a.paragraphs().toArray(Integer[]::new), a.paragraphsNote())
				.update();
		}
		position = 0;
		for (String checker : protocol.checkers()) {
			this.jdbc.sql("insert into minutes_checker (meeting_id, position, person_id) values (?, ?, ?)")
				.params(meetingId, position++, people.id(checker))
				.update();
		}
		position = 0;
		for (Protocol.Signature signature : protocol.signatures()) {
			this.jdbc.sql("insert into signature (meeting_id, position, role, name) values (?, ?, ?, ?)")
				.params(meetingId, position++, signature.role(), signature.name())
				.update();
		}
		Protocol.Notice notice = protocol.notice();
		if (notice != null) {
			this.jdbc.sql("""
					insert into notice (meeting_id, body_name, meeting_date, posted_on, removed_on, minutes_kept_at,
					                    stated_appeal_deadline, signed_by, paragraphs)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(meetingId, notice.bodyName(), notice.meetingDate(), notice.postedOn(), notice.removedOn(),
						notice.minutesKeptAt(), notice.statedAppealDeadline(), notice.signedBy(),
						notice.paragraphs().toArray(Integer[]::new))
				.update();
		}
		position = 0;
		for (Paragraph paragraph : protocol.paragraphs()) {
			writeParagraph(meetingId, position++, paragraph, people);
		}
		// with the meeting, so that re-evaluating it later sees the facts the reader left unknown
		eachIndexed(protocol.readingNotes() == null ? List.of() : protocol.readingNotes(), (i, note) -> this.jdbc.sql("""
				insert into reading_note (meeting_id, position, line, page, level, fact, message)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(meetingId, i, note.line(), note.page(), note.level().name(), note.fact(), note.message())
			.update());
	}

	private void writeParagraph(long meetingId, int position, Paragraph p, People people) {
		long id = this.jdbc.sql("""
				insert into paragraph (meeting_id, position, number, case_number, title, heading, kind,
				                       decision_heading, decision_text, description, page, immediately_checked)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(meetingId, position, p.number(), p.caseNumber(), p.title(), p.heading(), p.kind().name(),
					p.decisionHeading(), p.decisionText(), p.description(), p.page(), p.immediatelyChecked())
			.query(Long.class)
			.single();
		eachIndexed(p.decisionPoints(), (i, point) -> this.jdbc
			.sql("insert into decision_point (paragraph_id, number, text) values (?, ?, ?)")
			.params(id, i + 1, point)
			.update());
		eachIndexed(p.sections(), (i, section) -> this.jdbc
			.sql("insert into paragraph_section (paragraph_id, position, heading, text) values (?, ?, ?, ?)")
			.params(id, i, section.heading(), section.text())
			.update());
		eachIndexed(p.supportingDocuments(), (i, document) -> this.jdbc
			.sql("insert into supporting_document (paragraph_id, position, title) values (?, ?, ?)")
			.params(id, i, document)
			.update());
		for (Protocol.Recusal recusal : p.recusals()) {
			this.jdbc.sql("insert into recusal (paragraph_id, person_id, note) values (?, ?, ?)")
				.params(id, people.id(recusal.person()), recusal.note())
				.update();
		}
		eachIndexed(p.proposals(), (i, proposal) -> this.jdbc
			.sql("insert into proposal (paragraph_id, position, person_id, party, text) values (?, ?, ?, ?, ?)")
			.params(id, i, people.id(proposal.person()), proposal.party(), proposal.text())
			.update());
		eachIndexed(p.votes(), (i, vote) -> {
			long voteId = this.jdbc.sql("""
					insert into vote (paragraph_id, position, proposition, yes_count, no_count, abstain_count,
					                  result_text)
					values (?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(id, i, vote.proposition(), vote.yes(), vote.no(), vote.abstain(), vote.resultText())
				.query(Long.class)
				.single();
			eachIndexed(vote.ballots(), (j, ballot) -> this.jdbc.sql("""
					insert into ballot (vote_id, position, person_id, party, choice) values (?, ?, ?, ?, ?)""")
				.params(voteId, j, people.id(ballot.person()), ballot.party(), ballot.choice().name())
				.update());
		});
		for (Protocol.Reservation reservation : p.reservations()) {
			this.jdbc.sql("insert into reservation (paragraph_id, person_id, party, text) values (?, ?, ?, ?)")
				.params(id, people.id(reservation.person()), reservation.party(), reservation.text())
				.update();
		}
		if (p.motion() != null) {
			long motionId = this.jdbc
				.sql("""
						insert into motion (paragraph_id, party, title, outcome, raised_on, delay_reported)
						values (?, ?, ?, ?, ?, ?) returning id""")
				.params(id, p.motion().party(), p.motion().title(),
						p.motion().outcome() == null ? null : p.motion().outcome().name(), p.motion().raisedOn(),
						p.motion().delayReported())
				.query(Long.class)
				.single();
			eachIndexed(p.motion().claims(), (i, claim) -> this.jdbc
				.sql("insert into motion_claim (motion_id, position, text) values (?, ?, ?)")
				.params(motionId, i, claim)
				.update());
		}
		eachIndexed(p.budgetReports(), (i, report) -> writeBudgetReport(id, i, report));
		eachIndexed(p.budgetNotes(), (i, note) -> this.jdbc.sql("""
				insert into budget_note (paragraph_id, position, unit, amount, text, action_plan_reported)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, i, note.unit(), note.amount(), note.text(), note.actionPlanReported())
			.update());
		eachIndexed(p.delegatedDecisions(), (i, decision) -> this.jdbc
			.sql("insert into delegated_decision (paragraph_id, position, delegate, text) values (?, ?, ?, ?)")
			.params(id, i, decision.delegate(), decision.text())
			.update());
		eachIndexed(p.messages(), (i, message) -> this.jdbc
			.sql("insert into message (paragraph_id, position, text) values (?, ?, ?)")
			.params(id, i, message)
			.update());
		eachIndexed(p.tables(), (i, table) -> {
			long tableId = this.jdbc
				.sql("insert into data_table (paragraph_id, position, title) values (?, ?, ?) returning id")
				.params(id, i, table.title())
				.query(Long.class)
				.single();
			eachIndexed(table.rows(), (j, row) -> this.jdbc
				.sql("insert into data_table_row (table_id, position, header, cells) values (?, ?, ?, ?)")
				.params(tableId, j, row.header(), row.cells().toArray(String[]::new))
				.update());
		});
	}

	private void writeBudgetReport(long paragraphId, int position, Protocol.BudgetReport report) {
		long reportId = this.jdbc.sql("""
				insert into budget_report (paragraph_id, position, title, amount_unit, period, full_year)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(paragraphId, position, report.title(), report.amountUnit(), report.period(), report.fullYear())
			.query(Long.class)
			.single();
		Map<Integer, Long> ids = new HashMap<>();
		eachIndexed(report.lines(), (i, line) -> ids.put(i, this.jdbc.sql("""
				insert into budget_line (report_id, position, parent_id, label, level, emphasis, period_budget,
				                         period_actual, period_deviation, year_budget, year_forecast, year_deviation,
				                         prior_year_period_actual, previous_forecast, forecast_change, year_deviation_percent)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(reportId, i, line.parent() == null ? null : ids.get(line.parent()), line.label(),
					line.level().name(), line.emphasis().name(), line.periodBudget(), line.periodActual(),
					line.periodDeviation(), line.yearBudget(), line.yearForecast(), line.yearDeviation(),
					line.priorYearPeriodActual(), line.previousForecast(), line.forecastChange(),
					line.yearDeviationPercent())
			.query(Long.class)
			.single()));
	}

	private static <T> void eachIndexed(List<T> items, IndexedConsumer<T> consumer) {
		for (int i = 0; i < items.size(); i++) {
			consumer.accept(i, items.get(i));
		}
	}

	@FunctionalInterface
	private interface IndexedConsumer<T> {

		void accept(int index, T item);

	}

	/** Person ids of one municipality, created on first mention. */
	private final class People {

		private final long municipalityId;

		private final Map<String, Long> ids = new HashMap<>();

		People(long municipalityId) {
			this.municipalityId = municipalityId;
		}

		long id(String name) {
			return this.ids.computeIfAbsent(name, n -> ProtocolWriter.this.jdbc.sql("""
					insert into person (municipality_id, name) values (?, ?)
					on conflict (municipality_id, name) do update set name = excluded.name
					returning id""").params(this.municipalityId, n).query(Long.class).single());
		}

	}

}
