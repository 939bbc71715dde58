package se.justera.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import se.justera.JusteraApplication;
import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Local mode cannot be switched on by accident in production: with an external database it stops the start. */
class LocalModeGuardTests {

	@Test
	void anExternalDatabaseWithoutAnIdentityProviderDoesNotStart() {
		Map<String, String> database = TestDatabase.properties();
		String[] args = { "--spring.datasource.url=" + database.get("spring.datasource.url"),
				"--spring.datasource.username=" + database.get("spring.datasource.username"),
				"--spring.datasource.password=" + database.get("spring.datasource.password"),
				"--spring.liquibase.user=" + database.get("spring.liquibase.user"),
				"--spring.liquibase.password=" + database.get("spring.liquibase.password"),
				"--justera.demo.import-sample=false", "--server.port=0",
				"--justera.security.local.secret-file=target/test-jwt-secret" };

		assertThatThrownBy(() -> new SpringApplicationBuilder(JusteraApplication.class).run(args)).rootCause()
			.hasMessageContaining("No identity provider configured")
			.hasMessageContaining("JUSTERA_SECURITY_LOCAL_ALLOW_WITH_EXTERNAL_DATABASE");
	}

}
