package se.justera.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.justera.command.Commands;
import se.justera.compliance.ComplianceEngine;
import se.justera.compliance.ComplianceSettings;
import se.justera.compliance.Finding;
import se.justera.compliance.RuleSet;
import se.justera.generator.SyntheticMinutes.BodyPlan;
import se.justera.meeting.AttendanceRole;
import se.justera.municipality.BodyKind;
import se.justera.protocol.Protocol;

/**
 * {@code generate --meetings N [--seed S] [--municipalities M] [--meetings-per-year K]}: fills the
 * database with N synthetic meetings of the M largest Swedish municipalities (all 133 by default;
 * eight bodies each, K meetings a year, ten by default, from 2015 on), with their findings from the
 * rules in use, written with COPY in batches, a progress line per batch. Fewer municipalities or
 * meetings a year reach later years with fewer meetings, as a small test corpus needs.
 */
@Component
@ConditionalOnProperty(name = "justera.command", havingValue = "generate")
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final int BATCH = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final ComplianceEngine engine;

	private final PrintStream out = System.out;

	private int exitCode;

	GenerateCommand(DataSource dataSource, JdbcClient jdbc, ComplianceEngine engine) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.engine = engine;
	}

	private record Place(String municipality, long municipalityId, Map<String, Long> bodyIds, List<String> people,
			Map<String, Long> personIds) {
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		Commands.Generate options = Commands.parse(new Commands.Generate(), arguments.getSourceArgs());
		int meetings = options.meetings();
		long seed = options.seed();
		int municipalities = options.municipalities();
		int perBodyAndYear = options.meetingsPerYear();
		long real = realMeetings();
		if (real > 0 && !options.force()) {
			// synthetic meetings beside real ones would show in every list, count and statistic
			System.err.println("This database holds " + real + (real == 1 ? " meeting" : " meetings")
					+ " that were not generated: generate writes synthetic meetings only into an empty database or one"
					+ " with generated data; give --force to write them here anyway");
			this.exitCode = 1;
			return;
		}
		if (municipalities < 1 || municipalities > SyntheticMinutes.MUNICIPALITIES.size()) {
			throw new IllegalArgumentException(
					"--municipalities takes 1 to " + SyntheticMinutes.MUNICIPALITIES.size() + ", not " + municipalities);
		}
		if (perBodyAndYear < 1 || perBodyAndYear > 10) {
			throw new IllegalArgumentException("--meetings-per-year takes 1 to 10, not " + perBodyAndYear);
		}
		Random random = new Random(seed);
		long start = System.nanoTime();
		List<Place> places = places(random, municipalities);
		RuleSet rules = this.engine.ruleSet();
		int written = 0;
		long rows = 0;
		int findings = 0;
		int year = 2015;
		int meetingInYear = 0;
		CopyBatch batch = new CopyBatch();
		int inBatch = 0;
		outer: while (true) {
			for (Place place : places) {
				for (BodyPlan body : SyntheticMinutes.BODIES) {
					if (written >= meetings) {
						break outer;
					}
					LocalDate date = LocalDate.of(year, 1, 15).plusDays(meetingInYear * 34L + body.seats() % 5);
					Protocol protocol = SyntheticMinutes.meeting(random, body, date, meetingInYear, place.people());
					ComplianceSettings settings = new ComplianceSettings(BodyKind.fromName(body.name()), body.seats(), 14,
							new java.math.BigDecimal("1.5"), committees());
					List<Finding> found = ComplianceEngine.evaluate(rules, place.municipality(), protocol, settings);
					findings += found.size();
					write(batch, place, protocol, found, rules.version());
					written++;
					if (++inBatch == BATCH) {
						rows += flush(batch);
						inBatch = 0;
						this.out.printf("generated %d/%d meetings, %d rows, %d findings (%.0f s)%n", written, meetings, rows,
								findings, (System.nanoTime() - start) / 1e9);
					}
				}
			}
			if (++meetingInYear == perBodyAndYear) {
				meetingInYear = 0;
				year++;
			}
		}
		rows += flush(batch);
		this.jdbc.sql("analyze").update();
		double seconds = (System.nanoTime() - start) / 1e9;
		this.out.printf("generated %d meetings in %d municipalities: %d rows, %d findings in %.1f s (%.0f meetings/s)%n",
				written, places.size(), rows, findings, seconds, written / seconds);
	}

	/** Meetings neither generated nor the bundled sample (which the embedded database's demo imports). */
	private long realMeetings() {
		return this.jdbc.sql("""
				select count(*) from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
				where m.source_sha256 <> 'generated'
				  and not (mu.name = 'Smedjebacken' and m.meeting_date = date '2023-12-12' and lower(b.name) = 'kommunstyrelsen')""")
			.query(Long.class)
			.single();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private static Map<String, Boolean> committees() {
		Map<String, Boolean> units = new HashMap<>();
		SyntheticMinutes.COMMITTEES.forEach(c -> units.put(c.toLowerCase(Locale.ROOT), true));
		return units;
	}

	/**
	 * The first so many municipalities (the largest first) with their bodies (seats configured),
	 * committees and a pool of people.
	 */
	private List<Place> places(Random random, int count) {
		List<Place> places = new ArrayList<>();
		for (String name : SyntheticMinutes.MUNICIPALITIES.subList(0, count)) {
			String municipality = name;
			long id = this.jdbc.sql("""
					insert into municipality (name, overrun_threshold_percent) values (?, 1.5)
					on conflict (lower(name)) do update set name = municipality.name returning id""")
				.params(municipality)
				.query(Long.class)
				.single();
			Map<String, Long> bodies = new HashMap<>();
			for (BodyPlan body : SyntheticMinutes.BODIES) {
				bodies.put(body.name(), this.jdbc.sql("""
						insert into body (municipality_id, name, kind, seats) values (?, ?, ?, ?)
						on conflict (municipality_id, lower(name)) do update set seats = excluded.seats returning id""")
					.params(id, body.name(), BodyKind.fromName(body.name()).name(), body.seats())
					.query(Long.class)
					.single());
			}
			for (String committee : SyntheticMinutes.COMMITTEES) {
				this.jdbc.sql("insert into budget_unit (municipality_id, label, committee) values (?, ?, true) on conflict do nothing")
					.params(id, committee)
					.update();
			}
			List<String> people = SyntheticMinutes.people(random, 110);
			for (int i = 0; i < 6; i++) {
				people.add("Kommunsekreterare " + new String[] { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson" }[i]);
			}
			Map<String, Long> personIds = new HashMap<>();
			for (String person : people) {
				personIds.put(person, this.jdbc.sql("""
						insert into person (municipality_id, name) values (?, ?)
						on conflict (municipality_id, name) do update set name = excluded.name returning id""")
					.params(id, person)
					.query(Long.class)
					.single());
			}
			places.add(new Place(municipality, id, bodies, people, personIds));
		}
		return places;
	}

	private long ids(String table, int count) {
		// reserve a block of ids; COPY may write identity values itself
		return this.jdbc.sql("select setval(pg_get_serial_sequence(?, 'id'), nextval(pg_get_serial_sequence(?, 'id')) + ? - 1) - ? + 1")
			.params(table, table, count, count)
			.query(Long.class)
			.single();
	}

	private void write(CopyBatch batch, Place place, Protocol p, List<Finding> found, String version) {
		long meetingId = ids("meeting", 1);
		Long bodyId = place.bodyIds().get(p.bodyName());
		batch.row("meeting (id, body_id, meeting_date, starts_at, ends_at, place, secretary, checking_date, checking_time,"
				+ " checking_place, first_paragraph, last_paragraph, source_sha256)", meetingId, bodyId, p.meetingDate(),
				p.startsAt(), p.endsAt(), p.place(), p.secretary(), p.checkingDate(), p.checkingTime(), p.checkingPlace(),
				p.firstParagraph(), p.lastParagraph(), "generated");
		long attendanceId = ids("attendance", p.attendees().size());
		for (int i = 0; i < p.attendees().size(); i++) {
			Protocol.Attendee a = p.attendees().get(i);
			batch.row("attendance (id, meeting_id, position, person_id, party, role, title, replaces_person_id, paragraphs,"
					+ " paragraphs_note)", attendanceId + i, meetingId, i, place.personIds().get(a.name()), a.party(),
					a.role().name(), a.title(), a.replaces() == null ? null : place.personIds().get(a.replaces()),
					a.paragraphs(), a.paragraphsNote());
		}
		batch.row("minutes_checker (meeting_id, position, person_id)", meetingId, 0, place.personIds().get(p.checkers().get(0)));
		Protocol.Notice n = p.notice();
		batch.row("notice (meeting_id, body_name, meeting_date, posted_on, removed_on, minutes_kept_at, stated_appeal_deadline,"
				+ " signed_by)", meetingId, n.bodyName(), n.meetingDate(), n.postedOn(), n.removedOn(), n.minutesKeptAt(),
				n.statedAppealDeadline(), n.signedBy());
		long paragraphId = ids("paragraph", p.paragraphs().size());
		for (int i = 0; i < p.paragraphs().size(); i++) {
			writeParagraph(batch, place, meetingId, paragraphId + i, i, p.paragraphs().get(i));
		}
		for (Finding f : found) {
			batch.row("finding (id, meeting_id, rule_id, severity, paragraph, budget_report, budget_line, subject, message_sv,"
					+ " message_en, legal_basis, evidence, ruleset_version)", f.id(), meetingId, f.ruleId(),
					f.severity().name(), f.paragraph(), f.budgetReport(), f.budgetLine(), f.subject(), f.messageSv(),
					f.messageEn(), f.legalBasis(), JSON.writeValueAsString(f.evidence()), version);
		}
	}

	private void writeParagraph(CopyBatch batch, Place place, long meetingId, long id, int position, Protocol.Paragraph p) {
		batch.row("paragraph (id, meeting_id, position, number, case_number, title, heading, kind, decision_heading,"
				+ " decision_text, description)", id, meetingId, position, p.number(), p.caseNumber(), p.title(), p.heading(),
				p.kind().name(), p.decisionHeading(), p.decisionText(), p.description());
		for (int i = 0; i < p.decisionPoints().size(); i++) {
			batch.row("decision_point (paragraph_id, number, text)", id, i + 1, p.decisionPoints().get(i));
		}
		for (int i = 0; i < p.supportingDocuments().size(); i++) {
			batch.row("supporting_document (paragraph_id, position, title)", id, i, p.supportingDocuments().get(i));
		}
		for (Protocol.Recusal r : p.recusals()) {
			batch.row("recusal (paragraph_id, person_id, note)", id, place.personIds().get(r.person()), r.note());
		}
		for (int i = 0; i < p.proposals().size(); i++) {
			Protocol.Proposal x = p.proposals().get(i);
			batch.row("proposal (paragraph_id, position, person_id, party, text)", id, i, place.personIds().get(x.person()),
					x.party(), x.text());
		}
		for (int v = 0; v < p.votes().size(); v++) {
			Protocol.Vote vote = p.votes().get(v);
			long voteId = ids("vote", 1);
			batch.row("vote (id, paragraph_id, position, proposition, yes_count, no_count, abstain_count, result_text)", voteId,
					id, v, vote.proposition(), vote.yes(), vote.no(), vote.abstain(), vote.resultText());
			for (int b = 0; b < vote.ballots().size(); b++) {
				Protocol.Ballot ballot = vote.ballots().get(b);
				batch.row("ballot (vote_id, position, person_id, party, choice)", voteId, b,
						place.personIds().get(ballot.person()), ballot.party(), ballot.choice().name());
			}
		}
		for (Protocol.Reservation r : p.reservations()) {
			batch.row("reservation (paragraph_id, person_id, party, text)", id, place.personIds().get(r.person()), r.party(),
					r.text());
		}
		if (p.motion() != null) {
			long motionId = ids("motion", 1);
			batch.row("motion (id, paragraph_id, party, title, outcome)", motionId, id, p.motion().party(), p.motion().title(),
					p.motion().outcome() == null ? null : p.motion().outcome().name());
			for (int i = 0; i < p.motion().claims().size(); i++) {
				batch.row("motion_claim (motion_id, position, text)", motionId, i, p.motion().claims().get(i));
			}
		}
		for (int r = 0; r < p.budgetReports().size(); r++) {
			Protocol.BudgetReport report = p.budgetReports().get(r);
			long reportId = ids("budget_report", 1);
			batch.row("budget_report (id, paragraph_id, position, title, amount_unit, period, full_year)", reportId, id, r,
					report.title(), report.amountUnit(), report.period(), report.fullYear());
			long lineId = ids("budget_line", report.lines().size());
			for (int l = 0; l < report.lines().size(); l++) {
				Protocol.BudgetLine line = report.lines().get(l);
				batch.row("budget_line (id, report_id, position, parent_id, label, level, emphasis, period_budget, period_actual,"
						+ " period_deviation, year_budget, year_forecast, year_deviation)", lineId + l, reportId, l,
						line.parent() == null ? null : lineId + line.parent(), line.label(), line.level().name(),
						line.emphasis().name(), line.periodBudget(), line.periodActual(), line.periodDeviation(),
						line.yearBudget(), line.yearForecast(), line.yearDeviation());
			}
		}
		for (int i = 0; i < p.budgetNotes().size(); i++) {
			Protocol.BudgetNote note = p.budgetNotes().get(i);
			batch.row("budget_note (paragraph_id, position, unit, amount, text, action_plan_reported)", id, i, note.unit(),
					note.amount(), note.text(), note.actionPlanReported());
		}
	}

	private long flush(CopyBatch batch) throws SQLException, IOException {
		try (Connection connection = this.dataSource.getConnection()) {
			return batch.copy(connection);
		}
	}

}
