package se.justera.demo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.JusteraApplication;
import se.justera.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo seeds only the embedded database (FirstStartTests shows that side): never an external one. */
class DemoDataTests {

	@Test
	void anExternalDatabaseGetsNoDemoEvenWhenAsked() {
		Map<String, String> properties = new HashMap<>(TestDatabase.appProperties(TestDatabase.newDatabase("justera_demo_external")));
		properties.put("justera.demo.import-sample", "true");
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JusteraApplication.class)
			.web(WebApplicationType.NONE)
			.run(args)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);

			assertThat(context.getBeansOfType(DemoDataLoader.class)).isEmpty();
			assertThat(jdbc.sql("select count(*) from meeting").query(Integer.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from municipality where name = 'Smedjebacken'").query(Integer.class).single())
				.as("the demo's settings")
				.isZero();
		}
	}

}
