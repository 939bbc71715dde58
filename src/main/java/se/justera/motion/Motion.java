package se.justera.motion;

/** A motion (motion) handled in a paragraph. */
public record Motion(Long id, Long paragraphId, String party, String title, MotionOutcome outcome) {
}
