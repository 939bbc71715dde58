package se.justera.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may do what. Anyone may read minutes and findings (they are public records); changing them
 * and judging findings take a role. An administrator may do everything.
 */
public enum Role {

	/** Imports, checks and corrects minutes (registrator, nämndsekreterare). */
	CLERK,
	/** Reviews findings, changes rule configuration, reloads rules (compliance officer). */
	COMPLIANCE_OFFICER,
	/** Everything, and manages municipalities and bodies. */
	ADMINISTRATOR;

	public String authority() {
		return "ROLE_" + name();
	}

	/** A role as identity providers write it: clerk, compliance_officer, compliance-officer, administrator, admin. */
	public static Optional<Role> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		if (v.startsWith("ROLE_")) {
			v = v.substring(5);
		}
		return switch (v) {
			case "CLERK" -> Optional.of(CLERK);
			case "COMPLIANCE_OFFICER", "OFFICER" -> Optional.of(COMPLIANCE_OFFICER);
			case "ADMINISTRATOR", "ADMIN" -> Optional.of(ADMINISTRATOR);
			default -> Optional.empty();
		};
	}

}
