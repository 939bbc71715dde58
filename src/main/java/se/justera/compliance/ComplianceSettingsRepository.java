package se.justera.compliance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.justera.municipality.BodyKind;

/** The rule configuration stored per municipality and body. */
@Repository
class ComplianceSettingsRepository {

	private final JdbcClient jdbc;

	ComplianceSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The settings for a body; defaults for what is not stored (an unknown body: all defaults). */
	ComplianceSettings find(String municipality, String body) {
		ComplianceSettings defaults = ComplianceSettings.defaults(body);
		Map<String, Object> row = this.jdbc.sql("""
				select mu.id as municipality_id, mu.overrun_threshold_percent, b.kind, b.seats, b.checking_days
				from municipality mu left join body b on b.municipality_id = mu.id and lower(b.name) = lower(:body)
				where lower(mu.name) = lower(:municipality)""")
			.param("municipality", municipality)
			.param("body", body)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
		if (row == null) {
			return defaults;
		}
		Map<String, Boolean> units = new HashMap<>();
		this.jdbc.sql("select label, committee from budget_unit where municipality_id = ?")
			.params(row.get("municipality_id"))
			.query((rs, n) -> units.put(rs.getString("label").toLowerCase(Locale.ROOT), rs.getBoolean("committee")))
			.list();
		return new ComplianceSettings(
				row.get("kind") == null ? defaults.kind() : BodyKind.valueOf((String) row.get("kind")),
				(Integer) row.get("seats"),
				row.get("checking_days") == null ? defaults.checkingDays() : (Integer) row.get("checking_days"),
				row.get("overrun_threshold_percent") == null ? null
						: ((BigDecimal) row.get("overrun_threshold_percent")).stripTrailingZeros(),
				units);
	}

}
