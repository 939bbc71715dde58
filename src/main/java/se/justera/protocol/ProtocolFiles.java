package se.justera.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Tells a PDF from a text file by its content (a PDF starts with {@code %PDF-}, whatever its name)
 * and gives the reader the text of either.
 */
@Component
public class ProtocolFiles {

	private final PdfLayoutReader pdf;

	ProtocolFiles(PdfLayoutReader pdf) {
		this.pdf = pdf;
	}

	/** @throws InvalidProtocolException if the file is neither a readable PDF nor UTF-8 text */
	public ProtocolFile read(String fileName, byte[] bytes) {
		String sha256 = sha256(bytes);
		if (isPdf(bytes)) {
			PdfLayoutReader.PdfText read = this.pdf.read(bytes);
			return new ProtocolFile(fileName, ProtocolFile.PDF, bytes, sha256, read.pages(), read.text());
		}
		String text = utf8(bytes);
		return new ProtocolFile(fileName, ProtocolFile.TEXT, bytes, sha256, textPages(text), text);
	}

	/**
	 * A text that came as text (GraphQL's importProtocol): its source is its UTF-8 bytes, so that it is
	 * kept and downloadable like a file. A null text stays null, for the parser to refuse.
	 */
	public static ProtocolFile ofText(String fileName, String text) {
		byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
		return new ProtocolFile(fileName, ProtocolFile.TEXT, bytes, sha256(bytes), text == null ? 1 : textPages(text), text);
	}

	private static int textPages(String text) {
		return (int) text.chars().filter(c -> c == '\f').count() + 1;
	}

	static boolean isPdf(byte[] bytes) {
		// the header may follow a little leading garbage (PDF 1.7, 7.5.2: within the first 1024 bytes)
		int limit = Math.min(bytes.length - 5, 1024);
		for (int i = 0; i <= limit; i++) {
			if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
				return true;
			}
		}
		return false;
	}

	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidProtocolException(
					"The file is neither a PDF nor UTF-8 text (" + ex.getMessage() + "); send the PDF or the text as UTF-8",
					null);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
