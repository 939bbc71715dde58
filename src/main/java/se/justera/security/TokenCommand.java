package se.justera.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import se.justera.command.Commands;

/**
 * {@code token --role clerk|compliance_officer|administrator [--role ...] [--user NAME] [--hours N]
 * [--secret-file PATH]}: mints a bearer token for local mode, signed with the same secret file the
 * server uses (default data/local-jwt-secret), without starting the app.
 */
public final class TokenCommand {

	private TokenCommand() {
	}

	public static String run(String[] args) {
		Commands.Token options;
		try {
			options = Commands.parse(new Commands.Token(), args);
		}
		catch (picocli.CommandLine.ParameterException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		List<Role> roles = new ArrayList<>();
		for (String value : options.roles()) {
			roles.add(Role.parse(value).orElseThrow(() -> new IllegalArgumentException(
					"Unknown role '" + value + "': use clerk, compliance_officer or administrator")));
		}
		String user = options.user() != null ? options.user() : System.getProperty("user.name", "local");
		long hours = options.hours();
		Path secret = options.secretFile() != null ? options.secretFile()
				: Path.of(System.getenv().getOrDefault("JUSTERA_SECURITY_LOCAL_SECRET_FILE", "data/local-jwt-secret"));
		String name = user;
		SubjectValidator.reserved(name).ifPresent(reserved -> {
			throw new IllegalArgumentException("The user name '" + name + "' is reserved: Justera writes " + reserved
					+ " in the audit log for its own entries, and the server refuses a token with it");
		});
		return new LocalTokenIssuer(secret).mint(user, roles, Duration.ofHours(hours));
	}

}
