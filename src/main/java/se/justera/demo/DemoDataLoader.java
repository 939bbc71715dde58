package se.justera.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
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
 *
 * <p>
 * Only where a demo belongs: the embedded default database (no {@code spring.datasource.url}),
 * in the server (no {@code justera.command}), and when asked ({@code justera.demo.import-sample}).
 * An external database is someone's real one: demo settings there would judge its minutes. It runs
 * as a lifecycle phase before the web server starts, so that the first answer already has the sample.
 */
@Component
@ConditionalOnExpression("'${justera.demo.import-sample:false}' == 'true' and '${spring.datasource.url:}'.isEmpty()"
		+ " and '${justera.command:}'.isEmpty()")
class DemoDataLoader implements SmartLifecycle {

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

	private volatile boolean running;

	@Override
	public void start() {
		try {
			load();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled demo data", ex);
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the web server starts (it answers from its own, later, phase). */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;
	}

	void load() throws IOException {
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
