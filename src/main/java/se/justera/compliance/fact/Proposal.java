package se.justera.compliance.fact;

/** A proposal (yrkande) made by a person in a paragraph. */
public record Proposal(String person, int paragraph) {
}
