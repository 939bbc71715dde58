package se.justera.compliance;

/**
 * One file of a ruleset as stored: a .drl file or the legal basis table ({@link LegalBasisTable#FILE}),
 * with its name, content and the SHA-256 of that content.
 */
public record RuleFile(String name, String sha256, String content) {
}
