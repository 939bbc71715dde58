package se.justera.compliance.fact;

import se.justera.paragraph.ParagraphKind;

/** A paragraph (§) of the minutes; immediatelyChecked: checked at the meeting (omedelbar justering, KL 5 kap. 70 §). */
public record Paragraph(int number, ParagraphKind kind, boolean decisionRecorded, boolean immediatelyChecked) {
}
