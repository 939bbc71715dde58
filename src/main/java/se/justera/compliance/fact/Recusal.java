package se.justera.compliance.fact;

/** A recusal (jäv) recorded for a person in a paragraph. */
public record Recusal(String person, int paragraph) {
}
