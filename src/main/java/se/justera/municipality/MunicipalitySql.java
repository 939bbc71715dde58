package se.justera.municipality;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.justera.graphql.SqlField;
import se.justera.graphql.SqlFields;

/** The fields of Body and Municipality written as SQL (see {@link se.justera.graphql.SqlSelection}). */
@Configuration(proxyBeanMethods = false)
class MunicipalitySql {

	@Bean
	SqlFields bodySqlFields() {
		return new SqlFields("Body", Map.of(
				"id", SqlField.column("{row}.id::text"),
				"name", SqlField.column("{row}.name"),
				"kind", SqlField.column("{row}.kind"),
				"municipality", (field, row, sql) -> {
					String mu = sql.alias("mu");
					return sql.one(field, "Municipality", mu, "municipality", mu + ".id = " + row + ".municipality_id", row);
				}));
	}

	@Bean
	SqlFields municipalitySqlFields() {
		return new SqlFields("Municipality",
				Map.of("id", SqlField.column("{row}.id::text"), "name", SqlField.column("{row}.name")));
	}

}
