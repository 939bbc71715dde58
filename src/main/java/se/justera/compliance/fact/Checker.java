package se.justera.compliance.fact;

/** A minutes checker (justerare). */
public record Checker(String person) {
}
