package se.justera.municipality;

import java.util.Locale;

/** The kind of a municipal body (organ). */
public enum BodyKind {

	/** Kommunfullmäktige. */
	COUNCIL,
	/** Kommunstyrelsen. */
	EXECUTIVE_BOARD,
	/** A nämnd. */
	COMMITTEE,
	/** A gemensam nämnd shared by several municipalities. */
	JOINT_COMMITTEE,
	/** An utskott, e.g. kommunstyrelsens arbetsutskott. */
	WORKING_COMMITTEE,
	/** A kommunalförbund. */
	JOINT_AUTHORITY,
	OTHER;

	/** The kind a body's name suggests; configuration may say otherwise. */
	public static BodyKind fromName(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.contains("fullmäktige")) {
			return COUNCIL;
		}
		if (n.contains("utskott")) {
			return WORKING_COMMITTEE;
		}
		if (n.contains("kommunstyrelse")) {
			return EXECUTIVE_BOARD;
		}
		if (n.contains("förbund")) {
			return JOINT_AUTHORITY;
		}
		if (n.contains("gemensam") && n.contains("nämnd")) {
			return JOINT_COMMITTEE;
		}
		if (n.contains("nämnd") || n.contains("styrelse")) {
			return COMMITTEE;
		}
		return OTHER;
	}

}
