package se.justera.graphql;

import java.util.Map;

import graphql.GraphQLContext;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's batch loaders are made when a field first asks for one, and only then. */
class LazyDataLoadersTests {

	private final BatchLoaderRegistry loaders = new LazyDataLoaders().batchLoaderRegistry();

	LazyDataLoadersTests() {
		this.loaders.<Long, String>forName("Meeting.body").registerMappedBatchLoader((keys, env) -> Mono.just(Map.of()));
		this.loaders.<Long, String>forName("Body.municipality").registerMappedBatchLoader((keys, env) -> Mono.just(Map.of()));
	}

	@Test
	void aRequestThatAsksForNoLoaderHasNone() {
		LazyDataLoaders.Deferred registry = new LazyDataLoaders.Deferred();

		this.loaders.registerDataLoaders(registry, GraphQLContext.newContext().build());

		assertThat(registry.getKeys()).isEmpty();
	}

	@Test
	void theFirstLoaderAskedForMakesThemAll() {
		LazyDataLoaders.Deferred registry = new LazyDataLoaders.Deferred();
		this.loaders.registerDataLoaders(registry, GraphQLContext.newContext().build());

		Object loader = registry.getDataLoader("Body.municipality");

		assertThat(loader).isNotNull();
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("Meeting.body", "Body.municipality");
	}

}
