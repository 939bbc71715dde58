package se.justera.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code token --role clerk|compliance_officer|administrator [--role ...] [--user NAME] [--hours N]
 * [--secret-file PATH]}: mints a bearer token for local mode, signed with the same secret file the
 * server uses (default data/local-jwt-secret), without starting the app.
 */
public final class TokenCommand {

	private TokenCommand() {
	}

	public static String run(String[] args) {
		List<Role> roles = new ArrayList<>();
		String user = System.getProperty("user.name", "local");
		long hours = 12;
		Path secret = Path.of(System.getenv().getOrDefault("JUSTERA_SECURITY_LOCAL_SECRET_FILE", "data/local-jwt-secret"));
		for (int i = 1; i + 1 < args.length; i += 2) {
			String value = args[i + 1];
			switch (args[i]) {
				case "--role" -> roles.add(Role.parse(value).orElseThrow(() -> new IllegalArgumentException(
						"Unknown role '" + value + "': use clerk, compliance_officer or administrator")));
				case "--user" -> user = value;
				case "--hours" -> hours = Long.parseLong(value);
				case "--secret-file" -> secret = Path.of(value);
				default -> throw new IllegalArgumentException("Unknown option " + args[i]
						+ "; usage: token --role ROLE [--user NAME] [--hours N] [--secret-file PATH]");
			}
		}
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("usage: token --role clerk|compliance_officer|administrator [--user NAME]");
		}
		String name = user;
		SubjectValidator.reserved(name).ifPresent(reserved -> {
			throw new IllegalArgumentException("The user name '" + name + "' is reserved: Justera writes " + reserved
					+ " in the audit log for its own entries, and the server refuses a token with it");
		});
		return new LocalTokenIssuer(secret).mint(user, roles, Duration.ofHours(hours));
	}

}
