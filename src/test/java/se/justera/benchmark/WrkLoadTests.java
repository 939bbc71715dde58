package se.justera.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The benchmark's wrk load: real wrk against a small real HTTP server, and the reading of its report. */
class WrkLoadTests {

	private HttpServer server;

	private final AtomicLong answered = new AtomicLong();

	private final Set<String> bodies = ConcurrentHashMap.newKeySet();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/graphql", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.bodies.add(body);
			byte[] answer = (body.contains("broken") ? "{\"errors\":[{\"message\":\"no\"}]}" : "{\"data\":{\"x\":1}}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
			this.answered.incrementAndGet();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/graphql");
	}

	@Test
	void aRunSendsEveryBodyAndCountsWhatTheServerAnswered() throws Exception {
		assumeTrue(WrkLoad.available(), "wrk is not installed here (apt-get install wrk)");
		List<String> sent = List.of("{\"query\":\"{ a }\"}", "{\"query\":\"{ b }\"}", "{\"query\":\"{ c }\"}");

		BenchmarkClient.Turn turn;
		try (WrkLoad load = new WrkLoad(uri(), 2, sent)) {
			turn = load.run(1_000_000_000L);
		}

		assertThat(this.bodies).containsExactlyInAnyOrderElementsOf(sent);
		// requests still in flight when wrk stops are answered but not counted: at most one per connection
		assertThat((long) turn.latencies().length).isPositive().isBetween(this.answered.get() - 2, this.answered.get());
		assertThat(turn.nanos()).isBetween(900_000_000L, 2_000_000_000L);
	}

	@Test
	void aResponseWithGraphQlErrorsFailsTheRun() throws Exception {
		assumeTrue(WrkLoad.available(), "wrk is not installed here (apt-get install wrk)");

		try (WrkLoad load = new WrkLoad(uri(), 2, List.of("{\"query\":\"{ broken }\"}"))) {
			assertThatThrownBy(() -> load.run(1_000_000_000L)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("with GraphQL errors")
				.hasMessageNotContaining(" 0 with GraphQL errors");
		}
	}

	@Test
	void theLatenciesOfARunAreRebuiltFromItsQuantiles() {
		String quantiles = IntStream.rangeClosed(1, 1000).mapToObj(i -> String.valueOf(i * 10)).collect(Collectors.joining(" "));

		BenchmarkClient.Turn turn = WrkLoad.parse("Running 1s test\nJUSTERA-WRK 4000 2000000 0 0 0 " + quantiles + "\n");

		assertThat(turn.latencies()).hasSize(4000).isSorted();
		assertThat(turn.latencies()[2000]).isEqualTo(5_010_000L); // the 50.1 % quantile, 5 010 µs
		assertThat(turn.rate()).isEqualTo(2000.0);
	}

	@Test
	void aReportWithRefusedRequestsIsAnError() {
		String quantiles = "1 ".repeat(1000).strip();

		assertThatThrownBy(() -> WrkLoad.parse("JUSTERA-WRK 100 1000000 3 0 0 " + quantiles))
			.hasMessageContaining("3 not 200");
	}

}
