package se.justera.motion;

/** What was decided (or proposed) on a motion. */
public enum MotionOutcome {

	/** Bifallen. */
	GRANTED,
	/** Avslagen. */
	REJECTED,
	/** Besvarad. */
	ANSWERED,
	/** Återremitterad. */
	REFERRED_BACK

}
