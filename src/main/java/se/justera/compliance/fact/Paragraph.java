package se.justera.compliance.fact;

import se.justera.paragraph.ParagraphKind;

/** A paragraph (§) of the minutes. */
public record Paragraph(int number, ParagraphKind kind, boolean decisionRecorded) {
}
