package se.justera.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Imports the bundled sample minutes at start so that a newcomer has data to query; idempotent. */
@Component
@ConditionalOnProperty(name = "justera.demo.import-sample", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final String SAMPLE = "demo/smedjebacken-ks-2023-12-12.txt";

	private final ProtocolImportService imports;

	DemoDataLoader(ProtocolImportService imports) {
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		String text = new ClassPathResource(SAMPLE).getContentAsString(StandardCharsets.UTF_8);
		ImportResult result = this.imports.importProtocol("Smedjebacken", text);
		log.info("Sample minutes {} {} as meeting {}", SAMPLE, result.created() ? "imported" : "already stored",
				result.meetingId());
	}

}
