package se.justera;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Justera: Swedish municipal minutes in PostgreSQL, served over GraphQL, checked against the law.
 *
 * <p>
 * {@code java -jar justera.jar} runs the server; {@code java -jar justera.jar import --municipality
 * NAME FILE...} imports files and exits.
 */
@SpringBootApplication
public class JusteraApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			SpringApplication app = new SpringApplication(JusteraApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setDefaultProperties(Map.of("justera.command", "import", "justera.demo.import-sample", "false",
					"spring.main.banner-mode", "off"));
			System.exit(SpringApplication.exit(app.run(args)));
		}
		SpringApplication.run(JusteraApplication.class, args);
	}

}
