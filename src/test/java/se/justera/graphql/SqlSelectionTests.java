package se.justera.graphql;

import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.execution.CoercedVariables;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlSelectionTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
			type Query { meeting: Meeting }
			type Meeting { body: Body  attendance: [Attendance!]! }
			type Body { name: String }
			type Attendance { role: String  person: Person }
			type Person { name: String  town: Town }
			type Town { name: String }
			"""), RuntimeWiring.MOCKED_WIRING);

	/** The features' way of writing them, in short: lists by their parent's id, one-to-ones by a key column. */
	private static final Map<String, Map<String, SqlField>> TYPES = Map.of(
			"Meeting", Map.of(
					"body", (field, row, sql) -> one(field, row, sql, "Body", "body", "b"),
					"attendance", (field, row, sql) -> {
						String a = sql.alias("a");
						return sql.list(field, "Attendance", a, "attendance", a + ".meeting_id = " + row + ".id", a + ".position");
					}),
			"Body", Map.of("name", SqlField.column("{row}.name")),
			"Attendance", Map.of("role", SqlField.column("{row}.role"),
					"person", (field, row, sql) -> one(field, row, sql, "Person", "person", "pe")),
			"Person", Map.of("name", SqlField.column("{row}.name"),
					"town", (field, row, sql) -> one(field, row, sql, "Town", "town", "t")),
			"Town", Map.of("name", SqlField.column("{row}.name")));

	private static String one(ExecutableNormalizedField field, String row, SqlSelection sql, String type, String table,
			String prefix) {
		String alias = sql.alias(prefix);
		return sql.one(field, type, alias, table, alias + ".id = " + row + "." + table + "_id", row);
	}

	@Test
	void aOneToOneOfARootFieldsRowIsJoinedToItsStatement() {
		SqlSelection.Joined sql = new SqlSelection(TYPES, new ArgumentBinder()).joined(top("{ meeting { body { name } } }"),
				"Meeting", "m");

		assertThat(sql.object()).isEqualTo("json_build_object('body', case when b1.id is null then null else"
				+ " json_build_object('name', b1.name) end)");
		assertThat(sql.joins()).isEqualTo(" left join body b1 on b1.id = m.body_id");
	}

	@Test
	void aOneToOneOfARowWithoutJoinsIsASubquery() {
		String sql = meeting("{ meeting { body { name } } }");

		assertThat(sql).isEqualTo("json_build_object('body', (select json_build_object('name', b1.name) from body b1"
				+ " where b1.id = m.body_id))");
	}

	@Test
	void aOneToOneUnderAListIsJoinedToTheListsRows() {
		String sql = meeting("{ meeting { attendance { role person { name } } } }");

		assertThat(sql).isEqualTo("json_build_object('attendance', (select coalesce(json_agg(json_build_object("
				+ "'role', a1.role, 'person', case when pe2.id is null then null else json_build_object('name', pe2.name) end)"
				+ " order by a1.position), '[]'::json) from attendance a1 left join person pe2 on pe2.id = a1.person_id"
				+ " where a1.meeting_id = m.id))");
	}

	@Test
	void aOneToOneOfAJoinedRowIsJoinedAfterIt() {
		String sql = meeting("{ meeting { attendance { person { town { name } } } } }");

		assertThat(sql).contains("from attendance a1 left join person pe2 on pe2.id = a1.person_id"
				+ " left join town t3 on t3.id = pe2.town_id where a1.meeting_id = m.id");
	}

	private static String meeting(String query) {
		return new SqlSelection(TYPES, new ArgumentBinder()).object(top(query), "Meeting", "m");
	}

	private static ExecutableNormalizedField top(String query) {
		return ExecutableNormalizedOperationFactory
			.createExecutableNormalizedOperation(SCHEMA, Parser.parse(query), null, CoercedVariables.emptyVariables())
			.getTopLevelFields()
			.get(0);
	}

	@Test
	void postgreSqlsSpacesBetweenKeysAndValuesGoAndThoseInTextsStay() {
		String json = "{\"id\" : \"a b\", \"list\" : [1, 2],\n \"quote\" : \"say \\\"hi there\\\" \\\\\" , \"tab\" :\t\"\\t x\"}";

		String compact = SqlSelection.compact(json);

		assertThat(compact).isEqualTo("{\"id\":\"a b\",\"list\":[1,2],\"quote\":\"say \\\"hi there\\\" \\\\\",\"tab\":\"\\t x\"}");
	}

	@Test
	void compactTextIsAppendedAsItIs() {
		StringBuilder out = new StringBuilder("[");

		SqlSelection.appendCompact(out, "{\"a\":1}");

		assertThat(out).hasToString("[{\"a\":1}");
	}

}
