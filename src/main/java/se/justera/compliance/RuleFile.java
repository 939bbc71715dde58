package se.justera.compliance;

/** One .drl file of a ruleset as stored: its name, content and the SHA-256 of that content. */
public record RuleFile(String name, String sha256, String content) {
}
