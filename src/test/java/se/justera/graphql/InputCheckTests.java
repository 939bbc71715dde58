package se.justera.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.Tokens;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arguments that the database cannot take (a NUL, an id beyond bigint, a date beyond its years)
 * are BAD_USER_INPUT naming the argument, or a coercion error: never INTERNAL_ERROR.
 */
@IntegrationTest
class InputCheckTests {

	@Autowired
	HttpGraphQlTester graphQl;

	HttpGraphQlTester administrator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	void administrator(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		this.administrator = Tokens.as(graphQl, tokens, Role.ADMINISTRATOR);
	}

	@BeforeEach
	void emptyDatabase() {
		Database.clear();
	}

	@Test
	void aMeetingIdThatIsNotANumberIsBadUserInput() {
		HttpGraphQlTester english = this.graphQl.mutate().header("Accept-Language", "en").build();

		assertThat(errors(english, "{ meeting(id: \"abc\") { id } }", Map.of())).singleElement().satisfies(e -> {
			assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(e.getMessage()).isEqualTo("id: 'abc' (3 characters) is not an id; expected the id of a Meeting "
					+ "(as Meeting.id gives it) or its databaseId (a whole number from 1 to 9,223,372,036,854,775,807)");
		});
		assertThat(errors(this.graphQl, "{ meeting(id: \"abc\") { id } }", Map.of())).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).as("Swedish, the default")
				.isEqualTo("id: 'abc' (3 tecken) är inget id; id:t för en Meeting (som Meeting.id ger det) eller dess "
						+ "databaseId (ett heltal från 1 till 9\u00a0223\u00a0372\u00a0036\u00a0854\u00a0775\u00a0807) väntas"));
	}

	@Test
	void aMeetingIdBeyondTheLongRangeIsBadUserInput() {
		for (String id : List.of("99999999999999999999", "9223372036854775808", "-1", "0", "1e3", " 1")) {
			assertThat(errors(this.graphQl, "query($id: ID!) { meeting(id: $id) { id } }", Map.of("id", id)))
				.as(id)
				.singleElement()
				.satisfies(e -> {
					assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
					assertThat(e.getMessage()).startsWith("id: ");
				});
		}
	}

	@Test
	void theLargestIdIsAnIdOfNoMeeting() {
		this.graphQl.document("{ meeting(id: \"9223372036854775807\") { id } }").execute().path("meeting").valueIsNull();
	}

	@Test
	void aNulInAFilterIsBadUserInputNamingTheArgument() {
		assertThat(errors(this.graphQl, "query($filter: MeetingFilter) { meetings(filter: $filter) { totalCount } }",
				Map.of("filter", Map.of("municipality", "Smedje\u0000backen"))))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).startsWith("filter.municipality innehåller ett NUL-tecken (U+0000)");
			});
		assertThat(errors(this.graphQl, "{ paragraphs(search: \"cykel\\u0000\") { totalCount } }", Map.of()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).startsWith("search innehåller ett NUL-tecken");
			});
		assertThat(errors(this.graphQl, "{ findings(filter: { ruleId: \"QUORUM\\u0000\" }) { totalCount } }", Map.of()))
			.singleElement()
			.satisfies(e -> assertThat(e.getMessage()).startsWith("filter.ruleId innehåller ett NUL-tecken"));
	}

	@Test
	void aNulInAMutationIsBadUserInputAndTheRefusalIsAudited() {
		assertThat(errors(this.administrator, "mutation($name: String!) { createMunicipality(name: $name) { id } }",
				Map.of("name", "Lud\u0000vika")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).startsWith("name innehåller ett NUL-tecken");
			});
		assertThat(Database.count(this.jdbc, "municipality")).isZero();
		assertThat(this.jdbc.sql("select error_code from audit_log where operation = 'createMunicipality' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void figuresOutOfRangeInFiltersAreBadUserInput() {
		assertThat(errors(this.graphQl, "{ findings(filter: { olderThanDays: 2147483647 }) { totalCount } }", Map.of()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).isEqualTo("filter.olderThanDays ska vara mellan 0 och 36\u00a0500, var 2\u00a0147\u00a0483\u00a0647");
			});
		assertThat(errors(this.graphQl, "{ budgetLines(filter: { minDeficitPercent: 1e300 }) { totalCount } }", Map.of()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).startsWith("filter.minDeficitPercent ska vara mellan 0 och 1\u00a0000\u00a0000");
			});
	}

	@Test
	void aDateBeyondTheYear9999IsACoercionErrorNotAnInternalOne() {
		assertThat(errors(this.graphQl, "query($from: Date) { meetings(filter: { from: $from }) { totalCount } }",
				Map.of("from", "+10000000-01-01")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getErrorType().toString()).isNotEqualTo("INTERNAL_ERROR");
				assertThat(e.getMessage()).contains("Not an ISO-8601 Date: '+10000000-01-01'");
			});
	}

	@Test
	void anEditedCursorWithANulOrAFarDateIsRefusedAsACursor() {
		String nulId = cursor("finding|2023-12-12|1|abc\u0000");
		String farDate = cursor("meeting|+10000000-01-01|1");

		assertThat(errors(this.graphQl, "query($after: String) { findings(after: $after) { totalCount } }", Map.of("after", nulId)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("är ingen finding-markör");
			});
		assertThat(errors(this.graphQl, "query($after: String) { meetings(after: $after) { totalCount } }", Map.of("after", farDate)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("är ingen meeting-markör");
			});
	}

	static String cursor(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	static List<ResponseError> errors(HttpGraphQlTester tester, String document, Map<String, Object> variables) {
		List<ResponseError>[] captured = new List[1];
		var request = tester.document(document);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().errors().satisfy(errors -> captured[0] = errors);
		return captured[0];
	}

}
