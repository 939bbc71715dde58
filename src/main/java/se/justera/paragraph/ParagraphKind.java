package se.justera.paragraph;

/** What a paragraph (§) does. */
public enum ParagraphKind {

	/** The body decides (… beslut). */
	DECISION,
	/** The body proposes a decision to the council (förslag till kommunfullmäktige). */
	PROPOSAL_TO_COUNCIL,
	/** Information received, nothing decided beyond noting it (läggs till handlingarna). */
	INFORMATION

}
