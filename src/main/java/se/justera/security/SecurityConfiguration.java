package se.justera.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Reads are open; every mutation checks a role (see {@link Role}), given by a bearer JWT. In
 * production the JWT comes from the municipality's identity provider
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}); the role claim, the name claim and
 * a mapping of the provider's role names are configurable ({@link IdentityProperties}). Every token
 * must expire and name a user who is not one of Justera's own actors.
 * Without an issuer the app runs in local mode: it accepts tokens signed with a local secret,
 * minted by the {@code token} command.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for the command-line tools
	SecurityFilterChain securityFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
			ObjectProvider<CommandLineAccess> commandLine) throws Exception {
		JsonSecurityErrors errors = new JsonSecurityErrors();
		// the import command's secret, on the embedded database only (CommandLineAccess)
		commandLine.ifAvailable(access -> http.addFilterBefore(access.filter(), BearerTokenAuthenticationFilter.class));
		return http
			// a JSON API with bearer tokens and no cookies: no CSRF to forge, no session to keep
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// nothing to log out of and no request to replay after a login: two filters fewer on every request
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			// file uploads are refused to anonymous callers before their body is read; the role is checked
			// (and a refusal audited) by the endpoint, as GraphQL's mutations check theirs
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/protocols", "/protocols/check",
					"/protocols/corrections")
				.authenticated()
				.anyRequest()
				.permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint(errors)
				.accessDeniedHandler(errors))
			.build();
	}

	/**
	 * No observation of Spring Security's filters, authentications and authorizations: with the
	 * observations off by property ({@code management.observations.enable.spring.security}) each
	 * filter was still wrapped to start a no-op one, 3 % of an anonymous read's CPU (JFR). The
	 * request's own observations ({@code http.server.requests}, {@code graphql.request}) are off by
	 * property until a registry is exported (application.yaml).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Spring Security's strict firewall, its header checks without regular expressions. */
	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters.NAMES);
		firewall.setAllowedHeaderValues(HeaderCharacters.VALUES);
		firewall.setAllowedParameterNames(HeaderCharacters.NAMES); // its default: the names' pattern
		return firewall;
	}

	@Bean
	RoleMapping roleMapping(IdentityProperties properties) {
		return RoleMapping.of(properties.roleMapping(), properties.canonicalRoleNames());
	}

	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter(IdentityProperties properties, RoleMapping mapping) {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setPrincipalClaimName(properties.nameClaim());
		converter.setJwtGrantedAuthoritiesConverter(jwt -> roles(jwt, properties.roleClaim(), mapping));
		return converter;
	}

	/*
	 * Token checks beyond Spring's (signature, issuer, expiry when there is one). As beans, Spring Boot
	 * adds them to the decoder it builds for an issuer-uri or jwk-set-uri; local mode adds them itself.
	 */

	@Bean
	OAuth2TokenValidator<Jwt> expiryRequired() {
		return new ExpiryRequiredValidator();
	}

	@Bean
	OAuth2TokenValidator<Jwt> subjectRequired(IdentityProperties properties) {
		return new SubjectValidator(properties.nameClaim());
	}

	/** Justera's own role names only: see {@link #roles(Jwt, String, RoleMapping)}. */
	static Collection<GrantedAuthority> roles(Jwt jwt, String claimPath) {
		return roles(jwt, claimPath, RoleMapping.CANONICAL);
	}

	/**
	 * Roles from a claim that may be nested ("realm_access.roles") and a list or a space-separated
	 * string; names that the mapping does not know grant nothing.
	 */
	static Collection<GrantedAuthority> roles(Jwt jwt, String claimPath, RoleMapping mapping) {
		Object value = jwt.getClaims();
		for (String part : claimPath.split("\\.")) {
			value = value instanceof Map<?, ?> map ? map.get(part) : null;
		}
		List<String> names = new ArrayList<>();
		if (value instanceof Collection<?> list) {
			list.forEach(item -> names.add(String.valueOf(item)));
		}
		else if (value instanceof String text) {
			names.addAll(List.of(text.split("[\\s,]+")));
		}
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		names.forEach(name -> mapping.role(name).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority()))));
		return List.copyOf(authorities);
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMINISTRATOR > ROLE_COMPLIANCE_OFFICER
				ROLE_ADMINISTRATOR > ROLE_CLERK""");
	}

	/** Local mode: no identity provider configured. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}'.isEmpty()"
			+ " and '${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}'.isEmpty()")
	static class LocalMode {

		private static final Logger log = LoggerFactory.getLogger(LocalMode.class);

		@Bean
		LocalTokenIssuer localTokenIssuer(Environment environment,
				@Value("${justera.security.local.secret-file:data/local-jwt-secret}") Path secretFile,
				@Value("${justera.security.local.allow-with-external-database:false}") boolean allowWithExternalDatabase) {
			String datasource = environment.getProperty("spring.datasource.url", "");
			// an external database is a deployment: it must name its identity provider, unless told otherwise
			if (!datasource.isEmpty() && !allowWithExternalDatabase) {
				throw new IllegalStateException("No identity provider configured"
						+ " (spring.security.oauth2.resourceserver.jwt.issuer-uri) while using the external database "
						+ datasource + ". Local mode, with tokens from the token command, is for trying Justera on its"
						+ " embedded database; to allow it here anyway set JUSTERA_SECURITY_LOCAL_ALLOW_WITH_EXTERNAL_DATABASE=true.");
			}
			log.warn("Local security mode: accepting tokens signed with {} (mint one with: java -jar justera.jar token"
					+ " --role clerk --user NAME). Configure an issuer for production.", secretFile.toAbsolutePath());
			return new LocalTokenIssuer(secretFile, log::warn);
		}

		@Bean
		JwtDecoder jwtDecoder(LocalTokenIssuer issuer, List<OAuth2TokenValidator<Jwt>> validators) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(issuer.key()).macAlgorithm(MacAlgorithm.HS256).build();
			List<OAuth2TokenValidator<Jwt>> all = new ArrayList<>();
			all.add(new JwtIssuerValidator(LocalTokenIssuer.ISSUER));
			all.addAll(validators); // the same checks as in production
			decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(all));
			return decoder;
		}

	}

}
