package se.justera.compliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import se.justera.JusteraApplication;
import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules folder is checked at start: missing, empty or not compiling stops the app with a clear message. */
class RuleFolderTests {

	@Test
	void aMissingFolderIsNamed(@TempDir Path dir) {
		Path missing = dir.resolve("no-such-rules");

		assertThatThrownBy(() -> new ComplianceEngine(missing)).isInstanceOf(RuleCompilationException.class)
			.hasMessageContaining(missing.toAbsolutePath().toString())
			.hasMessageContaining("justera.rules.path");
	}

	@Test
	void aFolderWithoutRulesIsRefused(@TempDir Path dir) {
		assertThatThrownBy(() -> new ComplianceEngine(dir)).isInstanceOf(RuleCompilationException.class)
			.hasMessageContaining("has no .drl files");
	}

	@Test
	void aRuleThatDoesNotCompileIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("bad.drl"), "package se.justera.rules;\n\nrule \"Bad\"\nwhen\n    Nothing( )\nthen\nend\n");

		assertThatThrownBy(() -> new ComplianceEngine(dir)).isInstanceOfSatisfying(RuleCompilationException.class, ex -> {
			assertThat(ex.problems()).isNotEmpty();
			assertThat(ex.problems().get(0).file()).isEqualTo("bad.drl");
			assertThat(ex.problems().get(0).line()).isEqualTo(5);
			assertThat(ex.getMessage()).contains("bad.drl:5");
		});
	}

	@Test
	void theAppDoesNotStartWithoutItsRules(@TempDir Path dir) {
		List<String> args = new ArrayList<>(TestDatabase.appArguments(TestDatabase.properties()));
		args.addAll(List.of("--justera.rules.path=" + dir.resolve("missing"), "--server.port=0"));

		assertThatThrownBy(() -> new SpringApplicationBuilder(JusteraApplication.class).run(args.toArray(String[]::new)))
			.rootCause()
			.isInstanceOf(RuleCompilationException.class)
			.hasMessageContaining("does not exist");
	}

}
