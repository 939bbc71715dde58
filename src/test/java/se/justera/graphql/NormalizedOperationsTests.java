package se.justera.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.RawVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The normalized operation kept per document: each request sees its own variables' values, the
 * same as graphql-java's factory gives; operations whose fields hang on a variable are not kept.
 * Real executions of graphql-java on a small schema, the document parsed once as {@link DocumentCache} does.
 */
class NormalizedOperationsTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
			type Query { item(id: ID!): Item  items(first: Int = 20, filter: Filter): [Item] }
			input Filter { year: Int  names: [String!]  since: Filter }
			type Item { id: ID  name(upper: Boolean = false): String  children(first: Int): [Item] }
			"""), RuntimeWiring.MOCKED_WIRING);

	private final NormalizedOperations operations = new NormalizedOperations();

	/** What each execution saw, in order. */
	private final List<List<ExecutableNormalizedField>> seen = new ArrayList<>();

	private final GraphQL graphQl = GraphQL.newGraphQL(SCHEMA)
		.instrumentation(new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				NormalizedOperationsTests.this.seen.add(NormalizedOperationsTests.this.operations
					.topLevelFields(parameters.getExecutionContext()));
				return null;
			}
		})
		.preparsedDocumentProvider(new ParsedOnce())
		.build();

	@Test
	void eachRequestSeesItsOwnVariables() {
		String query = "query ($id: ID!) { item(id: $id) { id children(first: 3) { name } } }";

		run(query, Map.of("id", "1"));
		run(query, Map.of("id", "2"));

		assertThat(this.seen.get(0).get(0).getResolvedArguments()).containsEntry("id", "1");
		assertThat(this.seen.get(1).get(0).getResolvedArguments()).containsEntry("id", "2");
		assertThat(this.operations.size()).isEqualTo(1);
	}

	@Test
	void argumentsAreResolvedAsGraphqlJavaResolvesThem() {
		String query = """
				query ($y: Int, $n: String!, $up: Boolean, $first: Int = 7, $absent: Int) {
				  items(first: $first, filter: { year: $y, names: [$n, "b"], since: { year: $absent } }) {
				    name(upper: $up) children(first: $absent) { name }
				  }
				  item(id: "x") { name }
				}""";
		run(query, Map.of("y", 2024, "n", "a", "up", true));
		Map<String, Object> second = new HashMap<>(Map.of("y", 2025, "n", "c", "first", 2, "absent", 5));

		run(query, second);

		assertThat(details(this.seen.get(1))).isEqualTo(details(factory(query, second)));
		assertThat(details(this.seen.get(1))).isNotEqualTo(details(this.seen.get(0)));
	}

	@Test
	void anOperationWithoutVariablesIsSharedAsItIs() {
		String query = "{ items(first: 2) { name } }";

		run(query, Map.of());
		run(query, Map.of());

		assertThat(this.seen.get(1).get(0)).isSameAs(this.seen.get(0).get(0));
	}

	@Test
	void fieldsThatHangOnAVariableAreNormalizedPerRequest() {
		String query = "query ($more: Boolean!) { item(id: \"1\") { id name @include(if: $more) } }";

		run(query, Map.of("more", true));
		run(query, Map.of("more", false));

		assertThat(this.seen.get(0).get(0).getChildren()).hasSize(2);
		assertThat(this.seen.get(1).get(0).getChildren()).hasSize(1);
		assertThat(this.operations.size()).isZero();
	}

	@Test
	void aLargeOperationIsNotKept() {
		StringBuilder query = new StringBuilder("query ($id: ID!) {");
		for (int i = 0; i <= NormalizedOperations.MAX_FIELDS; i++) {
			query.append(" a").append(i).append(": item(id: $id) { id }");
		}

		run(query.append(" }").toString(), Map.of("id", "1"));

		assertThat(this.operations.size()).isZero();
	}

	private void run(String query, Map<String, Object> variables) {
		var result = this.graphQl.execute(ExecutionInput.newExecutionInput(query).variables(variables));
		assertThat(result.getErrors()).isEmpty();
	}

	private static List<ExecutableNormalizedField> factory(String query, Map<String, Object> variables) {
		Document document = Parser.parse(query);
		return ExecutableNormalizedOperationFactory
			.createExecutableNormalizedOperationWithRawVariables(SCHEMA, document, null,
					RawVariables.of(variables))
			.getTopLevelFields();
	}

	/** Every field's key, types, level, parent and resolved arguments, depth first. */
	private static List<String> details(List<ExecutableNormalizedField> fields) {
		List<String> out = new ArrayList<>();
		fields.forEach(field -> describe(field, out));
		return out;
	}

	private static void describe(ExecutableNormalizedField field, List<String> out) {
		out.add(field.printDetails() + " level " + field.getLevel() + " under "
				+ (field.getParent() == null ? "-" : field.getParent().getResultKey()) + " " + field.getResolvedArguments());
		field.getChildren().forEach(child -> describe(child, out));
	}

	/** Parses a text once and hands out the same document after, as {@link DocumentCache} does. */
	private static final class ParsedOnce implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> entries = new HashMap<>();

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			return CompletableFuture
				.completedFuture(this.entries.computeIfAbsent(input.getQuery(), q -> parseAndValidate.apply(input)));
		}

	}

}
