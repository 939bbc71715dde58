package se.justera.config;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Says, once the server is ready (readiness UP, the sample imported where there is one), how long
 * the start took from the JVM's start and where to go: the GraphQL endpoint and GraphiQL.
 */
@Component
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final String contextPath;

	StartupReport(@Value("${server.servlet.context-path:}") String contextPath) {
		this.contextPath = contextPath;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return; // a command: nothing is served
		}
		double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
		String base = "http://localhost:" + web.getWebServer().getPort() + this.contextPath;
		log.info(String.format(Locale.ROOT, "Justera is ready, %.1f s after the JVM started: GraphQL %s/graphql,"
				+ " GraphiQL %s/graphiql, readiness %s/actuator/health/readiness", seconds, base, base, base));
	}

}
