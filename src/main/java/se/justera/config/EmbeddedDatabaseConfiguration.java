package se.justera.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (SPRING_DATASOURCE_URL), the app starts a real PostgreSQL
 * of its own, keeping its data under the working directory so that imports survive a restart.
 * Naming an external server turns this off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${justera.embedded-database.data-dir:data/postgres}") Path dataDir,
			@Value("${justera.embedded-database.port:0}") int port) throws IOException {
		Path dir = dataDir.toAbsolutePath();
		Files.createDirectories(dir);
		log.info("No SPRING_DATASOURCE_URL set: starting an embedded PostgreSQL with its data in {}", dir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false);
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL listening on port {} (user postgres, database postgres)", postgres.getPort());
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
