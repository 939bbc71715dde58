package se.justera.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.justera.jdbc.DeadlineJdbcTemplate;
import se.justera.jdbc.RequestWork;

/**
 * The connections, wherever the database is ({@link DatabaseCredentials}):
 * <ul>
 * <li>two pools as bulkheads: reads for the API's readers (read-only sessions), and writes for
 * mutations, imports and rule work, so that neither can take the other's connections;</li>
 * <li>a statement_timeout on every connection, and each statement of a request cancelled when the
 * request's time is up ({@link DeadlineJdbcTemplate});</li>
 * <li>migrations as the owner role, the app as a role that cannot alter tables (refused to start as
 * a superuser unless allowed), and readiness that answers DOWN within seconds when PostgreSQL is
 * unreachable or frozen.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabasePools.class)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	HikariDataSource readPool(DatabaseCredentials credentials, DatabasePools pools,
			@Value("${justera.node.id:}") String node) {
		Duration statementTimeout = pools.readStatementTimeout();
		HikariDataSource pool = pool("read", node, credentials, pools.readPoolSize(), statementTimeout,
				Duration.ofSeconds(3));
		// a reader that could write would be a hole: these sessions refuse every write
		pool.addDataSourceProperty("options",
				"-c statement_timeout=" + statementTimeout.toMillis() + " -c default_transaction_read_only=on");
		return pool;
	}

	@Bean(destroyMethod = "close")
	HikariDataSource writePool(DatabaseCredentials credentials, DatabasePools pools,
			@Value("${justera.node.id:}") String node) {
		return pool("write", node, credentials, pools.writePoolSize(), pools.writeStatementTimeout(), Duration.ofSeconds(30));
	}

	@Bean
	@Primary
	DataSource dataSource(@Qualifier("readPool") DataSource read, @Qualifier("writePool") DataSource write,
			RequestWork work) {
		AbstractRoutingDataSource router = new AbstractRoutingDataSource() {
			@Override
			protected Object determineCurrentLookupKey() {
				return work.pool();
			}
		};
		router.setTargetDataSources(Map.of(RequestWork.Pool.READ, read, RequestWork.Pool.WRITE, write));
		router.setDefaultTargetDataSource(write);
		router.afterPropertiesSet();
		return router;
	}

	@Bean
	JdbcTemplate jdbcTemplate(DataSource dataSource, RequestWork work, DatabasePools pools) {
		return new DeadlineJdbcTemplate(dataSource, work,
				Map.of(RequestWork.Pool.READ, pools.readStatementTimeout(), RequestWork.Pool.WRITE, pools.writeStatementTimeout()));
	}

	/**
	 * The services' transactions nest: inside a mutation's own transaction (which writes its audit
	 * row, see MutationAudit) a failing block rolls back to its savepoint, so the service can still
	 * look at what a concurrent import stored; alone, they are ordinary transactions.
	 */
	@Bean
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		return template;
	}

	/** Migrations as the owner; changelog 006 grants the app role what it may do, given as appRole. */
	@Bean
	SpringLiquibase liquibase(DatabaseCredentials credentials,
			@Value("${spring.liquibase.change-log:classpath:db/changelog/db.changelog-master.yaml}") String changeLog) {
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(new SimpleDriverDataSource(new org.postgresql.Driver(), credentials.url(),
				credentials.ownerUser(), credentials.ownerPassword()));
		liquibase.setChangeLog(changeLog);
		liquibase.setChangeLogParameters(Map.of("appRole", credentials.appUser()));
		return liquibase;
	}

	/** The app refuses to run as a superuser: it could drop the audit log's trigger. */
	@Bean
	PrivilegeCheck privilegeCheck(@Qualifier("writePool") DataSource write, DatabaseCredentials credentials,
			@Value("${justera.database.allow-superuser:false}") boolean allowSuperuser) throws SQLException {
		try (Connection c = write.getConnection(); Statement sql = c.createStatement();
				var rs = sql.executeQuery("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
			boolean superuser = rs.next() && rs.getBoolean(1);
			if (superuser && !allowSuperuser) {
				throw new IllegalStateException("The app connects to PostgreSQL as " + credentials.appUser()
						+ ", a superuser: it could drop the audit log's protection. Connect as a role without"
						+ " privileges (see the README: Database roles) or, for a test server only, set"
						+ " JUSTERA_DATABASE_ALLOW_SUPERUSER=true.");
			}
			if (superuser || credentials.appUser().equals(credentials.ownerUser())) {
				log.warn("Least privilege is not in force: the app connects as {}, {}. Set SPRING_LIQUIBASE_USER to the"
						+ " owner role and SPRING_DATASOURCE_USERNAME to a role without DDL rights (README: Database roles).",
						credentials.appUser(), superuser ? "a superuser" : "the owner of the tables");
			}
		}
		return new PrivilegeCheck();
	}

	/** Marks that the check ran. */
	record PrivilegeCheck() {
	}

	/**
	 * Readiness: a fresh connection of its own (not one from a pool that load may have emptied),
	 * with a login and socket timeout, so a frozen server gives DOWN in seconds instead of a hang.
	 */
	@Bean
	HealthIndicator databaseHealthIndicator(DatabaseCredentials credentials,
			@Value("${justera.database.health-timeout:2s}") Duration timeout) {
		PGSimpleDataSource probe = new PGSimpleDataSource();
		probe.setUrl(credentials.url());
		probe.setUser(credentials.appUser());
		probe.setPassword(credentials.appPassword());
		int seconds = (int) Math.max(1, timeout.toSeconds());
		probe.setLoginTimeout(seconds);
		probe.setConnectTimeout(seconds);
		probe.setSocketTimeout(seconds);
		probe.setApplicationName("justera-health");
		return () -> {
			try (Connection c = probe.getConnection(); Statement sql = c.createStatement()) {
				sql.execute("select 1");
				return Health.up().build();
			}
			catch (SQLException ex) {
				return Health.down().withDetail("error", ex.getMessage()).build();
			}
		};
	}

	private static HikariDataSource pool(String name, String node, DatabaseCredentials credentials, int size,
			Duration statementTimeout, Duration connectionTimeout) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName(name);
		pool.setJdbcUrl(credentials.url());
		pool.setUsername(credentials.appUser());
		pool.setPassword(credentials.appPassword());
		pool.setMaximumPoolSize(size);
		pool.setConnectionTimeout(connectionTimeout.toMillis());
		pool.setValidationTimeout(2000);
		pool.setKeepaliveTime(Duration.ofMinutes(1).toMillis());
		pool.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
		pool.addDataSourceProperty("connectTimeout", "5");
		pool.addDataSourceProperty("tcpKeepAlive", "true");
		// a frozen server must not hold a thread forever: well past any statement's own timeout
		pool.addDataSourceProperty("socketTimeout", Long.toString(statementTimeout.toSeconds() * 2 + 10));
		// with justera.node.id set, pg_stat_activity tells the nodes' sessions apart
		pool.addDataSourceProperty("ApplicationName", "justera-" + name + (node.isBlank() ? "" : " " + node.strip()));
		return pool;
	}

}
