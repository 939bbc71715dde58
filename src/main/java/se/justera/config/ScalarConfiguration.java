package se.justera.config;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The schema's date and time scalars, all ISO-8601 strings. */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(scalar("Date", LocalDate.class, ScalarConfiguration::date, DateTimeFormatter.ISO_LOCAL_DATE))
			.scalar(scalar("LocalTime", LocalTime.class, LocalTime::parse, DateTimeFormatter.ofPattern("HH:mm")))
			.scalar(scalar("DateTime", OffsetDateTime.class, OffsetDateTime::parse,
					DateTimeFormatter.ISO_OFFSET_DATE_TIME));
	}

	/**
	 * A date of years 1 to 9999: "+10000000-01-01" is ISO-8601 too, but PostgreSQL refuses it, which
	 * surfaced as INTERNAL_ERROR; refused here it is a clear coercion error.
	 */
	private static LocalDate date(String text) {
		LocalDate date = LocalDate.parse(text);
		if (date.getYear() < 1 || date.getYear() > 9999) {
			throw new DateTimeParseException("Years run from 1 to 9999", text, 0);
		}
		return date;
	}

	private static <T> GraphQLScalarType scalar(String name, Class<T> type, Function<String, T> parse,
			DateTimeFormatter format) {
		return GraphQLScalarType.newScalar().name(name).description("ISO-8601 " + name).coercing(new Coercing<T, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (type.isInstance(value)) {
					return format.format((java.time.temporal.TemporalAccessor) value);
				}
				throw new CoercingSerializeException("Expected a " + type.getSimpleName() + " but was " + value);
			}

			@Override
			public T parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return parse.apply(input.toString());
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException("Not an ISO-8601 " + name + ": '" + input + "'");
				}
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (input instanceof StringValue string) {
					try {
						return parse.apply(string.getValue());
					}
					catch (DateTimeParseException ex) {
						throw new CoercingParseLiteralException("Not an ISO-8601 " + name + ": '" + string.getValue() + "'");
					}
				}
				throw new CoercingParseLiteralException("Expected a string with an ISO-8601 " + name);
			}

		}).build();
	}

}
