package se.justera.compliance;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.justera.jdbc.RecordRowMapper;

/**
 * The re-evaluation queue in PostgreSQL (table reevaluation): meetings whose findings must be
 * computed again, with the active ruleset (target 0) or with the ruleset being staged (its id).
 * Queuing a meeting that is already queued or done queues it again; the rows are taken in
 * meeting order, a batch at a time, by whichever node asks first.
 */
@Repository
class ReevaluationQueue {

	static final long ACTIVE = 0;

	private final JdbcClient jdbc;

	ReevaluationQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String UPSERT = """
			on conflict (target, meeting_id) do update
			set state = 'QUEUED', reason = excluded.reason, queued_at = excluded.queued_at, done_at = null,
			    done_by = null, attempts = 0, error = null""";

	/** Every stored meeting, for one target. */
	int queueAll(long target, String reason) {
		return this.jdbc.sql("insert into reevaluation (target, meeting_id, reason) select ?, id, ? from meeting where withdrawn_at is null order by id "
				+ UPSERT).params(target, reason).update();
	}

	/** The meetings of one municipality (name matched as stored: canonical, case aside). */
	int queueMunicipality(long target, String municipality, String reason) {
		return this.jdbc.sql("""
				insert into reevaluation (target, meeting_id, reason)
				select ?, m.id, ? from meeting m join body b on b.id = m.body_id join municipality mu on mu.id = b.municipality_id
				where lower(mu.name) = lower(?) and m.withdrawn_at is null order by m.id
				""" + UPSERT).params(target, reason, municipality).update();
	}

	int queue(long target, List<Long> meetingIds, String reason) {
		return this.jdbc.sql("insert into reevaluation (target, meeting_id, reason) select ?, id, ? from unnest(?::bigint[]) id"
				+ " order by id " + UPSERT).params(target, reason, meetingIds.toArray(Long[]::new)).update();
	}

	/**
	 * Takes up to {@code limit} queued meetings of one target, staging rulesets first, locked until
	 * this transaction ends: other nodes skip them, and they are free again if this one dies.
	 */
	List<Long> claim(long target, int limit) {
		return this.jdbc.sql("""
				select meeting_id from reevaluation where state = 'QUEUED' and target = ?
				order by target desc, meeting_id limit ? for update skip locked""")
			.params(target, limit)
			.query(Long.class)
			.list();
	}

	/** A staging ruleset with queued meetings, if any (the oldest). */
	java.util.Optional<Long> stagingTarget() {
		return this.jdbc.sql("select target from reevaluation where state = 'QUEUED' and target > 0 order by target limit 1")
			.query(Long.class)
			.optional();
	}

	void done(long target, List<Long> meetingIds, String node) {
		this.jdbc.sql("""
				update reevaluation set state = 'DONE', done_at = clock_timestamp(), done_by = ?, attempts = attempts + 1
				where target = ? and meeting_id = any(?)""")
			.params(node, target, meetingIds.toArray(Long[]::new))
			.update();
	}

	/** A batch that could not be written: counted; after three tries its meetings are failed, not retried forever. */
	void attemptFailed(long target, List<Long> meetingIds, String error) {
		this.jdbc.sql("""
				update reevaluation set attempts = attempts + 1, error = ?,
				       state = case when attempts + 1 >= 3 then 'FAILED' else state end
				where target = ? and meeting_id = any(?) and state = 'QUEUED'""")
			.params(error, target, meetingIds.toArray(Long[]::new))
			.update();
	}

	boolean anyQueued(long target) {
		return this.jdbc.sql("select exists (select 1 from reevaluation where target = ? and state = 'QUEUED')")
			.params(target)
			.query(Boolean.class)
			.single();
	}

	/** How far the work of one target has come. */
	record Progress(int queued, int done, int failed) {
	}

	Progress progress(long target) {
		return this.jdbc.sql("""
				select count(*) filter (where state = 'QUEUED') as queued, count(*) filter (where state = 'DONE') as done,
				       count(*) filter (where state = 'FAILED') as failed
				from reevaluation where target = ?""")
			.params(target)
			.query(RecordRowMapper.of(Progress.class))
			.single();
	}

	/** Meetings each node re-evaluated with the active rules (for the benchmark). */
	java.util.Map<String, Integer> doneByNode() {
		java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
		this.jdbc.sql("select done_by, count(*) from reevaluation where target = 0 and state = 'DONE' group by done_by")
			.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}

}
