package se.justera.jdbc;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * What the current thread is working for: a request's deadline, so that each statement gets the
 * time the request has left as its timeout (pgjdbc cancels it then), and which connection pool
 * it draws from. Reading requests take the read pool, so that imports and rule work, on the write
 * pool, can never take the connections anonymous readers need. Work with no request behind it
 * (commands, rule reloads) has no deadline and writes.
 */
@Component
public class RequestWork {

	/** The two bulkheads: connections for anonymous reads, and for everything else. */
	public enum Pool {
		READ, WRITE
	}

	private record Work(long deadlineNanos, Pool pool) {
	}

	private static final long NO_DEADLINE = Long.MAX_VALUE;

	private final ThreadLocal<Work> current = new ThreadLocal<>();

	/** Marks this thread as serving a reading request until {@link #end()}. */
	public void beginReading() {
		this.current.set(new Work(deadline(), Pool.READ));
	}

	/** Gives this thread's request a deadline, in System.nanoTime(). */
	public void deadline(long deadlineNanos) {
		this.current.set(new Work(deadlineNanos, pool()));
	}

	/** Runs {@code work} on the write pool, keeping the request's deadline. */
	public <T> T writing(Supplier<T> work) {
		Work before = this.current.get();
		this.current.set(new Work(deadline(), Pool.WRITE));
		try {
			return work.get();
		}
		finally {
			this.current.set(before);
		}
	}

	public void end() {
		this.current.remove();
	}

	public Pool pool() {
		Work work = this.current.get();
		return work == null ? Pool.WRITE : work.pool();
	}

	/** Nanoseconds the request has left; {@link Long#MAX_VALUE} without a deadline. */
	public long nanosLeft() {
		long deadline = deadline();
		return deadline == NO_DEADLINE ? Long.MAX_VALUE : deadline - System.nanoTime();
	}

	private long deadline() {
		Work work = this.current.get();
		return work == null ? NO_DEADLINE : work.deadlineNanos();
	}

}
