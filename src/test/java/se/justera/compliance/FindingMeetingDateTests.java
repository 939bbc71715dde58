package se.justera.compliance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.TestDatabase;
import se.justera.protocol.ProtocolImportService;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's own meeting date (changelog 012) is its meeting's, on insert and when the meeting's date changes. */
@IntegrationTest
class FindingMeetingDateTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProtocolImportService imports;

	@BeforeEach
	void importTheSample() throws IOException {
		Database.clear();
		this.imports.importProtocol("Smedjebacken",
				new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aStoredFindingHasItsMeetingsDate() {
		var dates = this.jdbc.sql("""
				select distinct f.meeting_date = m.meeting_date from finding f join meeting m on m.id = f.meeting_id""")
			.query(Boolean.class)
			.list();

		assertThat(dates).containsExactly(true);
	}

	@Test
	void aMeetingsNewDateReachesItsFindings() throws SQLException {
		try (Connection admin = TestDatabase.administratorConnection(); Statement statement = admin.createStatement()) {
			statement.executeUpdate("update meeting set meeting_date = date '2023-12-13'");
		}

		var dates = this.jdbc.sql("select distinct meeting_date::text from finding").query(String.class).list();

		assertThat(dates).containsExactly("2023-12-13");
	}

}
