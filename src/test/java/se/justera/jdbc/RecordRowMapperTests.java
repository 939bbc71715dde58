package se.justera.jdbc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordRowMapperTests {

	enum Colour {
		RED, GREEN
	}

	record Row(long id, Long meetingId, int number, String caseNumber, Colour colour, LocalDate meetingDate,
			List<Integer> paragraphs) {
	}

	private static JdbcClient jdbc;

	@BeforeAll
	static void connect() {
		Map<String, String> db = TestDatabase.properties();
		jdbc = JdbcClient.create(new DriverManagerDataSource(db.get("spring.datasource.url"),
				db.get("spring.datasource.username"), db.get("spring.datasource.password")));
	}

	@Test
	void mapsSnakeCaseColumnsInAnyOrderWithConversions() {
		List<Row> rows = jdbc.sql("""
				select * from (values
				  ('RED', 7, 1, 'KS 2023/1', date '2023-12-12', array[1, 2]),
				  ('GREEN', null, 2, null, null, null)) as t(colour, meeting_id, id, case_number, meeting_date, paragraphs)
				cross join (select 163 as number) n order by id""").query(RecordRowMapper.of(Row.class)).list();

		assertThat(rows).containsExactly(
				new Row(1, 7L, 163, "KS 2023/1", Colour.RED, LocalDate.of(2023, 12, 12), List.of(1, 2)),
				new Row(2, null, 163, null, Colour.GREEN, null, null));
	}

	@Test
	void namesTheComponentThatHasNoColumn() {
		assertThatThrownBy(() -> jdbc.sql("select 1 as id, 2 as meeting_id").query(RecordRowMapper.of(Row.class)).list())
			.isInstanceOf(InvalidDataAccessApiUsageException.class)
			.hasMessageContaining("'number' of Row");
	}

}
