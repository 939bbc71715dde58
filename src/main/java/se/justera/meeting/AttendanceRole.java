package se.justera.meeting;

/** How a person attended a meeting. */
public enum AttendanceRole {

	/** Ordförande. */
	CHAIR,
	/** Vice ordförande (1:e, 2:e...). */
	VICE_CHAIR,
	/** Ledamot. */
	MEMBER,
	/** Tjänstgörande ersättare: decides in place of a member. */
	SERVING_SUBSTITUTE,
	/** Ej tjänstgörande ersättare: present, may speak, does not decide. */
	NON_SERVING_SUBSTITUTE,
	/** Övriga närvarande: officials and guests. */
	OTHER_ATTENDEE;

	/** Whether this role takes part in decisions (beslutande). */
	public boolean decides() {
		return this == CHAIR || this == VICE_CHAIR || this == MEMBER || this == SERVING_SUBSTITUTE;
	}

}
