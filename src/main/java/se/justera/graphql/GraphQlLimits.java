package se.justera.graphql;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one GraphQL request may take (justera.graphql.*): each limit is refused with its own
 * {@code extensions.code}. The defaults are in application.yaml and the README.
 *
 * @param maxDepth deepest nesting of fields (QUERY_TOO_DEEP)
 * @param maxComplexity most fields in the document (QUERY_TOO_COMPLEX)
 * @param maxDocumentCharacters longest query document (QUERY_TOO_LARGE)
 * @param maxRequestBytes largest request body, counted as it is read (HTTP 413, REQUEST_TOO_LARGE)
 * @param timeout longest a request may run (TIMEOUT), checked at every field and its statements cancelled
 * @param maxResultNodes most values a response may hold, counted while it runs (RESPONSE_TOO_LARGE)
 * @param maxResponseCharacters most characters of text a response may hold (RESPONSE_TOO_LARGE)
 * @param cost the cost model checked before a query runs (QUERY_TOO_COSTLY)
 * @param anonymous what one anonymous client may spend (RATE_LIMITED, SERVER_BUSY)
 */
@ConfigurationProperties("justera.graphql")
public record GraphQlLimits(int maxDepth, int maxComplexity, int maxDocumentCharacters, long maxRequestBytes,
		Duration timeout, int maxResultNodes, long maxResponseCharacters, Cost cost, Anonymous anonymous) {

	/**
	 * @param budget the most a query may cost, in values it can produce
	 * @param defaultListBound the size assumed for an unpaged list without a bound of its own
	 * @param listBounds sizes assumed for unpaged lists, by Type.field
	 * @param weights the cost of one resolution of a field that makes PostgreSQL work, by Type.field
	 */
	public record Cost(long budget, int defaultListBound, Map<String, Integer> listBounds, Map<String, Integer> weights) {

		public QueryCost model() {
			return new QueryCost(this.budget, this.defaultListBound, this.listBounds, this.weights);
		}

	}

	/**
	 * Per anonymous client (its address; behind a proxy set server.forward-headers-strategy=native).
	 *
	 * @param requestsPerSecond requests a client may send per second, on average
	 * @param requestBurst requests a client may send at once
	 * @param costPerMinute query cost a client may spend per minute
	 * @param maxConcurrent anonymous requests running at once, over all clients; unset, two per
	 *        processor (at least 4): more running at once only queue for the cores, where PostgreSQL
	 *        runs too, and a request's wait there becomes the tail (README, seventh round)
	 * @param queueTimeout how long a request waits for a free place before SERVER_BUSY
	 */
	public record Anonymous(double requestsPerSecond, int requestBurst, long costPerMinute, Integer maxConcurrent,
			Duration queueTimeout) {

		public Anonymous {
			if (maxConcurrent == null) {
				maxConcurrent = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
			}
		}

	}

}
