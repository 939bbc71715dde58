package se.justera.graphql;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests running now, each with its deadline, and one thread that sweeps them every
 * {@code period} and stops those past it. It replaced one timer task per request: a
 * {@code ScheduledThreadPoolExecutor} takes its queue's lock to schedule and again to cancel, and
 * wakes its thread whenever the new alarm is the first, which was 2 to 3 % of an empty query's CPU
 * (JFR); adding to and removing from a concurrent set takes no common lock. A request is stopped at
 * most one period late; {@link RequestGuard} checks the deadline as every field completes besides.
 */
final class Deadlines implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Deadlines.class);

	/** What is swept: a request's deadline ({@link System#nanoTime()}) and how to stop it. */
	interface Running {

		long deadline();

		void stop();

	}

	private final Set<Running> running = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService sweeper;

	/** Sweeps on a daemon thread of this name every period. */
	Deadlines(String threadName, Duration period) {
		this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, threadName);
			thread.setDaemon(true);
			return thread;
		});
		long nanos = Math.max(period.toNanos(), TimeUnit.MILLISECONDS.toNanos(1));
		this.sweeper.scheduleWithFixedDelay(() -> sweep(System.nanoTime()), nanos, nanos, TimeUnit.NANOSECONDS);
	}

	void add(Running request) {
		this.running.add(request);
	}

	void remove(Running request) {
		this.running.remove(request);
	}

	/** The requests running now. */
	int size() {
		return this.running.size();
	}

	/** Stops and forgets every request whose deadline is before {@code now}. */
	void sweep(long now) {
		for (Running request : this.running) {
			if (now - request.deadline() > 0 && this.running.remove(request)) {
				try {
					request.stop();
				}
				catch (RuntimeException ex) {
					// one request's failure to stop must not end the sweeps of all the others
					log.warn("A request past its deadline could not be stopped", ex);
				}
			}
		}
	}

	@Override
	public void close() {
		this.sweeper.shutdownNow();
	}

}
