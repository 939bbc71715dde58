package se.justera.compliance;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.justera.audit.AuditLog;
import se.justera.text.LogSafe;

/**
 * The ruleset as a versioned artifact in PostgreSQL, the same on every node.
 *
 * <ul>
 * <li><b>Start</b>: the first node on an empty database stores the rules folder as the active
 * ruleset; later nodes serve whatever is active, whatever their own folder holds (a warning says
 * when it differs: reload to stage it).</li>
 * <li><b>Reload</b>: the folder is compiled, stored as the staging ruleset with its files, and every
 * stored meeting is queued for it; the nodes' workers evaluate them (each meeting under the time
 * budget) into finding_stage. The first rule that fails on a meeting fails the candidate; when all
 * meetings are done, one transaction makes its findings the stored ones and the candidate active.</li>
 * <li><b>Writes of findings</b> take the switch lock shared and read the active version in the same
 * transaction ({@link #activeForWrite}), so none is ever stored with a version that is no longer
 * active; the switch takes it exclusively.</li>
 * <li><b>Every node</b> learns of a switch by NOTIFY or by polling ({@link ClusterListener} calls
 * {@link #refresh}) and serves the new version within seconds.</li>
 * </ul>
 */
@Service
@DependsOn("liquibase")
public class RulesetService implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RulesetService.class);

	private final ComplianceEngine engine;

	private final RulesetRepository rulesets;

	private final ReevaluationQueue queue;

	private final FindingRepository findings;

	private final AuditLog audit;

	private final ClusterNode node;

	private final TransactionTemplate transaction;

	private final Duration reloadWait;

	private final ExecutorService reloads = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "rule-reload");
		thread.setDaemon(true);
		return thread;
	});

	/** Reloads waiting on this node for their candidate's staging to end, by ruleset id. */
	private final Map<Long, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();

	/** Staging rulesets known to have ended (failed, cancelled, active): workers stop evaluating them. */
	private final Set<Long> ended = ConcurrentHashMap.newKeySet();

	private volatile Long lastStaging;

	RulesetService(ComplianceEngine engine, RulesetRepository rulesets, ReevaluationQueue queue,
			FindingRepository findings, AuditLog audit, ClusterNode node, PlatformTransactionManager transactions,
			@Value("${justera.rules.reload-wait:20s}") Duration reloadWait) {
		this.engine = engine;
		this.rulesets = rulesets;
		this.queue = queue;
		this.findings = findings;
		this.audit = audit;
		this.node = node;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.reloadWait = reloadWait;
		bootstrap();
	}

	private void bootstrap() {
		RuleSet folder = this.engine.ruleSet();
		this.transaction.executeWithoutResult(status -> {
			this.rulesets.lockExclusive();
			Optional<RulesetRepository.Stored> active = this.rulesets.active();
			if (active.isEmpty()) {
				long id = this.rulesets.insert(folder, "ACTIVE", "system", this.node.id());
				log.info("No active ruleset in the database: this node's ({}, {}) is now active as ruleset {}",
						this.engine.source(), folder.version(), id);
			}
			else if (!active.get().version().equals(folder.version())) {
				this.engine.use(rulesFor(active.get()));
				log.warn("This node's rules ({}) are ruleset {}, but {} is active in the database (reloaded by {} at {});"
						+ " this node serves {}. Call reloadRules to stage the folder's rules.",
						this.engine.source(), folder.version(), active.get().version(),
						LogSafe.escape(active.get().createdBy()), active.get().createdAt(), active.get().version());
			}
		});
	}

	ClusterNode node() {
		return this.node;
	}

	/** The ruleset this node serves. */
	public RuleSet ruleSet() {
		return this.engine.ruleSet();
	}

	/** The compiled ruleset of a stored one (compiled from its stored files on first use). */
	RuleSet rulesFor(RulesetRepository.Stored stored) {
		RuleSet serving = this.engine.ruleSet();
		return serving.version().equals(stored.version()) ? serving
				: this.engine.compiled(stored.version(), () -> this.rulesets.files(stored.id()));
	}

	/**
	 * Inside a transaction that writes findings: takes the switch lock shared and returns the active
	 * ruleset, so that no switch happens before the findings are committed with its version.
	 */
	RuleSet activeForWrite() {
		this.rulesets.lockShared();
		RulesetRepository.Stored active = this.rulesets.active()
			.orElseThrow(() -> new IllegalStateException("No active ruleset in the database"));
		RuleSet rules = rulesFor(active);
		if (rules != this.engine.ruleSet()) {
			this.engine.use(rules);
		}
		return rules;
	}

	/** Inside a writing transaction after {@link #activeForWrite}: the ruleset being staged, if any. */
	Optional<Long> stagingId() {
		return this.rulesets.staging().map(RulesetRepository.Stored::id);
	}

	/**
	 * Queues the meetings of a municipality for re-evaluation after a configuration change (with
	 * the active rules and, when one is staging, with the candidate too), in the caller's transaction.
	 */
	int queueMunicipality(String municipality, String reason) {
		this.rulesets.lockShared();
		int queued = this.queue.queueMunicipality(ReevaluationQueue.ACTIVE, municipality, reason);
		stagingId().ifPresent(id -> this.queue.queueMunicipality(id, municipality, reason));
		this.rulesets.notifyWork();
		return queued;
	}

	boolean isEnded(long rulesetId) {
		return this.ended.contains(rulesetId);
	}

	/** What became of a reload. */
	public record ReloadOutcome(boolean success, String state, String candidateVersion, RuleSet rules,
			List<RuleCompilationException.Problem> problems, List<StagingFailure> failures, String message,
			int meetings) {
	}

	/**
	 * Compiles the rules folder, stores it as the staging ruleset (superseding one still staging),
	 * queues every stored meeting for it and waits up to justera.rules.reload-wait for its staging
	 * to end; a compile error answers at once and changes nothing.
	 */
	public CompletableFuture<ReloadOutcome> reload(String actor, String roles) {
		return CompletableFuture.supplyAsync(() -> {
			RuleSet candidate;
			try {
				candidate = this.engine.compileFolder();
			}
			catch (RuleCompilationException ex) {
				log.warn("Rule reload failed; the rules in use ({}) keep serving: {}", this.engine.ruleSet().version(),
						LogSafe.escape(ex.getMessage()));
				return new ReloadOutcome(false, null, null, this.engine.ruleSet(), ex.problems(), List.of(),
						ex.getMessage(), 0);
			}
			long[] staged = new long[2];
			this.transaction.executeWithoutResult(status -> {
				this.rulesets.lockExclusive();
				this.rulesets.staging().ifPresent(old -> {
					this.rulesets.end(old.id(), "CANCELLED", actor,
							"Superseded by a reload of " + candidate.version() + " by " + actor, List.of());
					this.ended.add(old.id());
				});
				long id = this.rulesets.insert(candidate, "STAGING", actor, this.node.id());
				staged[0] = id;
				staged[1] = this.queue.queueAll(id, "reload");
				Map<String, Object> files = new LinkedHashMap<>();
				candidate.files().forEach(f -> files.put(f.name(), f.sha256()));
				this.audit.record(actor, roles, "stageRuleset",
						Map.of("ruleset", id, "version", candidate.version(), "files", files, "meetings", staged[1]), null,
						null);
				this.rulesets.notifyWork();
			});
			long id = staged[0];
			log.info("Ruleset {} ({}) is staging: {} meetings queued, by {}", id, candidate.version(), staged[1],
					LogSafe.escape(actor));
			CompletableFuture<Void> done = this.pending.computeIfAbsent(id, k -> new CompletableFuture<>());
			try {
				if (staged[1] == 0) {
					trySwitch(id);
				}
				if (!"STAGING".equals(this.rulesets.find(id).map(RulesetRepository.Stored::state).orElse(""))) {
					done.complete(null);
				}
				done.get(this.reloadWait.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				// still staging: the answer says so, and Query.reevaluation follows it
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
			finally {
				this.pending.remove(id);
			}
			// another node may have made it active after this node's last look at the active ruleset:
			// the answer names what this node serves, so it serves the active one first
			serveActive();
			return outcome(this.rulesets.find(id).orElseThrow(), candidate);
		}, this.reloads);
	}

	private ReloadOutcome outcome(RulesetRepository.Stored stored, RuleSet candidate) {
		RuleSet serving = this.engine.ruleSet();
		return switch (stored.state()) {
			case "ACTIVE", "RETIRED" -> new ReloadOutcome(true, stored.state(), stored.version(), serving, List.of(),
					List.of(), "Staged " + stored.meetings() + " stored meetings with " + candidate.rules().size()
							+ " rules; ruleset " + stored.version() + " now serves",
					stored.meetings() == null ? 0 : stored.meetings());
			case "STAGING" -> {
				ReevaluationQueue.Progress progress = this.queue.progress(stored.id());
				yield new ReloadOutcome(false, "STAGING", stored.version(), serving, List.of(), List.of(),
						"Still staging: " + progress.done() + " of " + (progress.done() + progress.queued())
								+ " meetings evaluated; ruleset " + serving.version()
								+ " serves until it ends (follow it with reevaluation { staging }, or cancelReload)",
						progress.done());
			}
			default -> new ReloadOutcome(false, stored.state(), stored.version(), serving, List.of(), stored.failureList(),
					stored.message() + "; ruleset " + serving.version() + " keeps serving", 0);
		};
	}

	/** Cancels the staging ruleset, if any: the active one keeps serving. */
	public Optional<RulesetRepository.Stored> cancel(String actor) {
		Optional<RulesetRepository.Stored> cancelled = this.transaction.execute(status -> {
			Optional<RulesetRepository.Stored> staging = this.rulesets.staging();
			staging.ifPresent(s -> this.rulesets.end(s.id(), "CANCELLED", actor, "Cancelled by " + actor, List.of()));
			return staging;
		});
		cancelled.ifPresent(s -> {
			this.ended.add(s.id());
			// inside the mutation's transaction: a reload waiting here must read the state once it is committed
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						completePending(s.id());
					}
				});
			}
			else {
				completePending(s.id());
			}
			log.info("Ruleset {} ({}) cancelled by {}", s.id(), s.version(), LogSafe.escape(actor));
		});
		return cancelled.flatMap(s -> this.rulesets.find(s.id()));
	}

	/** Fails a staging ruleset for the rules that failed on a meeting; in the worker's transaction. */
	void fail(long id, List<StagingFailure> failures) {
		String message = "Staging failed: " + failures.get(0).describe()
				+ (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more)" : "");
		if (this.rulesets.end(id, "FAILED", this.node.id(), message, failures)) {
			log.warn("Ruleset {}: {}", id, LogSafe.escape(message));
		}
		this.ended.add(id);
	}

	/**
	 * Makes a staging ruleset active once all its meetings are done: its findings replace the stored
	 * ones and the pointer moves, in one transaction under the exclusive switch lock. False when it is
	 * not (or no longer) staging or has meetings left.
	 */
	boolean trySwitch(long id) {
		Boolean switched = this.transaction.execute(status -> {
			this.rulesets.lockExclusive();
			Optional<RulesetRepository.Stored> stored = this.rulesets.find(id);
			if (stored.isEmpty() || !"STAGING".equals(stored.get().state()) || this.queue.anyQueued(id)) {
				return false;
			}
			ReevaluationQueue.Progress progress = this.queue.progress(id);
			if (progress.failed() > 0) {
				this.rulesets.end(id, "FAILED", this.node.id(), "Staging failed: " + progress.failed()
						+ " meetings could not be evaluated or stored (see the log)", List.of());
				return false;
			}
			int meetings = this.findings.applyStage(id, stored.get().version());
			this.rulesets.activate(id, this.node.id(), meetings);
			return true;
		});
		if (Boolean.TRUE.equals(switched)) {
			this.ended.add(id);
			refresh();
			log.info("Ruleset {} is active", id);
		}
		completePending(id);
		return Boolean.TRUE.equals(switched);
	}

	private void completePending(long id) {
		CompletableFuture<Void> waiting = this.pending.get(id);
		if (waiting != null) {
			this.rulesets.find(id).filter(s -> !"STAGING".equals(s.state())).ifPresent(s -> waiting.complete(null));
		}
	}

	/**
	 * Catches up with the database: serves the active ruleset, notes staging rulesets that ended,
	 * answers reloads waiting here, and switches a staging ruleset whose meetings are all done (when
	 * the node that did the last batch died before switching). Called on NOTIFY and every poll.
	 */
	void refresh() {
		serveActive();
		Optional<RulesetRepository.Stored> staging = this.rulesets.staging();
		Long before = this.lastStaging;
		if (before != null && staging.map(s -> s.id() != before.longValue()).orElse(true)) {
			this.ended.add(before); // ended elsewhere: this node's workers stop evaluating it
		}
		this.lastStaging = staging.map(RulesetRepository.Stored::id).orElse(null);
		if (!this.pending.isEmpty()) {
			this.rulesets.find(this.pending.keySet().toArray(Long[]::new))
				.stream()
				.filter(s -> !"STAGING".equals(s.state()))
				.forEach(s -> {
					this.ended.add(s.id());
					CompletableFuture<Void> waiting = this.pending.get(s.id());
					if (waiting != null) {
						waiting.complete(null);
					}
				});
		}
		if (staging.isPresent() && !this.queue.anyQueued(staging.get().id())) {
			trySwitch(staging.get().id());
		}
		if (staging.isEmpty() && this.ended.size() > 1000) {
			this.ended.clear();
		}
	}

	/** Serves the active ruleset, where this node serves another. */
	private void serveActive() {
		this.rulesets.active().ifPresent(active -> {
			if (!active.version().equals(this.engine.ruleSet().version())) {
				this.engine.use(rulesFor(active));
			}
		});
	}

	@Override
	public void destroy() {
		this.reloads.shutdownNow();
	}

}
