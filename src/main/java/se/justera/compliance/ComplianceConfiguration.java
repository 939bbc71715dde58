package se.justera.compliance;

import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComplianceConfiguration {

	/**
	 * The rules folder (JUSTERA_RULES_PATH), relative to the working directory unless absolute;
	 * none configured: the rules the jar carries, so that the jar starts from any directory.
	 */
	@Bean
	ComplianceEngine complianceEngine(@Value("${justera.rules.path:}") String rules) {
		return new ComplianceEngine(rules.isBlank() ? null : Path.of(rules.strip()));
	}

	/** Each evaluation of one meeting gets this long (JUSTERA_RULES_EVALUATION_TIMEOUT). */
	@Bean(destroyMethod = "close")
	RuleRunner ruleRunner(@Value("${justera.rules.evaluation-timeout:2s}") Duration budget) {
		return new RuleRunner(budget);
	}

	/** This node's name in the queue and the rulesets' records: host, process and a random part. */
	@Bean
	ClusterNode clusterNode(@Value("${justera.node.id:}") String configured) {
		if (!configured.isBlank()) {
			return new ClusterNode(configured.strip());
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			host = "node";
		}
		byte[] random = new byte[2];
		new SecureRandom().nextBytes(random);
		return new ClusterNode(host + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random));
	}

}
