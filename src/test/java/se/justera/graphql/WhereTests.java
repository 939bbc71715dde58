package se.justera.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A where clause and its parameters in order; a limit written into the statement. */
class WhereTests {

	@Test
	void conditionsOnlyForGivenValuesWithTheirParametersInOrder() {
		Where where = new Where().addIf("Falun", "m.name = ?").addIf(null, "b.kind = ?").add("m.id < ?", 7L);

		assertThat(where.sql()).isEqualTo(" where m.name = ? and m.id < ?");
		assertThat(where.params()).containsExactly("Falun", 7L);
	}

	@Test
	void aLimitIsWrittenIntoTheStatementAndNeverNegative() {
		assertThat(Where.limit(21)).isEqualTo(" limit 21");
		assertThatIllegalArgumentException().isThrownBy(() -> Where.limit(-1)).withMessageContaining("-1");
	}

}
