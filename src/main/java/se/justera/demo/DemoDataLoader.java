package se.justera.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.justera.compliance.SettingsService;
import se.justera.municipality.BodyKind;
import se.justera.protocol.ImportResult;
import se.justera.protocol.ProtocolImportService;

/**
 * Gives a newcomer data to query: seeds Smedjebacken's rule configuration from
 * {@code demo/smedjebacken-settings.json} and imports the bundled sample minutes. Idempotent.
 */
@Component
@ConditionalOnProperty(name = "justera.demo.import-sample", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final String SAMPLE = "demo/smedjebacken-ks-2023-12-12.txt";

	static final String SETTINGS = "demo/smedjebacken-settings.json";

	record DemoSettings(String municipality, BigDecimal overrunThresholdPercent, String overrunThresholdSource,
			List<DemoBody> bodies,
			List<DemoBudgetUnit> budgetUnits) {
	}

	record DemoBody(String name, BodyKind kind, Integer seats, Integer checkingDays, String assumption) {
	}

	record DemoBudgetUnit(String label, boolean committee, String note) {
	}

	private final ProtocolImportService imports;

	private final SettingsService settings;

	DemoDataLoader(ProtocolImportService imports, SettingsService settings) {
		this.imports = imports;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		DemoSettings demo = JsonMapper.builder()
			.build()
			.readValue(new ClassPathResource(SETTINGS).getContentAsString(StandardCharsets.UTF_8), DemoSettings.class);
		this.settings.configureOverrunThreshold(demo.municipality(), demo.overrunThresholdPercent());
		for (DemoBody body : demo.bodies()) {
			this.settings.configureBody(new SettingsService.BodySettings(demo.municipality(), body.name(), body.kind(),
					body.seats(), body.checkingDays()));
		}
		for (DemoBudgetUnit unit : demo.budgetUnits()) {
			this.settings.configureBudgetUnit(demo.municipality(), unit.label(), unit.committee(), unit.note());
		}
		String text = new ClassPathResource(SAMPLE).getContentAsString(StandardCharsets.UTF_8);
		ImportResult result = this.imports.importProtocol(demo.municipality(), text, "demo", true);
		log.info("Sample minutes {} {} as meeting {}", SAMPLE, result.created() ? "imported" : "already stored",
				result.meetingId());
	}

}
