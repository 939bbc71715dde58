package se.justera.protocol;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import se.justera.audit.AuditLog;
import se.justera.audit.Caller;
import se.justera.graphql.InvalidArgumentException;
import se.justera.security.Role;

/**
 * What the file endpoints share: the form's fields checked, the file read by its content within
 * the limits ({@link UploadProperties}), and every upload audited with its outcome: a success in
 * the transaction of its change, so that no change exists without its row; a failure in one of its
 * own.
 */
@Component
@EnableConfigurationProperties(UploadProperties.class)
public class ProtocolUploads {

	private final ProtocolFiles files;

	private final UploadProperties limits;

	private final Semaphore reading;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final RoleHierarchy roles;

	ProtocolUploads(ProtocolFiles files, UploadProperties limits, AuditLog audit, TransactionTemplate transaction,
			RoleHierarchy roles) {
		this.roles = roles;
		this.files = files;
		this.limits = limits;
		this.reading = new Semaphore(limits.maxConcurrent());
		this.audit = audit;
		this.transaction = transaction;
	}

	/**
	 * Refuses (FORBIDDEN) a caller without the role, inside the audited work so that the refusal is
	 * recorded; Spring Security has already refused anonymous callers (401) before the body was read.
	 */
	public void requireRole(Authentication who, Role role, String what) {
		boolean has = who != null && this.roles.getReachableGrantedAuthorities(who.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(role.authority()::equals);
		if (!has) {
			throw new AccessDeniedException("Forbidden: your role may not do this (" + what + " needs the "
					+ role.name().toLowerCase(Locale.ROOT) + " role)");
		}
	}

	/** A required form field's value; BAD_USER_INPUT names the field when it is missing or blank. */
	public static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw InvalidArgumentException.keyed("reason".equals(field) ? "upload.fieldMissingWithReason" : "upload.fieldMissing",
					field);
		}
		return value;
	}

	/** An optional true/false form field; anything else is BAD_USER_INPUT. */
	public static boolean flag(String field, String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw InvalidArgumentException.keyed("upload.flag", field,
					value.length() > 20 ? value.substring(0, 20) + "…" : value);
		};
	}

	/**
	 * The form's file read by its content (PDF or UTF-8 text; INVALID_PROTOCOL for anything else or
	 * an empty one), at most so many at once on this node (SERVER_BUSY), a PDF of at most so many
	 * pages.
	 */
	public <T> T withFile(MultipartFile file, Function<ProtocolFile, T> work) {
		if (file == null) {
			throw InvalidArgumentException.keyed("upload.fieldMissing", "file");
		}
		if (!this.reading.tryAcquire()) {
			throw new ServerBusyException("This node is reading " + this.limits.maxConcurrent()
					+ " protocol files already (justera.upload.max-concurrent); retry shortly");
		}
		try {
			byte[] bytes = file.getBytes();
			if (bytes.length == 0) {
				throw new InvalidProtocolException("The file is empty (0 bytes): send the protocol's PDF or text", null);
			}
			if (ProtocolFiles.isPdf(bytes)) {
				checkPages(bytes);
			}
			return work.apply(this.files.read(file.getOriginalFilename(), bytes));
		}
		catch (IOException ex) {
			throw InvalidArgumentException.keyed("upload.notReceived", ex.getMessage());
		}
		finally {
			this.reading.release();
		}
	}

	/** Counted before any text is read: PDFBox reads the page tree, not the pages. */
	private void checkPages(byte[] bytes) {
		int pages;
		try (PDDocument document = Loader.loadPDF(bytes)) {
			pages = document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new InvalidProtocolException("The PDF could not be read: " + ex.getMessage(), null);
		}
		if (pages > this.limits.maxPdfPages()) {
			throw new InvalidProtocolException("The PDF has " + pages + " pages; the limit is " + this.limits.maxPdfPages()
					+ " (justera.upload.max-pdf-pages)", null);
		}
	}

	/**
	 * Runs a change and writes its audit row in one transaction; a failure is recorded with the code
	 * the client gets ({@link ProtocolHttpErrors#code}) and thrown on.
	 */
	public <T> T audited(String operation, Map<String, Object> arguments, java.util.function.Supplier<T> change) {
		Caller caller = Caller.current();
		try {
			return this.transaction.execute(status -> {
				T result = change.get();
				this.audit.record(caller.name(), caller.roles(), operation, arguments, null, null);
				return result;
			});
		}
		catch (RuntimeException ex) {
			this.transaction.executeWithoutResult(status -> this.audit.record(caller.name(), caller.roles(), operation,
					arguments, ProtocolHttpErrors.code(ex), ex.getMessage()));
			throw ex;
		}
	}

	/** What the audit log says of a file: its name, size and hash, never its content. */
	public static Map<String, Object> arguments(String municipality, MultipartFile file) {
		Map<String, Object> arguments = new LinkedHashMap<>();
		arguments.put("municipality", municipality);
		if (file != null) {
			arguments.put("fileName", file.getOriginalFilename());
			arguments.put("bytes", file.getSize());
		}
		return arguments;
	}

}
