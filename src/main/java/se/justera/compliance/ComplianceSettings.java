package se.justera.compliance;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import se.justera.municipality.BodyKind;

/**
 * What the rules need to know about a municipality and body that the minutes do not say: local
 * configuration, never constants in code.
 *
 * @param seats the body's number of seats; null when not configured
 * @param checkingDays days allowed between the meeting and the checking of its minutes, at most
 * {@link #LEGAL_MAX_CHECKING_DAYS}
 * @param overrunThresholdPercent a committee's forecast deficit above this share of its full-year
 * budget must be reported with measures; null when the municipality has no such rule
 * @param committeeUnits budget row labels (lower case) the municipality counts as committees (true)
 * or not (false); empty: rows whose name says nämnd count
 */
public record ComplianceSettings(BodyKind kind, Integer seats, int checkingDays, BigDecimal overrunThresholdPercent,
		Map<String, Boolean> committeeUnits) {

	/**
	 * The law's limit for checking the minutes: no later than 14 days after the meeting (KL 2017:725
	 * 5 kap. 69 §). A body's rules of procedure may ask for less, never for more.
	 */
	public static final int LEGAL_MAX_CHECKING_DAYS = 14;

	public static ComplianceSettings defaults(String bodyName) {
		return new ComplianceSettings(BodyKind.fromName(bodyName), null, LEGAL_MAX_CHECKING_DAYS, null, Map.of());
	}

	/** Whether a budget row's unit is a committee for the overrun rule. */
	public boolean isCommittee(String label) {
		if (label == null) {
			return false;
		}
		String key = label.strip().toLowerCase(Locale.ROOT);
		if (!this.committeeUnits.isEmpty()) {
			return this.committeeUnits.getOrDefault(key, false);
		}
		return key.matches(".*nämnd(en)?$") && !key.startsWith("summa");
	}

}
