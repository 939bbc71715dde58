package se.justera.municipality;

/** A municipal body (organ). */
public record Body(Long id, Long municipalityId, String name, BodyKind kind) {
}
