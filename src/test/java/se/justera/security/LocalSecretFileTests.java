package se.justera.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Local mode's secret file is its owner's alone: whoever reads it can mint an administrator's token. */
class LocalSecretFileTests {

	@TempDir
	Path dir;

	@BeforeEach
	void posix() {
		assumeThat(this.dir.getFileSystem().supportedFileAttributeViews()).as("a POSIX file system").contains("posix");
	}

	@Test
	void aNewSecretIsCreatedOwnerOnly() throws Exception {
		Path file = this.dir.resolve("data/local-jwt-secret");
		List<String> warnings = new ArrayList<>();

		new LocalTokenIssuer(file, warnings::add);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(file)).hasSizeGreaterThanOrEqualTo(43); // 32 bytes in Base64
		assertThat(warnings).isEmpty();
	}

	@Test
	void anExistingSecretOpenToOthersIsTightenedWithAWarning() throws Exception {
		Path file = this.dir.resolve("local-jwt-secret");
		LocalTokenIssuer first = new LocalTokenIssuer(file, warning -> { });
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		List<String> warnings = new ArrayList<>();

		LocalTokenIssuer second = new LocalTokenIssuer(file, warnings::add);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(warnings).singleElement().asString().contains("rw-r--r--").contains("delete the file");
		assertThat(second.key().getEncoded()).as("the same secret, kept").isEqualTo(first.key().getEncoded());
	}

	@Test
	void anOwnerOnlySecretIsReadWithoutAWarning() throws Exception {
		Path file = this.dir.resolve("local-jwt-secret");
		new LocalTokenIssuer(file, warning -> { });
		List<String> warnings = new ArrayList<>();

		new LocalTokenIssuer(file, warnings::add);

		assertThat(warnings).isEmpty();
	}

	@Test
	void theTokenCommandWillNotMintATokenForAReservedName() {
		String secret = this.dir.resolve("secret").toString();

		assertThatThrownBy(() -> TokenCommand.run(new String[] { "token", "--role", "administrator", "--user", " System",
				"--secret-file", secret }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("reserved");
		assertThat(TokenCommand.run(new String[] { "token", "--role", "clerk", "--user", "Anna Ek", "--secret-file", secret }))
			.startsWith("eyJ");
		assertThatThrownBy(() -> TokenCommand.run(new String[] { "token", "--role", "admin", "--secret-file", secret }))
			.hasMessageContaining("Unknown role 'admin'");
	}

	@Test
	void theTokenCommandWillNotMintATokenNamedAsTheCommandLinesActors() {
		String secret = this.dir.resolve("secret").toString();

		assertThatThrownBy(() -> TokenCommand.run(new String[] { "token", "--role", "clerk", "--user", "cli:root",
				"--secret-file", secret }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("cli:USER");
	}

}
