package se.justera.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.graphql.Anonymous;
import se.justera.graphql.Connection;
import se.justera.graphql.GlobalId;
import se.justera.graphql.SqlConnection;
import se.justera.graphql.SqlField;
import se.justera.graphql.SqlFields;
import se.justera.graphql.SqlRootField;
import se.justera.graphql.SqlSelection;

/**
 * {@code meeting(id:)} and {@code meetings(...)} written as SQL from their selection (see
 * {@link se.justera.graphql.SqlSelection}), with the fields of Meeting, Attendance and Person this
 * feature owns. The answers are those of {@link MeetingController}: the same rows, in the same order.
 */
@Configuration(proxyBeanMethods = false)
class MeetingSql {

	@Bean
	SqlFields meetingSqlFields() {
		return new SqlFields("Meeting", Map.of(
				"id", SqlField.column("{row}.id::text"),
				"date", SqlField.column("{row}.meeting_date"),
				"place", SqlField.column("{row}.place"),
				"secretary", SqlField.column("{row}.secretary"),
				"body", (field, row, sql) -> {
					String b = sql.alias("b");
					return sql.one(field, "Body", b, "body", b + ".id = " + row + ".body_id", row);
				},
				"attendance", (field, row, sql) -> {
					String a = sql.alias("a");
					return sql.list(field, "Attendance", a, "attendance", a + ".meeting_id = " + row + ".id",
							a + ".position");
				}));
	}

	@Bean
	SqlFields attendanceSqlFields() {
		return new SqlFields("Attendance", Map.of(
				"person", person("person_id"),
				"replaces", person("replaces_person_id"),
				"role", SqlField.column("{row}.role"),
				"party", SqlField.column("{row}.party"),
				"title", SqlField.column("{row}.title"),
				"paragraphs", SqlField.column("{row}.paragraphs"),
				"paragraphsNote", SqlField.column("{row}.paragraphs_note")));
	}

	private static SqlField person(String column) {
		return (field, row, sql) -> {
			String p = sql.alias("pe");
			return sql.one(field, "Person", p, "person", p + ".id = " + row + "." + column, row);
		};
	}

	@Bean
	SqlFields personSqlFields() {
		return new SqlFields("Person", Map.of("id", SqlField.column("{row}.id::text"), "name", SqlField.column("{row}.name")));
	}

	/** {@code meeting(id:)}: the meeting's JSON and its share of the compliance summary, in one statement. */
	@Bean
	SqlRootField meetingSqlRoot(JdbcClient jdbc, List<MeetingScope> scopes) {
		return new SqlRootField("meeting", (field, sql) -> {
			long id;
			try {
				id = GlobalId.id("id", "Meeting", (String) field.getResolvedArguments().get("id"));
			}
			catch (RuntimeException ex) {
				return null; // the usual way refuses it with its code
			}
			SqlSelection.Joined meeting = sql.joined(field, "Meeting", "m");
			if (meeting == null) {
				return null;
			}
			// a withdrawn meeting is not found anonymously, as by MeetingController
			String statement = "select " + meeting.object() + "::text" + scopeColumns(scopes) + " from meeting m"
					+ meeting.joins() + " where m.id = "
					+ sql.bind(id) + (Anonymous.caller() ? " and m.withdrawn_at is null" : "");
			return context -> jdbc.sql(statement).params(sql.parameters()).query((rs, n) -> {
				addToScope(scopes, context, id, rs::getString, 2);
				return SqlSelection.compact(rs.getString(1));
			}).optional().orElse("null");
		});
	}

	/** {@code meetings(...)}: the page's statement of {@link MeetingRepository#findPage}, each meeting's JSON a column of it. */
	@Bean
	SqlRootField meetingsSqlRoot(MeetingRepository repository, List<MeetingScope> scopes) {
		return new SqlRootField("meetings", (field, sql) -> {
			MeetingFilter filter;
			MeetingOrder order;
			MeetingCursor cursor;
			int size;
			try {
				MeetingFilter given = sql.argument(field, "filter", MeetingFilter.class);
				filter = given == null ? MeetingFilter.NONE : given.checked();
				order = MeetingOrder.orDefault(sql.argument(field, "order", MeetingOrder.class));
				size = Connection.pageSize(sql.argument(field, "first", Integer.class));
				String after = sql.argument(field, "after", String.class);
				cursor = after == null ? null : MeetingCursor.decode(after, order);
			}
			catch (RuntimeException ex) {
				return null; // the usual way refuses it with its code
			}
			SqlConnection page = SqlConnection.of(field, "Meeting", "m", sql);
			if (page == null) {
				return null;
			}
			List<String> columns = new ArrayList<>();
			scopes.forEach(scope -> columns.add(scope.sql()));
			columns.add(page.node() == null ? "null" : page.node() + "::text");
			MeetingParts.Plan plan = new MeetingParts.Plan(List.of(), List.of(), columns);
			return context -> {
				MeetingRepository.Rows<MeetingRepository.KeyWithParts> rows = repository.findKeyPage(filter, order, cursor,
						size + 1, page.total(), plan);
				// the meetings shown are the response's: the row beyond the page is not
				for (MeetingRepository.KeyWithParts row : rows.rows().subList(0, Math.min(size, rows.rows().size()))) {
					for (int i = 0; i < scopes.size(); i++) {
						scopes.get(i).add(context, row.key().id(), row.parts()[i]);
					}
				}
				return page.json(rows.rows(), size, cursor != null, rows.total(), row -> row.key().encode(order),
						row -> row.parts()[scopes.size()]);
			};
		});
	}

	private static String scopeColumns(List<MeetingScope> scopes) {
		StringBuilder columns = new StringBuilder();
		scopes.forEach(scope -> columns.append(", ").append(scope.sql()));
		return columns.toString();
	}

	@FunctionalInterface
	private interface Column {

		String get(int index) throws java.sql.SQLException;

	}

	private static void addToScope(List<MeetingScope> scopes, GraphQLContext context, long id, Column column, int first)
			throws java.sql.SQLException {
		for (int i = 0; i < scopes.size(); i++) {
			scopes.get(i).add(context, id, column.get(first + i));
		}
	}

}
