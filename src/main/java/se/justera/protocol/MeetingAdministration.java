package se.justera.protocol;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.justera.graphql.InvalidArgumentException;
import se.justera.graphql.NotFoundException;
import se.justera.municipality.BodyKind;
import se.justera.text.LogSafe;
import se.justera.text.Names;

/**
 * An administrator's repairs of what was imported wrongly: withdrawing a meeting (it leaves the
 * lists, the findings' lists and re-evaluation, and keeps its versions and audit trail) and moving
 * it to another municipality (stored again from its current text under the right one, as a new
 * version). The mutations are audited as every mutation is (MutationAudit).
 */
@Service
public class MeetingAdministration {

	private static final Logger log = LoggerFactory.getLogger(MeetingAdministration.class);

	/** That, when, by whom and why a meeting was withdrawn. */
	public record Withdrawal(long meetingId, OffsetDateTime at, String by, String reason) {
	}

	/** What a move did: the meeting, the municipality it was under, its version now. */
	public record Move(long meetingId, String from, int version) {
	}

	private final JdbcClient jdbc;

	private final ProtocolParser parser;

	private final ProtocolWriter writer;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	MeetingAdministration(JdbcClient jdbc, ProtocolParser parser, ProtocolWriter writer, TransactionTemplate transaction,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.parser = parser;
		this.writer = writer;
		this.transaction = transaction;
		this.events = events;
	}

	public void withdraw(long meetingId, String reason, String actor) {
		String why = reason(reason);
		this.transaction.executeWithoutResult(status -> {
			Boolean withdrawn = this.jdbc.sql("select withdrawn_at is not null from meeting where id = ? for update")
				.params(meetingId)
				.query(Boolean.class)
				.optional()
				.orElseThrow(() -> notFound(meetingId));
			if (withdrawn) {
				throw new ProtocolConflictException("Meeting " + meetingId + " is already withdrawn");
			}
			this.jdbc.sql("update meeting set withdrawn_at = now(), withdrawn_by = ?, withdrawn_reason = ? where id = ?")
				.params(actor, why, meetingId)
				.update();
			// queued for a staging ruleset: a withdrawn meeting is judged no more
			this.jdbc.sql("delete from reevaluation where meeting_id = ?").params(meetingId).update();
		});
		log.info("Meeting {} withdrawn by {}: {}", meetingId, LogSafe.escape(actor), LogSafe.escape(why));
	}

	/**
	 * Stores the meeting again, from its current text, under the given municipality: same id, its
	 * people and settings looked up there, the rules run again, and a version saying from where.
	 */
	public Move move(long meetingId, String municipality, String reason, String actor) {
		String why = reason(reason);
		String target = Names.canonical(municipality);
		if (target == null || target.isEmpty()) {
			throw new InvalidArgumentException("input.municipality is empty: name the kommun the minutes belong to",
					"input.municipality är tom: ange kommunen som protokollet hör till");
		}
		Move move = this.transaction.execute(status -> {
			Current current = current(meetingId).orElseThrow(() -> notFound(meetingId));
			if (current.municipality().equalsIgnoreCase(target)) {
				throw new InvalidArgumentException("Meeting " + meetingId + " is already under " + target,
						"Sammanträde " + meetingId + " hör redan till " + target);
			}
			Protocol protocol = PrintedMunicipality.compared(this.parser.parse(current.text()), target);
			Optional<Long> clash = this.jdbc.sql("""
					select m.id from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
					where lower(mu.name) = lower(?) and lower(b.name) = lower(?) and m.meeting_date = ?""")
				.params(target, protocol.bodyName(), protocol.meetingDate())
				.query(Long.class)
				.optional();
			if (clash.isPresent()) {
				throw new ProtocolConflictException(target + " already has minutes of " + protocol.bodyName() + " on "
						+ protocol.meetingDate() + " (meeting " + clash.get() + "): withdraw one of them instead");
			}
			long municipalityId = this.jdbc.sql("""
					insert into municipality (name) values (?)
					on conflict (lower(name)) do update set name = municipality.name returning id""")
				.params(target)
				.query(Long.class)
				.single();
			long bodyId = this.jdbc.sql("""
					insert into body (municipality_id, name, kind) values (?, ?, ?)
					on conflict (municipality_id, lower(name)) do update set name = body.name returning id""")
				.params(municipalityId, protocol.bodyName(), BodyKind.fromName(protocol.bodyName()).name())
				.query(Long.class)
				.single();
			this.jdbc.sql("update meeting set body_id = ? where id = ?").params(bodyId, meetingId).update();
			this.writer.replace(meetingId, protocol, current.text(), current.meetingSha256());
			int version = this.jdbc.sql("""
					insert into meeting_version (meeting_id, version, sha256, text, created_by, reason)
					select ?, coalesce(max(version), 0) + 1, ?, ?, ?, ? from meeting_version where meeting_id = ?
					returning version""")
				.params(meetingId, current.versionSha256(), current.text(), actor,
						"moved from " + current.municipality() + " to " + target + ": " + why, meetingId)
				.query(Integer.class)
				.single();
			// the moved version is made from the same file as the one before it: it keeps that file too
			this.jdbc.sql("""
					insert into meeting_version_file (meeting_id, version, media_type, file_name, size, pages, sha256, content)
					select meeting_id, ?, media_type, file_name, size, pages, sha256, content from meeting_version_file
					where meeting_id = ? order by version desc limit 1""")
				.params(version, meetingId)
				.update();
			this.events.publishEvent(new ProtocolImported(meetingId, target, protocol));
			return new Move(meetingId, current.municipality(), version);
		});
		log.info("Meeting {} moved from {} to {} by {}: {}", meetingId, LogSafe.escape(move.from()),
				LogSafe.escape(target), LogSafe.escape(actor), LogSafe.escape(why));
		return move;
	}

	/** The withdrawals of these meetings (those withdrawn). */
	List<Withdrawal> withdrawals(Long[] meetingIds) {
		return this.jdbc.sql("""
				select id, withdrawn_at, withdrawn_by, withdrawn_reason from meeting
				where id = any(?) and withdrawn_at is not null""")
			.params((Object) meetingIds)
			.query((rs, n) -> new Withdrawal(rs.getLong("id"), rs.getObject("withdrawn_at", OffsetDateTime.class),
					rs.getString("withdrawn_by"), rs.getString("withdrawn_reason")))
			.list();
	}

	private record Current(String municipality, String text, String versionSha256, String meetingSha256) {
	}

	/** The meeting's municipality and latest text, the meeting locked for the move. */
	private Optional<Current> current(long meetingId) {
		return this.jdbc.sql("""
				select mu.name, v.text, v.sha256, m.source_sha256 from meeting m
				join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
				join meeting_version v on v.meeting_id = m.id
				where m.id = ? order by v.version desc limit 1 for update of m""")
			.params(meetingId)
			.query((rs, n) -> new Current(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidArgumentException("input.reason is empty: say why (it is kept in the audit log)",
					"input.reason är tomt: ange skälet (det sparas i granskningsloggen)");
		}
		return reason.strip();
	}

	private static NotFoundException notFound(long meetingId) {
		return new NotFoundException("No meeting " + meetingId, "Inget sammanträde " + meetingId);
	}

}
