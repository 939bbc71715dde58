package se.justera.compliance;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.justera.graphql.InvalidArgumentException;
import se.justera.municipality.BodyKind;
import se.justera.text.Names;

/**
 * Changes the rule configuration of a municipality or body and, in the same transaction, queues
 * that municipality's meetings for re-evaluation (any node's worker does it, off the request
 * thread), so that its findings follow the change. Returns how many meetings were queued. Configuring a body before its first minutes
 * arrive creates it. Names are matched and stored in canonical form ({@link Names#canonical}).
 */
@Service
public class SettingsService {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final RulesetService rulesets;

	SettingsService(JdbcClient jdbc, TransactionTemplate transaction, RulesetService rulesets) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.rulesets = rulesets;
	}

	public record BodySettings(String municipality, String body, BodyKind kind, Integer seats, Integer checkingDays) {
	}

	public int configureBody(BodySettings given) {
		BodySettings input = new BodySettings(Names.canonical(given.municipality()), Names.canonical(given.body()),
				given.kind(), given.seats(), given.checkingDays());
		if (input.seats() != null && input.seats() <= 0) {
			throw InvalidArgumentException.keyed("settings.seats", input.seats());
		}
		if (input.checkingDays() != null && input.checkingDays() < 0) {
			throw InvalidArgumentException.keyed("settings.checkingDaysNegative", input.checkingDays());
		}
		if (input.checkingDays() != null && input.checkingDays() > ComplianceSettings.LEGAL_MAX_CHECKING_DAYS) {
			throw InvalidArgumentException.keyed("settings.checkingDaysMax", ComplianceSettings.LEGAL_MAX_CHECKING_DAYS,
					input.checkingDays());
		}
		if (input.body() == null || input.body().isEmpty()) {
			throw InvalidArgumentException.keyed("settings.bodyRequired");
		}
		return this.transaction.execute(status -> {
			long municipalityId = municipalityId(input.municipality());
			BodyKind kind = input.kind() != null ? input.kind() : BodyKind.fromName(input.body());
			this.jdbc.sql("""
					insert into body (municipality_id, name, kind, seats, checking_days)
					values (:municipality, :name, :kind, :seats, coalesce(:days, 14))
					on conflict (municipality_id, lower(name)) do update
					set kind = :kind, seats = :seats, checking_days = coalesce(:days, body.checking_days)""")
				.param("municipality", municipalityId)
				.param("name", input.body())
				.param("kind", kind.name())
				.param("seats", input.seats())
				.param("days", input.checkingDays())
				.update();
			return this.rulesets.queueMunicipality(input.municipality(), "configureBody");
		});
	}

	public int configureOverrunThreshold(String given, BigDecimal percent) {
		String municipality = Names.canonical(given);
		if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw InvalidArgumentException.keyed("settings.overrunThreshold", percent);
		}
		return this.transaction.execute(status -> {
			this.jdbc.sql("update municipality set overrun_threshold_percent = ? where id = ?")
				.params(percent, municipalityId(municipality))
				.update();
			return this.rulesets.queueMunicipality(municipality, "configureOverrunThreshold");
		});
	}

	public int configureBudgetUnit(String givenMunicipality, String givenLabel, boolean committee, String note) {
		String municipality = Names.canonical(givenMunicipality);
		String label = Names.canonical(givenLabel);
		if (label == null || label.isEmpty()) {
			throw InvalidArgumentException.keyed("settings.labelRequired");
		}
		return this.transaction.execute(status -> {
			this.jdbc.sql("""
					insert into budget_unit (municipality_id, label, committee, note) values (?, ?, ?, ?)
					on conflict (municipality_id, label) do update set committee = excluded.committee, note = excluded.note""")
				.params(municipalityId(municipality), label, committee, note)
				.update();
			return this.rulesets.queueMunicipality(municipality, "configureBudgetUnit");
		});
	}

	private long municipalityId(String name) {
		if (name == null || name.isEmpty()) {
			throw InvalidArgumentException.keyed("settings.municipalityRequired");
		}
		return this.jdbc.sql("""
				insert into municipality (name) values (?)
				on conflict (lower(name)) do update set name = municipality.name returning id""")
			.params(name)
			.query(Long.class)
			.single();
	}

}
