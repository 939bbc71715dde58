package se.justera.paragraph;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.justera.graphql.SqlField;
import se.justera.graphql.SqlFields;

/**
 * {@code Meeting.paragraphs} and the fields of Paragraph that are its columns, written as SQL (see
 * {@link se.justera.graphql.SqlSelection}); in the order of {@link MeetingParagraphsPart}.
 */
@Configuration(proxyBeanMethods = false)
class ParagraphSql {

	@Bean
	SqlFields meetingParagraphsSqlFields() {
		return new SqlFields("Meeting", Map.of("paragraphs", (field, row, sql) -> {
			String p = sql.alias("p");
			return sql.list(field, "Paragraph", p, "paragraph", p + ".meeting_id = " + row + ".id",
					p + ".position");
		}));
	}

	@Bean
	SqlFields paragraphSqlFields() {
		return new SqlFields("Paragraph", Map.of(
				"id", SqlField.column("{row}.id::text"),
				"number", SqlField.column("{row}.number"),
				"caseNumber", SqlField.column("{row}.case_number"),
				"title", SqlField.column("{row}.title"),
				"heading", SqlField.column("{row}.heading"),
				"kind", SqlField.column("{row}.kind"),
				"page", SqlField.column("{row}.page"),
				"immediatelyChecked", SqlField.column("{row}.immediately_checked"),
				"description", SqlField.column("{row}.description")));
	}

}
