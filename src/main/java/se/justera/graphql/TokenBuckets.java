package se.justera.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client: it holds up to {@code capacity} and refills at {@code perSecond}. A
 * client that takes more than it has is told how long to wait. The map is bounded: when it grows
 * past {@code maxClients}, buckets that have refilled to the brim (clients gone quiet) are dropped,
 * so a flood of addresses costs memory only for the clients still spending.
 */
final class TokenBuckets {

	private final double capacity;

	private final double perNano;

	private final int maxClients;

	private final LongSupplier clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	TokenBuckets(double capacity, double perSecond, int maxClients, LongSupplier nanoClock) {
		this.capacity = capacity;
		this.perNano = perSecond / 1e9;
		this.maxClients = maxClients;
		this.clock = nanoClock;
	}

	/** Takes {@code amount} from the client's bucket: 0 when granted, else the seconds to wait (at least 1). */
	long take(String client, double amount) {
		if (this.buckets.size() > this.maxClients) {
			long now = this.clock.getAsLong();
			this.buckets.values().removeIf(bucket -> bucket.level(now) >= this.capacity);
		}
		Bucket bucket = this.buckets.computeIfAbsent(client, key -> new Bucket(this.capacity, this.clock.getAsLong()));
		synchronized (bucket) {
			long now = this.clock.getAsLong();
			double level = bucket.level(now);
			if (level >= amount) {
				bucket.set(level - amount, now);
				return 0;
			}
			bucket.set(level, now);
			return Math.max(1, (long) Math.ceil((amount - level) / this.perNano / 1e9));
		}
	}

	private final class Bucket {

		private double tokens;

		private long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

		synchronized double level(long now) {
			return Math.min(TokenBuckets.this.capacity, this.tokens + (now - this.at) * TokenBuckets.this.perNano);
		}

		synchronized void set(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

	}

}
