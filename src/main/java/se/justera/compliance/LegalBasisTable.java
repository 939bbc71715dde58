package se.justera.compliance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The legal basis of every rule under every act, read from {@code legal-basis.yaml}: a file of the
 * ruleset beside its .drl files, stored and versioned with them, so that every node and every stored
 * ruleset cites from the same table. A finding cites its rule's basis under the act in force on the meeting date: the act with
 * the latest start on or before it (minutes older than the first act are judged under the first).
 *
 * @param acts the acts, oldest first
 * @param rules per rule id, per act id, the basis
 */
public record LegalBasisTable(List<Act> acts, Map<String, Map<String, Basis>> rules) {

	/** The name of the table's file in the rules folder and among a stored ruleset's files. */
	public static final String FILE = "legal-basis.yaml";

	/** An act and the day it came into force, e.g. 1991:900 from 1992-01-01. */
	public record Act(String id, String title, LocalDate from, String source) {
	}

	/** A rule's basis under one act, where it was checked, and whether it could be read in the act itself. */
	public record Basis(String act, String basis, String source, boolean verified) {
	}

	public LegalBasisTable {
		acts = List.copyOf(acts);
		Map<String, Map<String, Basis>> copy = new HashMap<>();
		rules.forEach((ruleId, byAct) -> copy.put(ruleId, Map.copyOf(byAct)));
		rules = Map.copyOf(copy);
	}

	/** The act in force on a date; the latest act when the date is unknown. */
	public Act actOn(LocalDate date) {
		if (date == null) {
			return currentAct();
		}
		Act inForce = this.acts.get(0);
		for (Act act : this.acts) {
			if (!act.from().isAfter(date)) {
				inForce = act;
			}
		}
		return inForce;
	}

	/** The latest act of the table, taken as the one in force today. */
	public Act currentAct() {
		return this.acts.get(this.acts.size() - 1);
	}

	/** Per rule id, the basis under the act in force on the meeting date. */
	public Map<String, String> basesOn(LocalDate meetingDate) {
		String act = actOn(meetingDate).id();
		Map<String, String> bases = new HashMap<>();
		this.rules.forEach((ruleId, byAct) -> bases.put(ruleId, byAct.get(act).basis()));
		return bases;
	}

}
