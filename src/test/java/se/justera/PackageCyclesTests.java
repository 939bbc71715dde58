package se.justera;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature packages ({@code meeting}, {@code compliance}, {@code protocol}...) depend on each
 * other without cycles, by ArchUnit over the compiled classes. The root package holds the
 * application alone (its {@code main} reaches the commands of several features) and is not a slice.
 */
class PackageCyclesTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("se.justera");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("se.justera.(*)..").should().beFreeOfCycles().check(this.classes);
	}

}
