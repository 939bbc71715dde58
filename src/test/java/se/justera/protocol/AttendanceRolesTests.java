package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.meeting.AttendanceRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One person in two roles of one meeting (changelog 014): Maria Gran, a non-serving substitute who
 * serves for Peter Lind in § 91, is stored as two attendance rows, served as two, and read back for
 * re-evaluation as the reader read her.
 */
@IntegrationTest
class AttendanceRolesTests {

	private static final String FILE = "ostra-lovsta-sbn-2024-08-27.txt";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ProtocolImportService imports;

	@Autowired
	StoredProtocolReader stored;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clear() {
		Database.clear();
	}

	@Test
	void bothRolesAreStoredAndReadBackForReEvaluationAsRead() throws IOException {
		String text = corpus(FILE);
		long id = this.imports.importProtocol("Östra Lövsta", text).meetingId();

		Protocol reread = this.stored.read(List.of(id)).get(0).protocol();

		assertThat(reread.attendees()).isEqualTo(new ProtocolParser(1_000_000).parse(text).attendees());
		assertThat(reread.attendees()).filteredOn(a -> a.name().equals("Maria Gran"))
			.extracting(Protocol.Attendee::role, Protocol.Attendee::replaces)
			.containsExactly(tuple(AttendanceRole.SERVING_SUBSTITUTE, "Peter Lind"),
					tuple(AttendanceRole.NON_SERVING_SUBSTITUTE, null));
	}

	@Test
	void bothRolesAreServedEachWithTheParagraphsItCovers() throws IOException {
		long id = this.imports.importProtocol("Östra Lövsta", corpus(FILE)).meetingId();

		List<Map<String, Object>> roles = this.graphQl.documentName("attendanceRoles").variable("id", id).execute()
			.path("meeting.attendance").entityList(Map.class).get().stream()
			.map(a -> (Map<String, Object>) a)
			.filter(a -> ((Map<?, ?>) a.get("person")).get("name").equals("Maria Gran"))
			.toList();

		assertThat(roles).extracting(a -> a.get("role"), a -> a.get("decides"), a -> a.get("replaces"), a -> a.get("paragraphs"))
			.containsExactly(tuple("SERVING_SUBSTITUTE", true, Map.of("name", "Peter Lind"), List.of(91)),
					tuple("NON_SERVING_SUBSTITUTE", false, null, List.of(88, 89, 90, 92, 93, 94, 95, 96)));
	}

	@Test
	void theStoreHoldsOneRowPerPersonMeetingAndRole() throws IOException {
		long id = this.imports.importProtocol("Östra Lövsta", corpus(FILE)).meetingId();
		String copy = """
				insert into attendance (meeting_id, position, person_id, role)
				select meeting_id, 1000, person_id, ? from attendance a join person p on p.id = a.person_id
				where a.meeting_id = ? and p.name = 'Ali Rahimi'""";

		int otherRole = this.jdbc.sql(copy).params("SERVING_SUBSTITUTE", id).update();

		assertThat(otherRole).isOne();
		assertThatThrownBy(() -> this.jdbc.sql(copy.replace("1000", "1001")).params("NON_SERVING_SUBSTITUTE", id).update())
			.isInstanceOf(DuplicateKeyException.class)
			.hasMessageContaining("attendance_person_role_uq");
	}

	private static String corpus(String file) throws IOException {
		return new ClassPathResource("corpus/" + file).getContentAsString(StandardCharsets.UTF_8);
	}

}
