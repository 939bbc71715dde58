package se.justera.graphql;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTests {

	/** A request that counts how often it was stopped. */
	private static class Request implements Deadlines.Running {

		final long deadline;

		final AtomicInteger stops = new AtomicInteger();

		final CountDownLatch stopped = new CountDownLatch(1);

		Request(long deadline) {
			this.deadline = deadline;
		}

		@Override
		public long deadline() {
			return this.deadline;
		}

		@Override
		public void stop() {
			this.stops.incrementAndGet();
			this.stopped.countDown();
		}

	}

	@Test
	void aSweepStopsOnlyTheRequestsPastTheirDeadlineAndForgetsThem() {
		try (Deadlines deadlines = new Deadlines("test-sweeper", Duration.ofHours(1))) {
			long now = System.nanoTime();
			Request late = new Request(now - 1);
			Request inTime = new Request(now + TimeUnit.SECONDS.toNanos(30));
			deadlines.add(late);
			deadlines.add(inTime);

			deadlines.sweep(now);
			deadlines.sweep(now);

			assertThat(late.stops).hasValue(1);
			assertThat(inTime.stops).hasValue(0);
			assertThat(deadlines.size()).isEqualTo(1);
		}
	}

	@Test
	void aRemovedRequestIsNotStopped() {
		try (Deadlines deadlines = new Deadlines("test-sweeper", Duration.ofHours(1))) {
			long now = System.nanoTime();
			Request finished = new Request(now - 1);
			deadlines.add(finished);
			deadlines.remove(finished);

			deadlines.sweep(now);

			assertThat(finished.stops).hasValue(0);
			assertThat(deadlines.size()).isZero();
		}
	}

	@Test
	void aRequestThatFailsToStopDoesNotKeepTheOthersRunning() {
		try (Deadlines deadlines = new Deadlines("test-sweeper", Duration.ofHours(1))) {
			long now = System.nanoTime();
			Request other = new Request(now - 1);
			deadlines.add(new Request(now - 1) {
				@Override
				public void stop() {
					throw new IllegalStateException("cannot stop");
				}
			});
			deadlines.add(other);

			deadlines.sweep(now);

			assertThat(other.stops).hasValue(1);
			assertThat(deadlines.size()).isZero();
		}
	}

	@Test
	void theSweeperThreadStopsARequestPastItsDeadline() throws InterruptedException {
		try (Deadlines deadlines = new Deadlines("test-sweeper", Duration.ofMillis(5))) {
			Request late = new Request(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));
			deadlines.add(late);

			boolean stopped = late.stopped.await(10, TimeUnit.SECONDS);

			assertThat(stopped).isTrue();
			assertThat(deadlines.size()).isZero();
		}
	}

}
