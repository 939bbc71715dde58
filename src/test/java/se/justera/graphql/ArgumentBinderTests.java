package se.justera.graphql;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.validation.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentBinderTests {

	enum Kind {
		COUNCIL, BOARD
	}

	record Filter(String name, LocalDate from, Kind kind, Integer days, Boolean gone) {
	}

	record Tagged(String name, List<String> tags) {
	}

	record Checked(String name) {
		Checked {
			if ("bad".equals(name)) {
				throw new IllegalArgumentException("refused by the record");
			}
		}
	}

	private final ArgumentBinder binder = new ArgumentBinder();

	private final GraphQlArgumentBinder spring = new GraphQlArgumentBinder(new DefaultFormattingConversionService());

	@Test
	void aFilterOfPlainValuesIsTheRecordSpringsBinderMakes() throws BindException {
		Map<String, Object> input = new HashMap<>(Map.of("name", "Falun", "from", LocalDate.of(2019, 1, 1), "kind", "BOARD", "days", 3));
		input.put("gone", null);

		Filter bound = this.binder.bind(input, false, Filter.class);

		assertThat(bound).isEqualTo(new Filter("Falun", LocalDate.of(2019, 1, 1), Kind.BOARD, 3, null))
			.isEqualTo(springs(input, Filter.class));
	}

	@Test
	void aListComponentIsLeftToSpringsBinder() throws BindException {
		Map<String, Object> input = Map.of("name", "a", "tags", List.of("x", "y"));

		assertThat(this.binder.bind(input, false, Tagged.class)).isEqualTo(new Tagged("a", List.of("x", "y")))
			.isEqualTo(springs(input, Tagged.class));
	}

	@Test
	void aValueToConvertIsConvertedAsSpringsBinderConvertsIt() throws BindException {
		Map<String, Object> input = Map.of("name", "a", "days", "12");

		assertThat(this.binder.bind(input, false, Filter.class).days()).isEqualTo(12).isEqualTo(springs(input, Filter.class).days());
	}

	@Test
	void anEnumNameTheJavaEnumLacksGetsSpringsError() {
		Map<String, Object> input = Map.of("kind", "COMMITTEE");

		assertThatThrownBy(() -> this.binder.bind(input, false, Filter.class)).isInstanceOf(BindException.class)
			.hasMessageContaining("kind");
	}

	@Test
	void anEnumGivenByItsNameIsTheConstantSpringsBinderMakes() throws BindException {
		assertThat(this.binder.bind("BOARD", false, Kind.class)).isEqualTo(Kind.BOARD).isEqualTo(springs("BOARD", Kind.class));
	}

	@Test
	void anEnumNameTheJavaEnumLacksAloneIsLeftToSpringsBinder() {
		assertThatThrownBy(() -> this.binder.bind("COMMITTEE", false, Kind.class))
			.isInstanceOfSatisfying(Exception.class, e -> assertThatThrownBy(() -> springs("COMMITTEE", Kind.class))
				.isInstanceOf(e.getClass()));
	}

	@Test
	void aRecordThatRefusesItsValuesIsLeftToSpringsBinder() {
		Map<String, Object> input = Map.of("name", "bad");

		assertThatThrownBy(() -> this.binder.bind(input, false, Checked.class)).hasRootCauseMessage("refused by the record");
	}

	@Test
	void aNumberOrATextIsTakenAsItIsAndNothingGivenIsNull() throws BindException {
		assertThat(this.binder.bind(7, false, Integer.class)).isEqualTo(7);
		assertThat(this.binder.bind("x", false, String.class)).isEqualTo("x");
		assertThat(this.binder.bind(null, true, Filter.class)).isNull();
	}

	private <T> T springs(Object input, Class<T> type) throws BindException {
		return type.cast(this.spring.bind(input, false, ResolvableType.forClass(type)));
	}

}
