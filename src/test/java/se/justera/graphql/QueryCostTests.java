package se.justera.graphql;

import java.util.Map;

import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.execution.CoercedVariables;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost model on a small schema: lists multiply what is below them, aliases add up, weights count per resolution. */
class QueryCostTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
			type Query { meetings(first: Int = 20): MeetingConnection!  meeting: Meeting  count: Int  nodes(ids: [ID!]!): [Meeting]! }
			type MeetingConnection { edges: [MeetingEdge!]!  totalCount: Int! }
			type MeetingEdge { node: Meeting! }
			type Meeting { id: ID!  paragraphs: [Paragraph!]! }
			type Paragraph { title: String  meeting: Meeting! }
			"""), RuntimeWiring.MOCKED_WIRING);

	private final QueryCost cost = new QueryCost(1_000_000, 10, Map.of("Meeting.paragraphs", 50),
			Map.of("MeetingConnection.totalCount", 500));

	@Test
	void aPageCostsItsItemsTimesWhatEachHolds() {
		// meetings 1, edges 30, node 30, paragraphs 30 x 50, title 30 x 50
		assertThat(of("{ meetings(first: 30) { edges { node { paragraphs { title } } } } }")).isEqualTo(1 + 30 + 30 + 1500 + 1500);
	}

	@Test
	void theDefaultOfFirstCountsWhenItIsNotGiven() {
		assertThat(of("{ meetings { edges { node { id } } } }")).isEqualTo(1 + 20 + 20 + 20);
	}

	@Test
	void aBackEdgeUnderAListMultipliesAgain() {
		long once = of("{ meeting { paragraphs { title } } }");
		long twice = of("{ meeting { paragraphs { meeting { paragraphs { title } } } } }");

		assertThat(once).isEqualTo(1 + 50 + 50);
		assertThat(twice).isEqualTo(1 + 50 + 50 + 2500 + 2500);
	}

	@Test
	void aliasesAddUpLikeTheFieldsTheyRepeat() {
		assertThat(of("{ a: meeting { id } b: meeting { id } c: meeting { id } }")).isEqualTo(3 * of("{ meeting { id } }"));
	}

	@Test
	void aListOfNodesCostsWhatEachOfItsIdsHolds() {
		// nodes 3, paragraphs 3 x 50, title 3 x 50
		assertThat(of("{ nodes(ids: [\"a\", \"b\", \"c\"]) { paragraphs { title } } }")).isEqualTo(3 + 150 + 150);
	}

	@Test
	void aWeightCountsOnceForEachTimeTheFieldResolves() {
		assertThat(of("{ meetings(first: 5) { totalCount } }")).isEqualTo(1 + 1 + 500);
	}

	@Test
	void anExponentialQueryStopsAddingOnceOverTheBudget() {
		String nested = "{ meeting { " + "paragraphs { meeting { ".repeat(12) + "id" + " } }".repeat(12) + " } }";

		assertThat(of(nested)).isGreaterThan(1_000_000).isLessThan(Long.MAX_VALUE);
	}

	private long of(String query) {
		Document document = Parser.parse(query);
		return this.cost.of(ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(SCHEMA, document, null,
				CoercedVariables.emptyVariables()), SCHEMA);
	}

}
