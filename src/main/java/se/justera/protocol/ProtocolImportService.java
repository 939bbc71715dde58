package se.justera.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a protocol: parse, then store it whole in one transaction, or not at all. Importing
 * the same minutes again (same municipality, body and meeting date) stores nothing new.
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

	/** Parses without storing anything. */
	public Protocol parse(String text) {
		return this.parser.parse(text);
	}

	public ImportResult importProtocol(String municipality, String text) {
		if (municipality == null || municipality.isBlank()) {
			throw new InvalidProtocolException("The municipality is missing: name the kommun the minutes belong to",
					null);
		}
		Protocol protocol = this.parser.parse(text);
		String sha256 = sha256(text);
		try {
			return this.transaction.execute(status -> {
				Optional<ImportResult> existing = findExisting(municipality.strip(), protocol, sha256);
				if (existing.isPresent()) {
					return existing.get();
				}
				long id = this.writer.write(municipality.strip(), protocol, text, sha256);
				this.events.publishEvent(new ProtocolImported(id, municipality.strip(), protocol));
				log.info("Imported {} {} {} as meeting {} ({} paragraphs)", municipality.strip(), protocol.bodyName(),
						protocol.meetingDate(), id, protocol.paragraphs().size());
				return new ImportResult(id, true);
			});
		}
		catch (DuplicateKeyException ex) {
			// Another import of the same minutes committed first: theirs stands, ours is the same meeting.
			return findExisting(municipality.strip(), protocol, sha256).orElseThrow(() -> ex);
		}
	}

	private Optional<ImportResult> findExisting(String municipality, Protocol protocol, String sha256) {
		return this.jdbc.sql("""
				select m.id, m.source_sha256 from meeting m
				join body b on b.id = m.body_id
				join municipality mu on mu.id = b.municipality_id
				where lower(mu.name) = lower(:municipality) and lower(b.name) = lower(:body) and m.meeting_date = :date
				""")
			.param("municipality", municipality)
			.param("body", protocol.bodyName())
			.param("date", protocol.meetingDate())
			.query((rs, n) -> {
				if (!rs.getString("source_sha256").equals(sha256)) {
					throw new ProtocolConflictException("Minutes of " + protocol.bodyName() + " in " + municipality
							+ " on " + protocol.meetingDate() + " are already stored (meeting " + rs.getLong("id")
							+ ") with other content; they are not replaced");
				}
				return new ImportResult(rs.getLong("id"), false);
			})
			.optional();
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
