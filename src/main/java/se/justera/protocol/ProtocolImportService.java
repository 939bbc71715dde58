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
import se.justera.text.LogSafe;
import se.justera.text.Names;

/**
 * Imports and corrects protocols: parse, then store whole in one transaction, or not at all.
 * Importing the same minutes again stores nothing new. Minutes that record a checking (justering)
 * are locked: other text for them is refused unless it comes as a correction with a reason, which
 * keeps every earlier version. Unchecked minutes (a draft) may be replaced by importing again.
 *
 * <p>
 * The text is stored as it was sent (each version's SHA-256 is of that text) and parsed in its
 * canonical form ({@link Names#canonicalText}: NFC, no format characters). Whether two texts are
 * the same minutes is decided on the canonical form, so a text that differs only in invisible
 * characters or in how its letters are composed is not other content. The municipality's name is
 * matched and stored in canonical form ({@link Names#canonical}).
 *
 * <p>
 * Each version keeps the file it was made from (a PDF as its bytes, a text as its UTF-8 bytes;
 * {@link ProtocolSourceRepository}). The same minutes arriving again are "already stored" when the
 * file is byte for byte the current version's (even if a newer reader would read it differently),
 * or when it reads as the same canonical text. A PDF and a .txt of the same minutes are the same
 * only if the .txt is what the PDF reads as: usually they read differently (another extraction,
 * headers, table cells), and then the second is other text, a new version of a draft or, for checked
 * minutes, a CONFLICT that asks for a correction; nothing of the facts is guessed to be equal.
 *
 * <p>
 * A text that names another municipality than the one given ({@link PrintedMunicipality}) is
 * refused before anything is stored ({@link MunicipalityMismatchException}) unless the caller
 * confirms it; confirmed, it is stored with a WARNING reading note that says both names.
 */
@Service
public class ProtocolImportService {

	private static final Logger log = LoggerFactory.getLogger(ProtocolImportService.class);

	private final ProtocolParser parser;

	private final ProtocolWriter writer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final ProtocolSourceRepository sources;

	ProtocolImportService(ProtocolParser parser, ProtocolWriter writer, JdbcClient jdbc,
			TransactionTemplate transaction, ApplicationEventPublisher events, ProtocolSourceRepository sources) {
		this.sources = sources;
		this.parser = parser;
		this.writer = writer;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
	}

	/**
	 * The app's own imports (benchmarks, tests): the caller names the municipality deliberately, so
	 * a text that names another one is stored, with its warning.
	 */
	public ImportResult importProtocol(String municipality, String text) {
		return importProtocol(municipality, text, "system", true);
	}

	/**
	 * @param confirmMunicipality store the minutes even when the text names another municipality;
	 * false refuses them ({@link MunicipalityMismatchException})
	 */
	public ImportResult importProtocol(String municipality, String text, String actor, boolean confirmMunicipality) {
		return importProtocol(municipality, ProtocolFiles.ofText(null, text), actor, confirmMunicipality);
	}

