package se.justera;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test helper: re-evaluation is queued and done by the nodes' workers off the request thread, so a
 * test that looks at findings after a configuration change or a reload waits for the queue.
 */
public final class Reevaluations {

	private Reevaluations() {
	}

	/** Waits (at most a generous minute) until no meeting is queued for re-evaluation or staging. */
	public static void awaitIdle(JdbcClient jdbc) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (jdbc.sql("select count(*) from reevaluation where state = 'QUEUED'").query(Integer.class).single() > 0
				|| jdbc.sql("select count(*) from ruleset where state = 'STAGING'").query(Integer.class).single() > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The re-evaluation queue did not drain within a minute");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
