package se.justera.paragraph;

/**
 * A paragraph (§) as stored; its parts are loaded by the fields that ask for them. page: the page of
 * the text it begins on, or null when the reader could not tell; immediatelyChecked: checked at the meeting
 * (omedelbar justering).
 */
public record Paragraph(Long id, Long meetingId, int number, String caseNumber, String title, String heading,
		ParagraphKind kind, String decisionHeading, String decisionText, String description, Integer page,
		boolean immediatelyChecked) {
}
