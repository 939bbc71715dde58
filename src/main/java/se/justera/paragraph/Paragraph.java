package se.justera.paragraph;

/** A paragraph (§) as stored; its parts are loaded by the fields that ask for them. */
public record Paragraph(Long id, Long meetingId, int number, String caseNumber, String title, String heading,
		ParagraphKind kind, String decisionHeading, String decisionText, String description) {
}