	/**
	 * Imports the minutes a file holds (a PDF or a text, {@link ProtocolFiles#read}); the file is kept
	 * with the version it makes. The same file again, or another file that reads as the same text, is
	 * already stored.
	 */
	public ImportResult importProtocol(String municipality, ProtocolFile file, String actor, boolean confirmMunicipality) {
		String name = requireMunicipality(municipality);
		Protocol protocol = compared(parse(file), name, confirmMunicipality);
		Source source = Source.of(file);
		String text = file.text();
		try {
			return this.transaction.execute(status -> {
				Optional<Stored> existing = findExisting(name, protocol, true);
				if (existing.isEmpty()) {
					long id = this.writer.write(name, protocol, text, source.canonicalSha256());
					addVersion(id, file, source.sha256(), actor, "import");
					this.events.publishEvent(new ProtocolImported(id, name, protocol));
					log.info("Imported {} {} {} as meeting {} ({} paragraphs, {})", LogSafe.escape(name),
							LogSafe.escape(protocol.bodyName()), protocol.meetingDate(), id, protocol.paragraphs().size(),
							file.mediaType());
					return new ImportResult(id, true, protocol.readingNotes());
				}
				Stored stored = existing.get();
				if (source.isStored(stored)) {
					return new ImportResult(stored.id(), false, protocol.readingNotes());
				}
				if (stored.checkedOn() != null) {
					throw new ProtocolConflictException("Minutes of " + protocol.bodyName() + " in " + name + " on "
							+ protocol.meetingDate() + " are already stored (meeting " + stored.id()
							+ ") and locked: they record a checking (justering) on " + stored.checkedOn()
							+ ". This " + kind(file) + " reads as other text than the stored version"
							+ " (the same minutes in another form may read differently): other text for them is a"
							+ " correction: use correctProtocol with a reason.");
				}
				replace(stored.id(), name, protocol, file, source, actor, "re-import of unchecked minutes");
				return new ImportResult(stored.id(), false, protocol.readingNotes());
			});
		}
		catch (DuplicateKeyException ex) {
			// Another import of the same minutes committed first: theirs stands, ours is the same meeting.
			Stored stored = findExisting(name, protocol, false).orElseThrow(() -> ex);
			if (!source.isStored(stored)) {
				throw new ProtocolConflictException("Minutes of " + protocol.bodyName() + " in " + name + " on "
						+ protocol.meetingDate() + " were stored at the same moment with other text (meeting "
						+ stored.id() + ")");
			}
			return new ImportResult(stored.id(), false, protocol.readingNotes());
		}
	}

	/** What a correction did: the meeting, its version now, and whether the text changed. */
	public record Correction(long meetingId, int version, boolean changed) {
	}

	/** Replaces stored minutes with a corrected text, keeping every earlier version; re-runs the rules. */
	public Correction correct(String municipality, String text, String reason, String actor,
			boolean confirmMunicipality) {
		return correct(municipality, ProtocolFiles.ofText(null, text), reason, actor, confirmMunicipality);
	}

	/**
	 * Replaces stored minutes with those of a corrected file (a PDF or a text), keeping every earlier
	 * version with its own file; re-runs the rules.
	 */
	public Correction correct(String municipality, ProtocolFile file, String reason, String actor,
			boolean confirmMunicipality) {
		String name = requireMunicipality(municipality);
		if (reason == null || reason.isBlank()) {
			throw InvalidArgumentException.keyed("correction.reasonRequired");
		}
		Protocol protocol = compared(parse(file), name, confirmMunicipality);
		Source source = Source.of(file);
		return this.transaction.execute(status -> {
			Stored stored = findExisting(name, protocol, true).orElseThrow(() -> NotFoundException.keyed("correction.notFound",
					protocol.bodyName(), name, String.valueOf(protocol.meetingDate())));
			if (source.isStored(stored)) {
				return new Correction(stored.id(), currentVersion(stored.id()), false);
			}
			int version = replace(stored.id(), name, protocol, file, source, actor, reason.strip());
			return new Correction(stored.id(), version, true);
		});
	}

	/** Parsed; a problem at a line of a file with pages says the page too. */
	private Protocol parse(ProtocolFile file) {
		try {
			return this.parser.parse(file.text());
		}
		catch (InvalidProtocolException ex) {
			throw ex.onPageOf(file.text());
		}
	}

	private static String kind(ProtocolFile file) {
		return file.isPdf() ? "PDF" : "text";
	}

	/** The protocol with its municipality note compared with the one given; refused on a mismatch unless confirmed. */
	private static Protocol compared(Protocol protocol, String municipality, boolean confirmed) {
		Optional<PrintedMunicipality> printed = PrintedMunicipality.of(protocol.readingNotes());
		if (printed.isPresent() && !printed.get().matches(municipality) && !confirmed) {
			throw new MunicipalityMismatchException(printed.get(), municipality);
		}
		return PrintedMunicipality.compared(protocol, municipality);
	}

