package se.justera.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema is the contract: every type, field, argument and enum value in schema/ has a description. */
class SchemaDescriptionTests {

	@Test
	void everyTypeFieldAndValueIsDescribed() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("schema"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		List<String> undescribed = new ArrayList<>();

		registry.types().values().forEach(type -> {
			if (type instanceof ObjectTypeDefinition object) {
				check(object.getDescription(), object.getName(), undescribed);
				object.getFieldDefinitions().forEach(field -> {
					check(field.getDescription(), object.getName() + "." + field.getName(), undescribed);
					field.getInputValueDefinitions()
						.stream()
						.filter(arg -> arg.getDescription() == null)
						.forEach(arg -> undescribed.add(object.getName() + "." + field.getName() + "(" + arg.getName() + ")"));
				});
			}
			else if (type instanceof InputObjectTypeDefinition input) {
				check(input.getDescription(), input.getName(), undescribed);
				input.getInputValueDefinitions()
					.forEach(field -> check(field.getDescription(), input.getName() + "." + field.getName(), undescribed));
			}
			else if (type instanceof EnumTypeDefinition enumType) {
				check(enumType.getDescription(), enumType.getName(), undescribed);
				enumType.getEnumValueDefinitions()
					.forEach(value -> check(value.getDescription(), enumType.getName() + "." + value.getName(), undescribed));
			}
		});
		registry.objectTypeExtensions().values().stream().flatMap(List::stream).forEach(extension -> extension
			.getFieldDefinitions()
			.forEach(field -> {
				check(field.getDescription(), extension.getName() + "." + field.getName(), undescribed);
				field.getInputValueDefinitions()
					.forEach(arg -> check(arg.getDescription(),
							extension.getName() + "." + field.getName() + "(" + arg.getName() + ")", undescribed));
			}));
		registry.scalars().values().stream()
			.filter(scalar -> scalar.getSourceLocation() != null)
			.forEach(scalar -> check(scalar.getDescription(), scalar.getName(), undescribed));

		assertThat(undescribed).isEmpty();
		assertThat(registry.getType("Meeting")).isPresent();
	}

	private static void check(Description description, String name, List<String> undescribed) {
		if (description == null || description.getContent().isBlank()) {
			undescribed.add(name);
		}
	}

}
