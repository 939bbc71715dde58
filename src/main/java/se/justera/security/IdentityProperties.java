package se.justera.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Justera reads a token from the identity provider (prefix {@code justera.security}).
 *
 * @param roleClaim the claim with the roles, nested with dots ({@code realm_access.roles})
 * @param nameClaim the claim with the user's name for the audit log; a token without it is refused
 * @param roleMapping the identity provider's role names for Justera's roles, as
 * {@code idp-name:justera-role} entries ({@code JUSTERA_SECURITY_ROLE_MAPPING=kommun-admin:administrator,diarie:clerk})
 * @param canonicalRoleNames whether the token's role names may be Justera's own (clerk,
 * compliance_officer, administrator); false for an identity provider shared with other applications,
 * whose role names mean something else there, so that only the mapping grants roles
 */
@ConfigurationProperties("justera.security")
record IdentityProperties(@DefaultValue("roles") String roleClaim, @DefaultValue("sub") String nameClaim,
		@DefaultValue List<String> roleMapping, @DefaultValue("true") boolean canonicalRoleNames) {

}