	private int replace(long meetingId, String municipality, Protocol protocol, ProtocolFile file, Source source,
			String actor, String reason) {
		this.writer.replace(meetingId, protocol, file.text(), source.canonicalSha256());
		int version = addVersion(meetingId, file, source.sha256(), actor, reason);
		this.events.publishEvent(new ProtocolImported(meetingId, municipality, protocol));
		log.info("Replaced the minutes of meeting {} with version {} ({}): {}", meetingId, version, LogSafe.escape(actor),
				LogSafe.escape(reason));
		return version;
	}

	/** The next version, with the file it was made from. */
	private int addVersion(long meetingId, ProtocolFile file, String sha256, String actor, String reason) {
		int version = this.jdbc.sql("""
				insert into meeting_version (meeting_id, version, sha256, text, created_by, reason)
				select ?, coalesce(max(version), 0) + 1, ?, ?, ?, ? from meeting_version where meeting_id = ?
				returning version""")
			.params(meetingId, sha256, file.text(), actor, reason, meetingId)
			.query(Integer.class)
			.single();
		this.sources.add(meetingId, version, file);
		return version;
	}

	private int currentVersion(long meetingId) {
		return this.jdbc.sql("select max(version) from meeting_version where meeting_id = ?")
			.params(meetingId)
			.query(Integer.class)
			.single();
	}

	/** A stored meeting: its id, the SHA-256 of its text, its checking date and its current version's file's SHA-256. */
	private record Stored(long id, String sha256, LocalDate checkedOn, String fileSha256) {
	}

	/**
	 * A file's text's SHA-256 as read (for its version), of its canonical form (the meeting's, for
	 * telling the same minutes from other content), and of the file's bytes.
	 */
	private record Source(String sha256, String canonicalSha256, String fileSha256) {

		static Source of(ProtocolFile file) {
			String text = file.text() == null ? "" : file.text();
			return new Source(ProtocolImportService.sha256(text), ProtocolImportService.sha256(Names.canonicalText(text)),
					file.sha256());
		}

		/**
		 * Whether the stored meeting holds these minutes: its current version was made from this very
		 * file (whatever a newer reader would read from it now), or the file reads as the same text
		 * (a PDF re-exported, a text in another composition of its letters; a PDF and a .txt of the
		 * same minutes only if the .txt is what the PDF reads as). Meetings stored before canonical
		 * hashes hold the text's own.
		 */
		boolean isStored(Stored stored) {
			return this.fileSha256.equals(stored.fileSha256()) || stored.sha256().equals(this.canonicalSha256)
					|| stored.sha256().equals(this.sha256);
		}

	}

	/** The stored meeting of the same municipality, body and date; locked for update inside a transaction. */
	private Optional<Stored> findExisting(String municipality, Protocol protocol, boolean lock) {
		return this.jdbc.sql("""
				select m.id, m.source_sha256, m.checking_date,
				       (select f.sha256 from meeting_version_file f where f.meeting_id = m.id
				        order by f.version desc limit 1) as file_sha256
				from meeting m
				join body b on b.id = m.body_id
				join municipality mu on mu.id = b.municipality_id
				where lower(mu.name) = lower(:municipality) and lower(b.name) = lower(:body) and m.meeting_date = :date
				""" + (lock ? " for update of m" : ""))
			.param("municipality", municipality)
			.param("body", protocol.bodyName())
			.param("date", protocol.meetingDate())
			.query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("source_sha256"),
					rs.getObject("checking_date", LocalDate.class), rs.getString("file_sha256")))
			.optional();
	}

	private static String requireMunicipality(String municipality) {
		String name = Names.canonical(municipality);
		if (name == null || name.isEmpty()) {
			throw new InvalidProtocolException("The municipality is missing: name the kommun the minutes belong to",
					null);
		}
		return name;
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
