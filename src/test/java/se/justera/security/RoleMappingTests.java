package se.justera.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The identity provider's role names for Justera's roles: exact, and checked when the app starts. */
class RoleMappingTests {

	@Test
	void aMappedNameGrantsItsRoleMatchedExactlyButForAsciiCase() {
		RoleMapping mapping = RoleMapping.of(List.of("kommun-admin:administrator", " diarie : clerk ",
				"n\u00e4mndsekreterare:clerk"), true);

		assertThat(mapping.role("kommun-admin")).contains(Role.ADMINISTRATOR);
		assertThat(mapping.role("Kommun-Admin")).contains(Role.ADMINISTRATOR);
		assertThat(mapping.role("diarie")).contains(Role.CLERK);
		assertThat(mapping.role("n\u00e4mndsekreterare")).contains(Role.CLERK);
		assertThat(mapping.role("N\u00e4mndsekreterare")).contains(Role.CLERK);
		assertThat(mapping.role("n\u00c4mndsekreterare")).as("non-ASCII letters are not case-folded").isEmpty();
		assertThat(mapping.role("kommun-adm\u0131n")).as("dotless \u0131").isEmpty();
		assertThat(mapping.role("kommun_admin")).as("- for _ is for Justera's own names only").isEmpty();
		assertThat(mapping.role("kommun-admin ")).isEmpty();
		assertThat(mapping.role("admin")).isEmpty();
	}

	@Test
	void justerasOwnNamesStillCountUnlessSwitchedOff() {
		assertThat(RoleMapping.of(List.of("diarie:clerk"), true).role("administrator")).contains(Role.ADMINISTRATOR);

		RoleMapping sharedProvider = RoleMapping.of(List.of("justera-admin:administrator"), false);
		assertThat(sharedProvider.role("administrator")).isEmpty();
		assertThat(sharedProvider.role("justera-admin")).contains(Role.ADMINISTRATOR);
	}

	@Test
	void noAliasesByDefault() {
		assertThat(RoleMapping.CANONICAL.role("admin")).isEmpty();
		assertThat(RoleMapping.CANONICAL.role("officer")).isEmpty();
		assertThat(RoleMapping.CANONICAL.role("compliance_officer")).contains(Role.COMPLIANCE_OFFICER);
	}

	@Test
	void theRoleClaimGrantsNoAuthorityForLookalikesOrAliases() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "none")
			.claim("roles", List.of("adm\u0131nistrator", "admin", "officer", "ROLE_ADMIN"))
			.build();
		Jwt mapped = Jwt.withTokenValue("t").header("alg", "none").claim("roles", "admin clerk").build();

		assertThat(SecurityConfiguration.roles(jwt, "roles")).isEmpty();
		assertThat(SecurityConfiguration.roles(mapped, "roles", RoleMapping.of(List.of("admin:administrator"), true)))
			.extracting(Object::toString)
			.containsExactly("ROLE_ADMINISTRATOR", "ROLE_CLERK");
	}

	@Test
	void aNameMayBeAUri() {
		RoleMapping mapping = RoleMapping.of(List.of("https://idp.falun.se/roles/registrator:clerk"), true);

		assertThat(mapping.role("https://idp.falun.se/roles/registrator")).contains(Role.CLERK);
	}

	@Test
	void anUnknownTargetRoleIsRefusedWithTheEntry() {
		assertThatThrownBy(() -> RoleMapping.of(List.of("diarie:clerk", "kommun-admin:superuser"), true))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("justera.security.role-mapping")
			.hasMessageContaining("'kommun-admin:superuser'")
			.hasMessageContaining("not a Justera role");
		assertThatThrownBy(() -> RoleMapping.of(List.of("kommun-admin:admin"), true)).hasMessageContaining("not a Justera role");
		assertThatThrownBy(() -> RoleMapping.of(List.of("kommun-admin:adm\u0131nistrator"), true))
			.hasMessageContaining("not a Justera role");
	}

	@Test
	void malformedAmbiguousAndConflictingEntriesAreRefused() {
		assertThatThrownBy(() -> RoleMapping.of(List.of("kommun-admin"), true)).hasMessageContaining("idp-role:justera-role");
		assertThatThrownBy(() -> RoleMapping.of(List.of(":clerk"), true)).hasMessageContaining("idp-role:justera-role");
		assertThatThrownBy(() -> RoleMapping.of(List.of("clerk:administrator"), true))
			.hasMessageContaining("Justera's own role name clerk");
		assertThatThrownBy(() -> RoleMapping.of(List.of("diarie:clerk", "DIARIE:administrator"), true))
			.hasMessageContaining("mapped to both clerk and administrator");
		assertThat(RoleMapping.of(List.of("clerk:administrator"), false).role("clerk")).contains(Role.ADMINISTRATOR);
	}

	@Test
	void thePropertiesBindFromEnvironmentVariables() {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("JUSTERA_SECURITY_ROLE_MAPPING", "kommun-admin:administrator,Diarie-Registrator:clerk",
						"JUSTERA_SECURITY_ROLE_CLAIM", "realm_access.roles", "JUSTERA_SECURITY_NAME_CLAIM",
						"preferred_username", "JUSTERA_SECURITY_CANONICAL_ROLE_NAMES", "false")));

		IdentityProperties properties = new Binder(ConfigurationPropertySources.from(sources))
			.bind("justera.security", IdentityProperties.class)
			.get();

		assertThat(properties).isEqualTo(new IdentityProperties("realm_access.roles", "preferred_username",
				List.of("kommun-admin:administrator", "Diarie-Registrator:clerk"), false));
		assertThat(RoleMapping.of(properties.roleMapping(), false).role("diarie-registrator")).contains(Role.CLERK);
	}

}
