package se.justera;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

/** Test helper: a GraphQL tester that sends a local-mode bearer token for a role. */
public final class Tokens {

	private Tokens() {
	}

	public static HttpGraphQlTester as(HttpGraphQlTester graphQl, LocalTokenIssuer issuer, Role role) {
		return graphQl.mutate()
			.header("Authorization", "Bearer " + issuer.mint("test-" + role.name().toLowerCase(), role))
			.build();
	}

}
