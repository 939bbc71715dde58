package se.justera.motion;

/**
 * A motion (motion) handled in a paragraph; raisedOn: when it was raised (väckt), null when the minutes
 * do not say; delayReported: the minutes record that fullmäktige was told it could not be decided within a year.
 */
public record Motion(Long id, Long paragraphId, String party, String title, MotionOutcome outcome,
		java.time.LocalDate raisedOn, boolean delayReported) {
}
