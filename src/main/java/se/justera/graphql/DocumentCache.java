package se.justera.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder;
import org.springframework.stereotype.Component;

/**
 * Keeps the parsed and validated form of the most recently used query documents, so a client that
 * sends the same document with new variables (what front ends do) skips parsing and validation:
 * a tenth of the CPU of a meeting-detail request. Documents with errors are not kept. The limits
 * on depth and complexity still apply to every execution: they run at execution, not validation.
 */
@Component
class DocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	private final Map<String, PreparsedDocumentEntry> entries;

	/** Automatic persisted queries (Apollo's protocol), by hash, in a bounded cache of their own. */
	private final ApolloPersistedQuerySupport persisted;

	DocumentCache(@Value("${justera.graphql.document-cache-size:500}") int size,
			@Value("${justera.graphql.persisted-queries.max-entries:1000}") int persistedSize) {
		this.persisted = new ApolloPersistedQuerySupport(new PersistedQueries(persistedSize));
		this.entries = new LinkedHashMap<>(size * 4 / 3 + 1, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > size;
			}
		};
	}

	@Override
	public void customize(SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	/**
	 * A request with {@code extensions.persistedQuery} goes through APQ: a hash alone is looked up
	 * (unknown: PersistedQueryNotFound, so that the client sends the query with it); a query with
	 * its hash is checked against the hash (a mismatch is refused) and kept.
	 */
	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		if (input.getExtensions() != null && input.getExtensions().get("persistedQuery") instanceof Map) {
			return this.persisted.getDocumentAsync(input, parseAndValidate).thenApply(entry -> refuseMutationByGet(input, entry));
		}
		String key = input.getOperationName() + "\n" + input.getQuery();
		PreparsedDocumentEntry entry;
		synchronized (this.entries) {
			entry = this.entries.get(key);
		}
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				synchronized (this.entries) {
					this.entries.put(key, entry);
				}
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** A GET's persisted document that turns out to be a mutation: refused (GET changes nothing, see GetRequests). */
	private static PreparsedDocumentEntry refuseMutationByGet(ExecutionInput input, PreparsedDocumentEntry entry) {
		if (entry.hasErrors() || !Boolean.TRUE.equals(input.getGraphQLContext().get(GetRequests.GET))) {
			return entry;
		}
		boolean mutation = entry.getDocument()
			.getDefinitionsOfType(graphql.language.OperationDefinition.class)
			.stream()
			.anyMatch(o -> o.getOperation() != graphql.language.OperationDefinition.Operation.QUERY
					&& (input.getOperationName() == null || input.getOperationName().equals(o.getName())));
		return mutation ? new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
			.message("A mutation is sent with POST: GET is for queries only")
			.errorType(graphql.ErrorType.OperationNotSupported)
			.extensions(Map.of("code", "METHOD_NOT_ALLOWED"))
			.build()) : entry;
	}

	/** The persisted queries by hash and operation, the least recently used dropped beyond the bound. */
	private static final class PersistedQueries implements PersistedQueryCache {

		private final Map<String, PreparsedDocumentEntry> byHash;

		PersistedQueries(int size) {
			this.byHash = new LinkedHashMap<>(Math.min(size, 1024) * 4 / 3 + 1, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
					return size() > size;
				}
			};
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object id, ExecutionInput input,
				PersistedQueryCacheMiss onMiss) {
			String key = id + "\n" + input.getOperationName();
			PreparsedDocumentEntry entry;
			synchronized (this.byHash) {
				entry = this.byHash.get(key);
			}
			if (entry == null) {
				// the request has the hash only (its query is the marker): onMiss throws PersistedQueryNotFound
				String query = input.getQuery();
				entry = onMiss.apply(PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query) ? null : query);
				if (!entry.hasErrors()) {
					synchronized (this.byHash) {
						this.byHash.put(key, entry);
					}
				}
			}
			return CompletableFuture.completedFuture(entry);
		}

	}

	int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

}
