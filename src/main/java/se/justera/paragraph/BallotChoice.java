package se.justera.paragraph;

/** A member's ballot in an open vote (omröstning). */
public enum BallotChoice {

	/** Ja. */
	YES,
	/** Nej. */
	NO,
	/** Avstår. */
	ABSTAIN

}
