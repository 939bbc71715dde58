package se.justera.compliance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import se.justera.jdbc.RecordRowMapper;

/**
 * Rulesets in PostgreSQL (changelog 007): each staged ruleset with its files, its state, and the
 * advisory lock that orders the switch to a new active ruleset against every write of findings.
 */
@Repository
class RulesetRepository {

	/** The advisory lock key: held shared by whoever writes findings, exclusively by the switch. */
	static final long SWITCH_LOCK = 0x4a75737465726131L;

	static final String RULES_CHANNEL = "justera_rules";

	static final String WORK_CHANNEL = "justera_work";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	RulesetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored ruleset, without its files. */
	record Stored(long id, String version, String state, int ruleCount, Integer meetings, String createdBy,
			OffsetDateTime createdAt, String node, OffsetDateTime finishedAt, String finishedBy, String message,
			String failures) {

		List<StagingFailure> failureList() {
			return this.failures == null ? List.of()
					: List.of(JSON.readValue(this.failures, StagingFailure[].class));
		}

	}

	private static final String COLUMNS = "id, version, state, rule_count, meetings, created_by, created_at, node,"
			+ " finished_at, finished_by, message, failures::text as failures";

	/** Until this transaction ends, no switch of the active ruleset can happen. */
	void lockShared() {
		this.jdbc.sql("select pg_advisory_xact_lock_shared(?)").params(SWITCH_LOCK).query().singleRow();
	}

	/** Until this transaction ends, nobody writes findings. */
	void lockExclusive() {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").params(SWITCH_LOCK).query().singleRow();
	}

	Optional<Stored> active() {
		return this.jdbc.sql("select " + COLUMNS + " from ruleset where state = 'ACTIVE'")
			.query(RecordRowMapper.of(Stored.class))
			.optional();
	}

	Optional<Stored> staging() {
		return this.jdbc.sql("select " + COLUMNS + " from ruleset where state = 'STAGING'")
			.query(RecordRowMapper.of(Stored.class))
			.optional();
	}

	Optional<Stored> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from ruleset where id = ?")
			.params(id)
			.query(RecordRowMapper.of(Stored.class))
			.optional();
	}

	List<Stored> find(Long[] ids) {
		return this.jdbc.sql("select " + COLUMNS + " from ruleset where id = any(?)")
			.params((Object) ids)
			.query(RecordRowMapper.of(Stored.class))
			.list();
	}

	List<Stored> latest(int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from ruleset order by id desc limit ?")
			.params(limit)
			.query(RecordRowMapper.of(Stored.class))
			.list();
	}

	/** The state, locked against a concurrent fail, cancel or switch until this transaction ends. */
	Optional<String> stateForShare(long id) {
		return this.jdbc.sql("select state from ruleset where id = ? for share").params(id).query(String.class).optional();
	}

	long insert(RuleSet rules, String state, String actor, String node) {
		long id = this.jdbc.sql("""
				insert into ruleset (version, state, rule_count, created_by, node) values (?, ?, ?, ?, ?) returning id""")
			.params(rules.version(), state, rules.rules().size(), actor, node)
			.query(Long.class)
			.single();
		for (RuleFile file : rules.files()) {
			this.jdbc.sql("insert into ruleset_file (ruleset_id, name, sha256, content) values (?, ?, ?, ?)")
				.params(id, file.name(), file.sha256(), file.content())
				.update();
		}
		return id;
	}

	List<RuleFile> files(long id) {
		return this.jdbc.sql("select name, sha256, content from ruleset_file where ruleset_id = ? order by name")
			.params(id)
			.query(RecordRowMapper.of(RuleFile.class))
			.list();
	}

	record FileRow(long rulesetId, String name, String sha256) {
	}

	List<FileRow> fileNames(Long[] ids) {
		return this.jdbc.sql("select ruleset_id, name, sha256 from ruleset_file where ruleset_id = any(?) order by ruleset_id, name")
			.params((Object) ids)
			.query(RecordRowMapper.of(FileRow.class))
			.list();
	}

	/** Ends a staging ruleset (FAILED or CANCELLED) unless it already ended; true when this call ended it. */
	boolean end(long id, String state, String by, String message, List<StagingFailure> failures) {
		int updated = this.jdbc.sql("""
				update ruleset set state = ?, finished_at = clock_timestamp(), finished_by = ?, message = ?,
				       failures = cast(? as json)
				where id = ? and state = 'STAGING'""")
			.params(state, by, message, failures.isEmpty() ? null : JSON.writeValueAsString(failures), id)
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc.sql("delete from reevaluation where target = ?").params(id).update();
		this.jdbc.sql("delete from finding_stage where ruleset_id = ?").params(id).update();
		notifyRules("ended:" + id);
		return true;
	}

	/** Makes a ruleset the active one: the switch's last step, under the exclusive lock. */
	void activate(long id, String by, int meetings) {
		this.jdbc.sql("update ruleset set state = 'RETIRED' where state = 'ACTIVE'").update();
		this.jdbc.sql("""
				update ruleset set state = 'ACTIVE', finished_at = clock_timestamp(), finished_by = ?, meetings = ?
				where id = ?""").params(by, meetings, id).update();
		notifyRules("active:" + id);
	}

	void notifyRules(String payload) {
		this.jdbc.sql("select pg_notify(?, ?)").params(RULES_CHANNEL, payload).query().singleRow();
	}

	void notifyWork() {
		this.jdbc.sql("select pg_notify(?, 'queued')").params(WORK_CHANNEL).query().singleRow();
	}

}
