package se.justera.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The persisted queries' cache is bounded: beyond it the least recently used hash is forgotten, and the client is told to resend. */
class PersistedQueryCacheTests {

	private final AtomicInteger parsed = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	@Test
	void aKnownHashIsServedWithoutParsingAndTheOldestIsForgottenBeyondTheBound() throws Exception {
		DocumentCache cache = new DocumentCache(10, 1);

		cache.getDocumentAsync(input("{ a }", true), this.parse).join();
		PreparsedDocumentEntry known = cache.getDocumentAsync(input("{ a }", false), this.parse).join();
		cache.getDocumentAsync(input("{ b }", true), this.parse).join();
		PreparsedDocumentEntry forgotten = cache.getDocumentAsync(input("{ a }", false), this.parse).join();

		assertThat(known.hasErrors()).isFalse();
		assertThat(this.parsed).as("parses: one per query sent with its text").hasValue(2);
		assertThat(forgotten.getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).isEqualTo("PersistedQueryNotFound"));
	}

	/** A request with the hash, and with the query text too when {@code withQuery}. */
	private static ExecutionInput input(String query, boolean withQuery) throws Exception {
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
		return ExecutionInput.newExecutionInput()
			.query(withQuery ? query : PersistedQuerySupport.PERSISTED_QUERY_MARKER)
			.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))
			.build();
	}

}
