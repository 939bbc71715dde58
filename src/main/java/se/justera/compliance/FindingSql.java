package se.justera.compliance;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.justera.graphql.Connection;
import se.justera.graphql.SqlConnection;
import se.justera.graphql.SqlRootField;
import se.justera.meeting.MeetingOrder;

import se.justera.graphql.SqlField;
import se.justera.graphql.SqlFields;

/**
 * {@code Meeting.findings} (its present findings, in the order of {@link MeetingFindingsPart}) and the
 * fields of Finding that are its columns, written as SQL (see {@link se.justera.graphql.SqlSelection}).
 * The message and legal basis (rendered in the request's language) and the evidence are not: a
 * selection of them runs the usual way.
 */
@Configuration(proxyBeanMethods = false)
class FindingSql {

	@Bean
	SqlFields meetingFindingsSqlFields() {
		return new SqlFields("Meeting", Map.of("findings", (field, row, sql) -> {
			String f = sql.alias("f");
			return sql.list(field, "Finding", f, "finding", f + ".meeting_id = " + row + ".id and " + f + ".present",
					f + ".paragraph nulls first, " + f + ".rule_id, " + f + ".subject");
		}));
	}

	/**
	 * {@code findings(...)}: the page's statement of {@link FindingRepository#findPage}, each finding's
	 * JSON a column of it. A page of findings holds no meeting of its own: without Finding.meeting
	 * selected (not written as SQL) it adds nothing to the response's compliance summary, as the usual way.
	 */
	@Bean
	SqlRootField findingsSqlRoot(FindingRepository repository) {
		return new SqlRootField("findings", (field, sql) -> {
			FindingFilter filter;
			MeetingOrder order;
			FindingCursor cursor;
			int size;
			try {
				FindingFilter given = sql.argument(field, "filter", FindingFilter.class);
				filter = given == null ? FindingFilter.NONE : given.checked();
				order = MeetingOrder.orDefault(sql.argument(field, "order", MeetingOrder.class));
				size = Connection.pageSize(sql.argument(field, "first", Integer.class));
				String after = sql.argument(field, "after", String.class);
				cursor = after == null ? null : FindingCursor.decode(after, order);
			}
			catch (RuntimeException ex) {
				return null; // the usual way refuses it with its code
			}
			SqlConnection page = SqlConnection.of(field, "Finding", "f", sql);
			if (page == null) {
				return null;
			}
			return context -> {
				FindingRepository.Rows<FindingRepository.KeyWithJson> rows = repository.findKeyPage(filter, order, cursor,
						size + 1, page.total(), page.node() == null ? "null" : page.node());
				return page.json(rows.rows(), size, cursor != null, rows.total(), row -> row.key().encode(order),
						FindingRepository.KeyWithJson::json);
			};
		});
	}

	@Bean
	SqlFields findingSqlFields() {
		return new SqlFields("Finding", Map.of(
				"id", SqlField.column("{row}.id"),
				"ruleId", SqlField.column("{row}.rule_id"),
				"severity", SqlField.column("{row}.severity"),
				"paragraph", SqlField.column("{row}.paragraph"),
				"subject", SqlField.column("{row}.subject"),
				"status", SqlField.column("{row}.status"),
				"assignee", SqlField.column("{row}.assignee"),
				"present", SqlField.column("{row}.present")));
	}

}
