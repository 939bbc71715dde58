package se.justera.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlSelectionTests {

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
