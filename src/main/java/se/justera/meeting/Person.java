package se.justera.meeting;

/** A person named in the minutes of one municipality. */
public record Person(Long id, String name) {
}
