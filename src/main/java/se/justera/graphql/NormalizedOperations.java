package se.justera.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.execution.ValuesResolver;
import graphql.language.Directive;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import org.springframework.stereotype.Component;

/**
 * The top-level fields of a request's normalized operation (graphql-java's
 * {@link ExecutableNormalizedOperation}), which the cost walk ({@link QueryCost}) and the SQL path
 * ({@link SqlExecution}) read. graphql-java makes it anew for every request: a tenth of a
 * meeting-detail request's CPU (JFR). Here it is made once for each operation of a kept document
 * ({@link DocumentCache} hands out the same parsed document for the same text) and copied for each
 * request, with the arguments that take variables resolved from that request's variables.
 * <p>
 * Not kept, so made per request as before: an operation whose {@code @skip} or {@code @include}
 * takes a variable (the variables then change which fields there are), and one of more than
 * {@value #MAX_FIELDS} fields (so that a few hundred kept documents cannot fill the heap).
 */
@Component
class NormalizedOperations {

	/** Front ends' queries have tens of fields; a document that makes more is normalized per request. */
	static final int MAX_FIELDS = 200;

	private static final String KEY = "justera.normalizedFields";

	/** By the parsed operation, by identity: gone with its document once no cache holds it. */
	private final Map<OperationDefinition, Template> templates = Collections.synchronizedMap(new WeakHashMap<>());

	/** The request's top-level normalized fields, made once per request. */
	List<ExecutableNormalizedField> topLevelFields(ExecutionContext execution) {
		GraphQLContext context = execution.getGraphQLContext();
		List<ExecutableNormalizedField> known = context.get(KEY);
		if (known == null) {
			known = make(execution);
			context.put(KEY, known);
		}
		return known;
	}

	/** Operations kept now (for tests). */
	int size() {
		return this.templates.size();
	}

	private List<ExecutableNormalizedField> make(ExecutionContext execution) {
		OperationDefinition operation = execution.getOperationDefinition();
		Template template = this.templates.get(operation);
		if (template == null) {
			ExecutableNormalizedOperation made = execution.getNormalizedQueryTree().get();
			if (made.getOperationFieldCount() > MAX_FIELDS || variableBelow(operation, false)
					|| execution.getFragmentsByName().values().stream().anyMatch(f -> variableBelow(f, false))) {
				return made.getTopLevelFields();
			}
			Set<ExecutableNormalizedField> withVariables = Collections.newSetFromMap(new IdentityHashMap<>());
			made.getTopLevelFields().forEach(field -> collectWithVariables(field, withVariables));
			template = new Template(made.getTopLevelFields(), withVariables);
			this.templates.put(operation, template);
			return template.fields();
		}
		if (template.withVariables().isEmpty()) {
			return template.fields(); // nothing in it depends on the request: read by all, changed by none
		}
		List<ExecutableNormalizedField> copies = new ArrayList<>(template.fields().size());
		for (ExecutableNormalizedField field : template.fields()) {
			copies.add(copy(field, null, template.withVariables(), execution.getGraphQLSchema(),
					execution.getCoercedVariables()));
		}
		return copies;
	}

	/**
	 * The field and everything below it, the arguments of those that take variables resolved as
	 * graphql-java's factory resolves them: by its {@link ValuesResolver} (internal to graphql-java,
	 * so NormalizedOperationsTests compares the copy with the factory's tree), with the default
	 * context and locale that {@link ExecutionContext} gives the factory.
	 */
	private static ExecutableNormalizedField copy(ExecutableNormalizedField field, ExecutableNormalizedField parent,
			Set<ExecutableNormalizedField> withVariables, GraphQLSchema schema, CoercedVariables variables) {
		Map<String, Object> arguments = withVariables.contains(field)
				? ValuesResolver.getArgumentValues(field.getFieldDefinitions(schema).get(0).getArguments(),
						field.getAstArguments(), variables, GraphQLContext.getDefault(), Locale.getDefault())
				: field.getResolvedArguments();
		ExecutableNormalizedField copy = field.transform(builder -> builder.parent(parent)
			.resolvedArguments(arguments)
			.children(List.of()));
		for (ExecutableNormalizedField child : field.getChildren()) {
			copy.addChild(copy(child, copy, withVariables, schema, variables));
		}
		return copy;
	}

	/** The field and those below it whose arguments take a variable. */
	private static void collectWithVariables(ExecutableNormalizedField field, Set<ExecutableNormalizedField> into) {
		if (field.getAstArguments().stream().anyMatch(argument -> variableBelow(argument, true))) {
			into.add(field);
		}
		field.getChildren().forEach(child -> collectWithVariables(child, into));
	}

	/**
	 * Whether a variable is referenced below the node where it counts: anywhere once {@code counted},
	 * otherwise only inside a directive ({@code @skip(if: $x)}).
	 */
	private static boolean variableBelow(Node<?> node, boolean counted) {
		if (node instanceof VariableReference) {
			return counted;
		}
		boolean below = counted || node instanceof Directive;
		for (Node<?> child : node.getChildren()) {
			if (variableBelow(child, below)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The first request's top-level fields and, by identity, the fields whose arguments take a
	 * variable (resolved again in each request's copy; none: the fields are shared).
	 */
	private record Template(List<ExecutableNormalizedField> fields, Set<ExecutableNormalizedField> withVariables) {
	}

}
