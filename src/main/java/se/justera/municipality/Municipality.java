package se.justera.municipality;

/** A municipality (kommun). */
public record Municipality(Long id, String name) {
}
