package se.justera.compliance.fact;

import se.justera.paragraph.BallotChoice;

/** One person's ballot in a paragraph's vote. */
public record Ballot(String person, int paragraph, BallotChoice choice) {
}
