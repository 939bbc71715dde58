package se.justera.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An external PostgreSQL (SPRING_DATASOURCE_URL): the application's role from
 * spring.datasource.username/password, the owner's, for migrations, from spring.liquibase.user/password
 * (the application's when not set). The README shows how to create both roles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
class ExternalDatabaseConfiguration {

	@Bean
	DatabaseCredentials databaseCredentials(@Value("${spring.datasource.url}") String url,
			@Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password,
			@Value("${spring.liquibase.user:}") String owner, @Value("${spring.liquibase.password:}") String ownerPassword) {
		return owner.isEmpty() ? new DatabaseCredentials(url, user, password, user, password)
				: new DatabaseCredentials(url, user, password, owner, ownerPassword);
	}

}
