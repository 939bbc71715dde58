package se.justera.meeting;

import java.util.Set;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import org.springframework.stereotype.Component;

/**
 * Answers a meeting's field from what the meeting's statement read ({@link Prefetched}), and runs
 * the field's own fetcher (its batch loader) when it did not. Only fields of Meeting that some
 * {@link MeetingPart} reads are wrapped.
 */
@Component
class PrefetchedFieldInstrumentation extends SimplePerformantInstrumentation {

	private final Set<String> fields;

	PrefetchedFieldInstrumentation(MeetingParts parts) {
		this.fields = Set.copyOf(parts.fields());
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (!(parameters.getEnvironment().getParentType() instanceof GraphQLObjectType parent)
				|| !parent.getName().equals("Meeting") || !this.fields.contains(parameters.getField().getName())) {
			return dataFetcher;
		}
		return environment -> {
			String key = environment.getField().getResultKey();
			if (environment.getLocalContext() instanceof Prefetched prefetched && prefetched.has(key)) {
				return DataFetcherResult.newResult().data(prefetched.get(key)).localContext(Prefetched.NONE).build();
			}
			return dataFetcher.get(environment);
		};
	}

}
