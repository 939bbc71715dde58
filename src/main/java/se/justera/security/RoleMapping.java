package se.justera.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the identity provider's role names grant which of Justera's roles. Names are matched
 * exactly but for ASCII case: {@code Kommun-Admin} matches {@code kommun-admin}, while non-ASCII
 * characters must be the same ones (no Unicode case rules, see {@link Role#parse}).
 *
 * @param mapped Justera's role by the identity provider's name, folded with {@link Role#foldAscii}
 * @param canonicalNames whether Justera's own names (clerk, compliance_officer, administrator) count as well
 */
record RoleMapping(Map<String, Role> mapped, boolean canonicalNames) {

	static final String PROPERTY = "justera.security.role-mapping";

	/** Justera's own names only: what local mode and an unconfigured deployment use. */
	static final RoleMapping CANONICAL = new RoleMapping(Map.of(), true);

	RoleMapping {
		mapped = Collections.unmodifiableMap(new LinkedHashMap<>(mapped));
	}

	/**
	 * The mapping from {@code idp-name:justera-role} entries. The name is split from the role at the
	 * last colon, so a name may be a URI. A wrong entry stops the start: a mapping that silently
	 * grants nothing, or grants something else, is worse than none.
	 */
	static RoleMapping of(List<String> entries, boolean canonicalNames) {
		Map<String, Role> mapped = new LinkedHashMap<>();
		for (String entry : entries) {
			if (entry == null || entry.isBlank()) {
				continue;
			}
			int colon = entry.lastIndexOf(':');
			String name = colon < 0 ? "" : entry.substring(0, colon).strip();
			String target = colon < 0 ? "" : entry.substring(colon + 1).strip();
			if (name.isEmpty() || target.isEmpty()) {
				throw new IllegalStateException(PROPERTY + ": the entry '" + entry
						+ "' is not idp-role:justera-role, e.g. kommun-admin:administrator");
			}
			Role role = Role.parse(target)
				.orElseThrow(() -> new IllegalStateException(PROPERTY + ": the entry '" + entry + "' maps to '" + target
						+ "', which is not a Justera role; use clerk, compliance_officer or administrator"));
			Optional<Role> own = Role.parse(name);
			if (canonicalNames && own.isPresent() && own.get() != role) {
				throw new IllegalStateException(PROPERTY + ": the entry '" + entry + "' maps Justera's own role name "
						+ own.get().canonicalName() + " to another role; set justera.security.canonical-role-names=false"
						+ " to read the identity provider's names through the mapping only");
			}
			Role before = mapped.put(Role.foldAscii(name), role);
			if (before != null && before != role) {
				throw new IllegalStateException(PROPERTY + ": '" + name + "' is mapped to both "
						+ before.canonicalName() + " and " + role.canonicalName());
			}
		}
		return new RoleMapping(mapped, canonicalNames);
	}

	/** The Justera role a role name from a token grants, if any. */
	Optional<Role> role(String name) {
		if (name == null) {
			return Optional.empty();
		}
		Role role = this.mapped.get(Role.foldAscii(name));
		if (role != null) {
			return Optional.of(role);
		}
		return this.canonicalNames ? Role.parse(name) : Optional.empty();
	}

}
