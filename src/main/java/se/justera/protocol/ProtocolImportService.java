package se.justera.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.justera.graphql.InvalidArgumentException;
import se.justera.graphql.NotFoundException;

/**
 * Imports and corrects protocols: parse, then store whole in one transaction, or not at all.
 * Importing the same minutes again stores nothing new. Minutes that record a checking (justering)
 * are locked: other text for them is refused unless it comes as a correction with a reason, which
 * keeps every earlier version. Unchecked minutes (a draft) may be replaced by importing again.
 */
@Service
public class ProtocolImportService {

	private static final Logger log = LoggerFactory.getLogger(ProtocolImportService.class);

	private final ProtocolParser parser;

	private final ProtocolWriter writer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	ProtocolImportService(ProtocolParser parser, ProtocolWriter writer, JdbcClient jdbc,
			TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.parser = parser;
		this.writer = writer;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
	}

	public ImportResult importProtocol(String municipality, String text) {
		return importProtocol(municipality, text, "system");
	}

	public ImportResult importProtocol(String municipality, String text, String actor) {
		String name = requireMunicipality(municipality);
		Protocol protocol = this.parser.parse(text);
		String sha256 = sha256(text);
		try {
			return this.transaction.execute(status -> {
				Optional<Stored> existing = findExisting(name, protocol, true);
				if (existing.isEmpty()) {
					long id = this.writer.write(name, protocol, text, sha256);
					addVersion(id, text, sha256, actor, "import");
					this.events.publishEvent(new ProtocolImported(id, name, protocol));
					log.info("Imported {} {} {} as meeting {} ({} paragraphs)", name, protocol.bodyName(),
							protocol.meetingDate(), id, protocol.paragraphs().size());
					return new ImportResult(id, true);
				}
				Stored stored = existing.get();
				if (stored.sha256().equals(sha256)) {
					return new ImportResult(stored.id(), false);
				}
				if (stored.checkedOn() != null) {
					throw new ProtocolConflictException("Minutes of " + protocol.bodyName() + " in " + name + " on "
							+ protocol.meetingDate() + " are already stored (meeting " + stored.id()
							+ ") and locked: they record a checking (justering) on " + stored.checkedOn()
							+ ". Other text for them is a correction: use correctProtocol with a reason.");
				}
				replace(stored.id(), name, protocol, text, sha256, actor, "re-import of unchecked minutes");
				return new ImportResult(stored.id(), false);
			});
		}
		catch (DuplicateKeyException ex) {
			// Another import of the same minutes committed first: theirs stands, ours is the same meeting.
			Stored stored = findExisting(name, protocol, false).orElseThrow(() -> ex);
			if (!stored.sha256().equals(sha256)) {
				throw new ProtocolConflictException("Minutes of " + protocol.bodyName() + " in " + name + " on "
						+ protocol.meetingDate() + " were stored at the same moment with other text (meeting "
						+ stored.id() + ")");
			}
			return new ImportResult(stored.id(), false);
		}
	}

	/** What a correction did: the meeting, its version now, and whether the text changed. */
	public record Correction(long meetingId, int version, boolean changed) {
	}

	/** Replaces stored minutes with a corrected text, keeping every earlier version; re-runs the rules. */
	public Correction correct(String municipality, String text, String reason, String actor) {
		String name = requireMunicipality(municipality);
		if (reason == null || reason.isBlank()) {
			throw new InvalidArgumentException("A correction needs a reason: what was wrong in the stored minutes?");
		}
		Protocol protocol = this.parser.parse(text);
		String sha256 = sha256(text);
		return this.transaction.execute(status -> {
			Stored stored = findExisting(name, protocol, true).orElseThrow(() -> new NotFoundException("No stored minutes of "
					+ protocol.bodyName() + " in " + name + " on " + protocol.meetingDate()
					+ " to correct: a correction names the same municipality, body and meeting date; import new minutes instead"));
			if (stored.sha256().equals(sha256)) {
				return new Correction(stored.id(), currentVersion(stored.id()), false);
			}
			int version = replace(stored.id(), name, protocol, text, sha256, actor, reason.strip());
			return new Correction(stored.id(), version, true);
		});
	}

	private int replace(long meetingId, String municipality, Protocol protocol, String text, String sha256,
			String actor, String reason) {
		this.writer.replace(meetingId, protocol, text, sha256);
		int version = addVersion(meetingId, text, sha256, actor, reason);
		this.events.publishEvent(new ProtocolImported(meetingId, municipality, protocol));
		log.info("Replaced the minutes of meeting {} with version {} ({}): {}", meetingId, version, actor, reason);
		return version;
	}

	private int addVersion(long meetingId, String text, String sha256, String actor, String reason) {
		return this.jdbc.sql("""
				insert into meeting_version (meeting_id, version, sha256, text, created_by, reason)
				select ?, coalesce(max(version), 0) + 1, ?, ?, ?, ? from meeting_version where meeting_id = ?
				returning version""")
			.params(meetingId, sha256, text, actor, reason, meetingId)
			.query(Integer.class)
			.single();
	}

	private int currentVersion(long meetingId) {
		return this.jdbc.sql("select max(version) from meeting_version where meeting_id = ?")
			.params(meetingId)
			.query(Integer.class)
			.single();
	}

	private record Stored(long id, String sha256, LocalDate checkedOn) {
	}

	/** The stored meeting of the same municipality, body and date; locked for update inside a transaction. */
	private Optional<Stored> findExisting(String municipality, Protocol protocol, boolean lock) {
		return this.jdbc.sql("""
				select m.id, m.source_sha256, m.checking_date from meeting m
				join body b on b.id = m.body_id
				join municipality mu on mu.id = b.municipality_id
				where lower(mu.name) = lower(:municipality) and lower(b.name) = lower(:body) and m.meeting_date = :date
				""" + (lock ? " for update of m" : ""))
			.param("municipality", municipality)
			.param("body", protocol.bodyName())
			.param("date", protocol.meetingDate())
			.query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("source_sha256"),
					rs.getObject("checking_date", LocalDate.class)))
			.optional();
	}

	private static String requireMunicipality(String municipality) {
		if (municipality == null || municipality.isBlank()) {
			throw new InvalidProtocolException("The municipality is missing: name the kommun the minutes belong to",
					null);
		}
		return municipality.strip();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
