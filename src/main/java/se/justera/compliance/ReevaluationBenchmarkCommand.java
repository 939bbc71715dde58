package se.justera.compliance;

import java.io.PrintStream;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code benchmark-reevaluation}: queues every stored meeting for re-evaluation with the active
 * rules and waits until the queue is empty, printing the time, the rate and how many meetings
 * each node did. Every node running against the database takes part (this process too, unless
 * started with --justera.reevaluation.workers=0). A benchmark, not a test.
 */
@Component
@ConditionalOnProperty(name = "justera.command", havingValue = "benchmark-reevaluation")
class ReevaluationBenchmarkCommand implements ApplicationRunner {

	private final ReevaluationQueue queue;

	private final RulesetRepository rulesets;

	private final TransactionTemplate transaction;

	private final PrintStream out = System.out;

	ReevaluationBenchmarkCommand(ReevaluationQueue queue, RulesetRepository rulesets, PlatformTransactionManager transactions) {
		this.queue = queue;
		this.rulesets = rulesets;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments arguments) throws InterruptedException {
		this.out.printf("re-evaluation: %d meetings, %.1f s, %.0f meetings/s%n", (Object[]) measure());
	}

	/** Queues every meeting, waits for the queue to drain; returns meetings, seconds and rate. */
	Object[] measure() throws InterruptedException {
		long start = System.nanoTime();
		int queued = this.transaction.execute(status -> {
			this.rulesets.lockShared();
			int count = this.queue.queueAll(ReevaluationQueue.ACTIVE, "benchmark");
			this.rulesets.notifyWork();
			return count;
		});
		this.out.printf("queued %d meetings%n", queued);
		long lastPrint = System.nanoTime();
		while (true) {
			ReevaluationQueue.Progress progress = this.queue.progress(ReevaluationQueue.ACTIVE);
			if (progress.queued() == 0) {
				break;
			}
			if (System.nanoTime() - lastPrint > 10_000_000_000L) {
				lastPrint = System.nanoTime();
				this.out.printf("  %d done, %d queued (%.0f s)%n", progress.done(), progress.queued(),
						(System.nanoTime() - start) / 1e9);
			}
			Thread.sleep(200);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		for (Map.Entry<String, Integer> node : this.queue.doneByNode().entrySet()) {
			this.out.printf("  node %s: %d meetings%n", node.getKey(), node.getValue());
		}
		return new Object[] { queued, seconds, queued / seconds };
	}

}
