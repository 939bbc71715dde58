package se.justera.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The two pools' sizes and PostgreSQL statement timeouts ({@code justera.database.*}): read by the
 * pools, which set {@code statement_timeout} on their sessions, and by the JdbcTemplate, which
 * sets a query timeout only when a request has less time left than that.
 */
@ConfigurationProperties("justera.database")
record DatabasePools(@DefaultValue("10") int readPoolSize, @DefaultValue("5") int writePoolSize,
		@DefaultValue("15s") Duration readStatementTimeout, @DefaultValue("60s") Duration writeStatementTimeout) {
}
