package se.justera.compliance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.justera.protocol.StoredProtocolReader;
import se.justera.protocol.StoredProtocolReader.StoredProtocol;

/**
 * This node's share of the re-evaluation queue: threads that take a batch of queued meetings
 * (staging rulesets first), evaluate them and write the findings, marking the batch done in the
 * same transaction. The batch's rows stay locked while it runs, so a node that dies mid-batch
 * leaves it, rolled back, to the next node that asks. Woken by NOTIFY; otherwise polls.
 */
@Component
class ReevaluationWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReevaluationWorker.class);

	private final RulesetService rulesets;

	private final RulesetRepository repository;

	private final ReevaluationQueue queue;

	private final StoredProtocolReader stored;

	private final ComplianceSettingsRepository settings;

	private final FindingRepository findings;

	private final RuleRunner runner;

	private final TransactionTemplate transaction;

	private final int workers;

	private final int batchSize;

	private final Duration poll;

	private final Object signal = new Object();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	private long wakeups;

	ReevaluationWorker(RulesetService rulesets, RulesetRepository repository, ReevaluationQueue queue,
			StoredProtocolReader stored, ComplianceSettingsRepository settings, FindingRepository findings,
			RuleRunner runner, PlatformTransactionManager transactions,
			@Value("${justera.reevaluation.workers:1}") int workers,
			@Value("${justera.reevaluation.batch-size:100}") int batchSize,
			@Value("${justera.cluster.poll-interval:2s}") Duration poll) {
		this.rulesets = rulesets;
		this.repository = repository;
		this.queue = queue;
		this.stored = stored;
		this.settings = settings;
		this.findings = findings;
		this.runner = runner;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.workers = workers;
		this.batchSize = batchSize;
		this.poll = poll;
	}

	@Override
	public synchronized void start() {
		this.running = true;
		for (int i = 0; i < this.workers; i++) {
			Thread thread = new Thread(this::loop, "reevaluation-" + (i + 1));
			thread.setDaemon(true);
			thread.start();
			this.threads.add(thread);
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.threads.forEach(Thread::interrupt);
		for (Thread thread : this.threads) {
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** After the web server: a node takes work once it is up, and stops taking it first. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

	/** Work was queued (NOTIFY): look now rather than at the next poll. */
	void wake() {
		synchronized (this.signal) {
			this.wakeups++;
			this.signal.notifyAll();
		}
	}

	private void loop() {
		while (this.running) {
			long seen;
			synchronized (this.signal) {
				seen = this.wakeups;
			}
			int done = 0;
			try {
				done = batch();
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				log.warn("A re-evaluation batch failed; it is retried (three tries per meeting): {}", ex.toString());
			}
			if (done == 0) {
				synchronized (this.signal) {
					if (this.wakeups == seen && this.running) {
						try {
							this.signal.wait(this.poll.toMillis());
						}
						catch (InterruptedException ex) {
							return;
						}
					}
				}
			}
		}
	}

	/** One batch: of the oldest staging ruleset if it has queued meetings, else with the active rules. */
	int batch() {
		Optional<Long> staging = this.queue.stagingTarget();
		if (staging.isPresent() && !this.rulesets.isEnded(staging.get())) {
			int done = stage(staging.get());
			if (done > 0) {
				return done;
			}
		}
		return reevaluate();
	}

	private int reevaluate() {
		List<Long> claimed = new ArrayList<>();
		try {
			Integer done = this.transaction.execute(status -> {
				claimed.addAll(this.queue.claim(ReevaluationQueue.ACTIVE, this.batchSize));
				if (claimed.isEmpty()) {
					return 0;
				}
				RuleSet rules = this.rulesets.activeForWrite();
				Map<String, ComplianceSettings> cache = new HashMap<>();
				for (StoredProtocol s : this.stored.read(claimed)) {
					RuleRunner.Evaluation evaluation = this.runner.evaluate(rules, s.municipality(), s.protocol(),
							settings(cache, s));
					this.findings.record(s.meetingId(), evaluation.findingsWithErrors(rules,
							ComplianceEngine.meetingKey(s.municipality(), s.protocol())), rules.version());
				}
				this.queue.done(ReevaluationQueue.ACTIVE, claimed, this.rulesets.node().id());
				return claimed.size();
			});
			return done == null ? 0 : done;
		}
		catch (RuntimeException ex) {
			failed(ReevaluationQueue.ACTIVE, claimed, ex);
			throw ex;
		}
	}

	private int stage(long id) {
		List<Long> claimed = new ArrayList<>();
		Integer done;
		try {
			done = this.transaction.execute(status -> {
				claimed.addAll(this.queue.claim(id, this.batchSize));
				if (claimed.isEmpty()) {
					return 0;
				}
				Optional<RulesetRepository.Stored> candidate = this.repository.find(id);
				if (candidate.isEmpty() || !"STAGING".equals(candidate.get().state())) {
					return 0;
				}
				RuleSet rules = this.rulesets.rulesFor(candidate.get());
				Map<String, ComplianceSettings> cache = new HashMap<>();
				Map<Long, List<Finding>> found = new LinkedHashMap<>();
				for (StoredProtocol s : this.stored.read(claimed)) {
					if (this.rulesets.isEnded(id) || !this.running) {
						return 0; // cancelled, failed or switched elsewhere; or this node is stopping
					}
					RuleRunner.Evaluation evaluation = this.runner.evaluate(rules, s.municipality(), s.protocol(),
							settings(cache, s));
					if (!evaluation.failures().isEmpty()) {
						String meeting = s.municipality() + ", " + s.protocol().bodyName() + ", " + s.protocol().meetingDate();
						this.rulesets.fail(id, evaluation.failures()
							.stream()
							.map(f -> StagingFailure.of(f, s.meetingId(), meeting))
							.toList());
						return claimed.size();
					}
					found.put(s.meetingId(), evaluation.findings());
				}
				if (!"STAGING".equals(this.repository.stateForShare(id).orElse(""))) {
					return 0;
				}
				this.findings.stage(id, found);
				this.queue.done(id, claimed, this.rulesets.node().id());
				return claimed.size();
			});
		}
		catch (RuntimeException ex) {
			failed(id, claimed, ex);
			throw ex;
		}
		if (done != null && done > 0 && !this.queue.anyQueued(id)) {
			this.rulesets.trySwitch(id);
		}
		return done == null ? 0 : done;
	}

	private void failed(long target, List<Long> claimed, RuntimeException ex) {
		if (claimed.isEmpty() || !this.running) {
			return;
		}
		try {
			this.transaction.executeWithoutResult(status -> this.queue.attemptFailed(target, claimed, ex.toString()));
		}
		catch (RuntimeException again) {
			log.warn("Could not count the failed attempt: {}", again.toString());
		}
	}

	private ComplianceSettings settings(Map<String, ComplianceSettings> cache, StoredProtocol s) {
		return cache.computeIfAbsent(s.municipality().toLowerCase(Locale.ROOT) + "|"
				+ s.protocol().bodyName().toLowerCase(Locale.ROOT),
				k -> this.settings.find(s.municipality(), s.protocol().bodyName()));
	}

}
