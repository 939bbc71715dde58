package se.justera.security;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Role names are matched exactly: ASCII case, - for _ and a ROLE_ prefix aside, nothing else. */
class RoleTests {

	@ParameterizedTest
	@CsvSource({ "clerk, CLERK", "CLERK, CLERK", "Clerk, CLERK", "compliance_officer, COMPLIANCE_OFFICER",
			"compliance-officer, COMPLIANCE_OFFICER", "COMPLIANCE-OFFICER, COMPLIANCE_OFFICER",
			"administrator, ADMINISTRATOR", "ROLE_ADMINISTRATOR, ADMINISTRATOR", "role_clerk, CLERK" })
	void canonicalNames(String name, Role role) {
		assertThat(Role.parse(name)).contains(role);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"adm\u0131nistrator", // dotless ı: toUpperCase(Locale.ROOT) makes it ADMINISTRATOR
			"ADM\u0130NISTRATOR", // dotted capital İ: toLowerCase makes it i̇ (i and a combining dot)
			"\uff41dministrator", // fullwidth a
			"cler\u212a", // Kelvin sign, which lower-cases to k
			"admin", "officer", "Admin", "ROLE_ADMIN", "role-clerk", "ROLE_ROLE_CLERK", "clerks", "clerk ", " clerk",
			"cl erk", "clerk\u200b", "", "ROLE_", "_clerk", "compliance officer", "complianceofficer" })
	void anythingElseIsNoRole(String name) {
		assertThat(Role.parse(name)).isEmpty();
	}

	@Test
	void theBugThisGuardsAgainst() {
		assertThat("adm\u0131nistrator".toUpperCase(Locale.ROOT)).isEqualTo("ADMINISTRATOR");
		assertThat(Role.parse(null)).isEmpty();
	}

	@Test
	void foldingTouchesAsciiLettersOnly() {
		assertThat(Role.foldAscii("Kommun-ADMIN_\u00c5\u0130\u0131")).isEqualTo("kommun-admin_\u00c5\u0130\u0131");
	}

}
