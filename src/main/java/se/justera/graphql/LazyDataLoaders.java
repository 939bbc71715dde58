package se.justera.graphql;

import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.observation.ObservationRegistry;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * The batch loaders of the {@code @BatchMapping}s are made for a request when one of its fields
 * first asks for one, not for every request: Spring for GraphQL makes a DataLoader for each of
 * them (some thirty) per request, which was an eighth of the CPU of a request that needs none (a
 * query answered as SQL, {@code { __typename }}; JFR).
 */
@Configuration(proxyBeanMethods = false)
class LazyDataLoaders {

	/** Spring for GraphQL's registry, whose loaders are registered into a {@link Deferred} registry when it is first used. */
	@Bean
	BatchLoaderRegistry batchLoaderRegistry() {
		DefaultBatchLoaderRegistry loaders = new DefaultBatchLoaderRegistry();
		return new BatchLoaderRegistry() {

			@Override
			public <K, V> RegistrationSpec<K, V> forTypePair(Class<K> keyType, Class<V> valueType) {
				return loaders.forTypePair(keyType, valueType);
			}

			@Override
			public <K, V> RegistrationSpec<K, V> forName(String name) {
				return loaders.forName(name);
			}

			@Override
			public boolean hasRegistrations() {
				return loaders.hasRegistrations();
			}

			@Override
			public void registerDataLoaders(DataLoaderRegistry registry, GraphQLContext context) {
				if (registry instanceof Deferred deferred) {
					deferred.onFirstUse(() -> loaders.registerDataLoaders(deferred, context));
				}
				else {
					loaders.registerDataLoaders(registry, context);
				}
			}

		};
	}

	/**
	 * Spring for GraphQL's observation of requests and fields, without its copy of every request's
	 * registry into a new one that wraps each loader for observation: the batch loads are not
	 * observed here ({@code graphql.dataloader} is off in application.yaml), and the copy made all the
	 * loaders of every request, and would take the deferred registry's place before it is filled.
	 */
	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObjectProvider<ObservationRegistry> observations) {
		return new GraphQlObservationInstrumentation(observations.getIfAvailable(() -> ObservationRegistry.NOOP)) {

			@Override
			public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
					InstrumentationState state) {
				return input;
			}

		};
	}

	/** Gives every request a {@link Deferred} registry, which Spring for GraphQL then fills (later). */
	@Bean
	WebGraphQlInterceptor deferredDataLoaders() {
		return new WebGraphQlInterceptor() {

			@Override
			public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
				request.configureExecutionInput((input, builder) -> builder.dataLoaderRegistry(new Deferred()).build());
				return chain.next(request);
			}

		};
	}

	/**
	 * A request's registry that registers its loaders when a field first asks for one; until then it
	 * is empty, and dispatching it does nothing.
	 */
	static final class Deferred extends DataLoaderRegistry {

		private Runnable registration;

		private boolean registering;

		synchronized void onFirstUse(Runnable registration) {
			this.registration = registration;
		}

		private synchronized void register() {
			if (this.registration != null && !this.registering) {
				this.registering = true;
				try {
					this.registration.run();
				}
				finally {
					this.registration = null;
					this.registering = false;
				}
			}
		}

		@Override
		public <K, V> DataLoader<K, V> getDataLoader(String key) {
			register();
			return super.getDataLoader(key);
		}

		@Override
		public <K, V> DataLoader<K, V> computeIfAbsent(String key, Function<String, DataLoader<?, ?>> mappingFunction) {
			register();
			return super.computeIfAbsent(key, mappingFunction);
		}

	}

}
