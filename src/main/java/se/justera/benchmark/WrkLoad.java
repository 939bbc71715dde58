package se.justera.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Load from wrk (Debian's {@code wrk} package), the tool the speed issue was measured with: its
 * clients are C on an event loop and take less of the two cores than this JVM's clients, so more
 * of them is left to the servers being compared. The request bodies are made beforehand, in the
 * order the JVM's clients would send them, and wrk cycles through them; a response that is not 200
 * or that holds GraphQL {@code errors} fails the run, as it does for the JVM's clients.
 */
final class WrkLoad implements AutoCloseable {

	/** Latency quantiles wrk reports per run, every 0.1 %, from which a run's latencies are rebuilt. */
	private static final int QUANTILES = 1000;

	private final URI uri;

	private final int clients;

	private final Path script;

	WrkLoad(URI uri, int clients, List<String> bodies) throws IOException {
		this.uri = uri;
		this.clients = clients;
		this.script = Files.createTempFile("justera-wrk-", ".lua");
		this.script.toFile().deleteOnExit(); // also when a run fails before close
		Files.writeString(this.script, script(bodies), StandardCharsets.UTF_8);
	}

	/** Whether wrk can be run here. */
	static boolean available() {
		try {
			Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** One run of about the given time (whole seconds, at least one): its latencies, sorted, and its duration. */
	BenchmarkClient.Turn run(long nanos) throws IOException, InterruptedException {
		long seconds = Math.max(1, Math.round(nanos / 1e9));
		Process process = new ProcessBuilder("wrk", "-t", String.valueOf(Math.min(2, this.clients)), "-c",
				String.valueOf(this.clients), "-d", seconds + "s", "--timeout", "30s", "-s", this.script.toString(),
				this.uri.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return parse(output);
	}

	/**
	 * wrk's report as written by the script's {@code done}: "JUSTERA-WRK requests durationMicros
	 * badStatus socketErrors graphQlErrors" then the latency quantiles in microseconds.
	 */
	static BenchmarkClient.Turn parse(String output) {
		String line = output.lines()
			.filter(l -> l.startsWith("JUSTERA-WRK "))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("wrk gave no report: " + output));
		String[] fields = line.split(" ");
		long requests = Long.parseLong(fields[1]);
		long micros = Long.parseLong(fields[2]);
		long badStatus = Long.parseLong(fields[3]);
		long socketErrors = Long.parseLong(fields[4]);
		long graphQlErrors = Long.parseLong(fields[5]);
		if (badStatus + socketErrors + graphQlErrors > 0 || requests == 0) {
			throw new IllegalStateException("wrk: " + requests + " requests, " + badStatus + " not 200, " + socketErrors
					+ " socket errors, " + graphQlErrors + " with GraphQL errors");
		}
		long[] quantiles = new long[QUANTILES];
		for (int i = 0; i < QUANTILES; i++) {
			quantiles[i] = Math.round(Double.parseDouble(fields[6 + i]) * 1000);
		}
		long[] latencies = new long[(int) Math.min(requests, Integer.MAX_VALUE - 8)];
		for (int j = 0; j < latencies.length; j++) {
			latencies[j] = quantiles[(int) Math.min(QUANTILES - 1, (long) j * QUANTILES / latencies.length)];
		}
		return new BenchmarkClient.Turn(latencies, micros * 1000);
	}

	private static String script(List<String> bodies) {
		StringBuilder lua = new StringBuilder("local bodies = {\n");
		for (String body : bodies) {
			// a long bracket no body contains
			lua.append("[==[").append(body.replace("]==]", "]==] .. \"]==]\" .. [==[")).append("]==],\n");
		}
		lua.append("""
				}
				local threads = {}
				local counter = 0
				function setup(thread)
				  counter = counter + 1
				  thread:set("first", counter)
				  table.insert(threads, thread)
				end
				local next = 0
				graphQlErrors = 0
				local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
				function init(args)
				  -- the threads start at different places in the bodies, as the JVM's clients draw different inputs
				  next = (first - 1) * math.floor(#bodies / 2)
				end
				function request()
				  next = next % #bodies + 1
				  return wrk.format("POST", nil, headers, bodies[next])
				end
				function response(status, headers, body)
				  if string.find(body, '"errors"', 1, true) then graphQlErrors = graphQlErrors + 1 end
				end
				function done(summary, latency, requests)
				  local errors = 0
				  for _, thread in ipairs(threads) do errors = errors + thread:get("graphQlErrors") end
				  local e = summary.errors
				  local out = { "JUSTERA-WRK", summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout, errors }
				  for i = 1, 1000 do table.insert(out, latency:percentile(i / 10)) end
				  io.write(table.concat(out, " "), "\\n")
				end
				""");
		return lua.toString();
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.script);
	}

}
