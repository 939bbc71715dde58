package se.justera.protocol;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import se.justera.text.Names;

/**
 * File names as sent are someone else's input: kept without a path, control or format characters,
 * at most 255 characters, and given back in a Content-Disposition that no name can break out of.
 */
final class FileNames {

	private static final int LONGEST = 255;

	private FileNames() {
	}

	/** The last segment of the name, without control characters, trimmed; null when nothing is left. */
	static String sanitised(String name) {
		if (name == null) {
			return null;
		}
		String canonical = Names.canonicalText(name);
		String base = canonical.substring(Math.max(canonical.lastIndexOf('/'), canonical.lastIndexOf('\\')) + 1);
		String clean = base.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
		if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
			return null;
		}
		return clean.codePointCount(0, clean.length()) <= LONGEST ? clean
				: clean.substring(0, clean.offsetByCodePoints(0, LONGEST));
	}

	/**
	 * {@code attachment; filename="ascii"; filename*=UTF-8''encoded} (RFC 6266): an ASCII fallback
	 * with quotes, backslashes and other characters replaced, and the name itself percent-encoded.
	 */
	static String contentDisposition(String name) {
		String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace('"', '_').replace('\\', '_');
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

}
