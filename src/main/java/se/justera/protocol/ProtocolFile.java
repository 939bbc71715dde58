package se.justera.protocol;

/**
 * A protocol file as it came (its bytes, what it is, its SHA-256 and pages) with the text the
 * reader reads from it. The text follows the line model of {@link ProtocolLine}: pages separated by
 * form feeds, table cells by tabs, bold and italic as {@code <b>}/{@code <i>} tags.
 *
 * @param fileName the name it was sent under (may be null); kept for the download
 * @param mediaType {@code application/pdf} or {@code text/plain; charset=UTF-8}, from the content, never the name
 */
public record ProtocolFile(String fileName, String mediaType, byte[] bytes, String sha256, int pages, String text) {

	public static final String PDF = "application/pdf";

	public static final String TEXT = "text/plain; charset=UTF-8";

	public boolean isPdf() {
		return PDF.equals(this.mediaType);
	}

}
