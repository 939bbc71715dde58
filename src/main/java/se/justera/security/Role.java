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

	/** The name tokens and the role mapping use: clerk, compliance_officer, administrator. */
	public String canonicalName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * A role by its canonical name, matched exactly but for ASCII case, {@code -} for {@code _} and
	 * an optional {@code ROLE_} prefix: {@code clerk}, {@code COMPLIANCE-OFFICER},
	 * {@code ROLE_administrator}. No aliases ({@code admin}, {@code officer}: a shared identity
	 * provider's generic roles must not grant Justera's; map them with justera.security.role-mapping
	 * instead) and no Unicode case rules: a name with any character outside printable ASCII matches
	 * nothing, since {@code "admınistrator".toUpperCase()} (dotless ı) is ADMINISTRATOR.
	 */
	public static Optional<Role> parse(String value) {
		if (value == null || value.isEmpty() || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
			return Optional.empty();
		}
		String v = foldAscii(value);
		if (v.startsWith("role_")) {
			v = v.substring(5);
		}
		v = v.replace('-', '_');
		for (Role role : values()) {
			if (role.canonicalName().equals(v)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	/** Lower case for A to Z only; every other character stays as it is, to be matched exactly. */
	static String foldAscii(String value) {
		char[] chars = value.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] >= 'A' && chars[i] <= 'Z') {
				chars[i] = (char) (chars[i] + ('a' - 'A'));
			}
		}
		return new String(chars);
	}

}
