package se.justera.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import se.justera.graphql.Where;
import se.justera.jdbc.RecordRowMapper;

/**
 * The append-only audit log in PostgreSQL: the app's role may only insert (changelog 006), and a
 * trigger refuses changes even to the owner. An entry is written in the caller's transaction, so a
 * change and its entry commit together ({@link MutationAudit}). Long texts (a protocol) are logged
 * by size and hash.
 */
@Service
public class AuditLog {

	private static final int LONGEST_LOGGED_TEXT = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String actor, String roles, String operation, Map<String, Object> arguments, String errorCode,
			String message) {
		this.jdbc.sql("""
				insert into audit_log (actor, roles, operation, arguments, outcome, error_code, message)
				values (?, ?, ?, cast(? as json), ?, ?, ?)""")
			.params(storable(actor), roles, operation, JSON.writeValueAsString(shorten(arguments)),
					errorCode == null ? "OK" : "ERROR", errorCode, storable(message))
			.update();
	}

	record Filter(String actor, String operation, LocalDate from, LocalDate to) {
	}

	List<AuditEntry> findPage(Filter filter, Long beforeId, int limit) {
		Where where = new Where().addIf(filter == null ? null : filter.actor(), "actor = ?")
			.addIf(filter == null ? null : filter.operation(), "operation = ?")
			.addIf(filter == null ? null : filter.from(), "at >= cast(? as date)")
			.addIf(filter == null || filter.to() == null ? null : filter.to().plusDays(1), "at < cast(? as date)")
			.addIf(beforeId, "id < ?");
		return this.jdbc.sql("select id, at, actor, roles, operation, arguments::text as arguments, outcome, error_code,"
				+ " message from audit_log" + where.sql() + " order by id desc" + Where.limit(limit))
			.params(where.params())
			.query(RecordRowMapper.of(AuditEntry.class))
			.list();
	}

	/** PostgreSQL text cannot hold NUL: the entry is written whatever a token's name or a message held. */
	private static String storable(String text) {
		return text == null ? null : text.replace("\u0000", "\\u0000");
	}

	@SuppressWarnings("unchecked")
	private static Object shorten(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), shorten(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(AuditLog::shorten).toList();
		}
		if (value instanceof String text && text.length() > LONGEST_LOGGED_TEXT) {
			return Map.of("characters", text.length(), "sha256", sha256(text));
		}
		return value;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
