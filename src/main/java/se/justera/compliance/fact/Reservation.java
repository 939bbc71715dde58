package se.justera.compliance.fact;

/** A reservation recorded by a person in a paragraph. */
public record Reservation(String person, int paragraph) {
}
