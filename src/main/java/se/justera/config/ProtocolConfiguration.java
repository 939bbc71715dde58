package se.justera.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.justera.protocol.ImportProperties;
import se.justera.protocol.ProtocolParser;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ProtocolConfiguration {

	@Bean
	ProtocolParser protocolParser(ImportProperties properties) {
		return new ProtocolParser(properties.maxCharacters());
	}

}
