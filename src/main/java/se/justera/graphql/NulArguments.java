package se.justera.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses a NUL character (U+0000) in any string argument, nested inputs and lists included, as
 * BAD_USER_INPUT naming the argument: PostgreSQL text cannot hold it, and without this check it
 * surfaced as INTERNAL_ERROR from the database driver. Protocol texts are left to the parser, which
 * refuses every control character as INVALID_PROTOCOL with its line.
 */
@Component
@Order(0) // inside MutationAudit's wrapper, so that its refusals are audited
class NulArguments extends SimplePerformantInstrumentation {

	private static final Set<String> PROTOCOL_TEXTS = Set.of("importProtocol.input.text", "checkProtocol.input.text",
			"correctProtocol.input.text");

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return dataFetcher; // a property of an object already fetched: no arguments reach the database
		}
		DataFetchingEnvironment environment = parameters.getEnvironment();
		if (environment.getFieldDefinition().getArguments().isEmpty()) {
			return dataFetcher; // most fields: nothing to look at
		}
		String field = environment.getField().getName();
		for (Map.Entry<String, Object> argument : environment.getArguments().entrySet()) {
			String path = find(field, argument.getKey(), argument.getValue());
			if (path != null) {
				return refused -> {
					throw InvalidArgumentException.keyed("argument.nul", path);
				};
			}
		}
		return dataFetcher;
	}

	/** The path of the first string holding a NUL, e.g. filter.municipality, or null. */
	private static String find(String field, String path, Object value) {
		if (value instanceof String text) {
			return text.indexOf('\u0000') >= 0 && !PROTOCOL_TEXTS.contains(field + "." + path) ? path : null;
		}
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String found = find(field, path + "." + entry.getKey(), entry.getValue());
				if (found != null) {
					return found;
				}
			}
		}
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				String found = find(field, path + "[" + i + "]", list.get(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
