package se.justera.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import se.justera.JusteraApplication;
import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A role mapping to a role Justera does not have stops the start, with the entry in the message. */
class RoleMappingStartupTests {

	@Test
	void aMappingToAnUnknownRoleFailsTheStart() {
		List<String> args = new ArrayList<>(TestDatabase.appArguments(TestDatabase.properties()));
		args.add("--server.port=0");
		args.add("--justera.security.role-mapping=diarie:clerk,kommun-admin:superadmin");

		assertThatThrownBy(() -> new SpringApplicationBuilder(JusteraApplication.class).run(args.toArray(String[]::new)))
			.rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("justera.security.role-mapping")
			.hasMessageContaining("'kommun-admin:superadmin'")
			.hasMessageContaining("not a Justera role; use clerk, compliance_officer or administrator");
	}

}
