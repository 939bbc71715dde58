package se.justera.compliance.fact;

/**
 * A deciding person (member, chair, serving substitute) who takes part in a paragraph according to
 * the attendance list: one fact per person and paragraph. Recused: a recusal is recorded for them in
 * that paragraph.
 */
public record Participant(String person, String party, int paragraph, boolean recused) {
}
