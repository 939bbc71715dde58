package se.justera.compliance;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComplianceConfiguration {

	/** The rules folder: relative to the working directory unless absolute (JUSTERA_RULES_PATH). */
	@Bean
	ComplianceEngine complianceEngine(@Value("${justera.rules.path:rules}") Path rules) {
		return new ComplianceEngine(rules);
	}

}
