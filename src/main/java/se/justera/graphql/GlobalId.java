package se.justera.graphql;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.text.Language;

/**
 * Relay's global object ids: base64 of "TypeName:databaseId" (e.g. "Meeting:42" as
 * "TWVldGluZzo0Mg=="), the convention of graphql-relay and GitHub. Encoded and decoded here, at the
 * GraphQL layer only: the repositories and their SQL see plain database ids. An argument that takes
 * an id accepts the global id of its type and, for the clients written before global ids, the plain
 * database id (deprecated).
 */
public final class GlobalId {

	/** What a global id decodes to: a type name and a database key, as text. */
	public record Decoded(String type, String key) {
	}

	private static final Pattern TYPED = Pattern.compile("([A-Z][A-Za-z]{0,39}):([0-9a-z]{1,40})");

	private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{4,120}={0,2}");

	private GlobalId() {
	}

	/** The global id of a stored object of this type. */
	public static String of(String type, Object databaseId) {
		return Base64.getEncoder().encodeToString((type + ":" + databaseId).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The same global id written in SQL, for a row's id given as an SQL expression of text (the JSON
	 * that {@link SqlExecution} has PostgreSQL build): PostgreSQL's base64 is the standard one, with
	 * its line breaks (every 76 characters, beyond any id here) taken out.
	 */
	static String sql(String type, String databaseIdExpression) {
		return "replace(encode(convert_to('" + type + ":' || " + databaseIdExpression + ", 'UTF8'), 'base64'), chr(10), '')";
	}

	/**
	 * The decoded global id, or null when the value is not one (not base64, or not "Type:key" inside).
	 * Plain database ids (digits, a finding's hex) never decode to "Type:key", so the two forms
	 * cannot be taken for each other.
	 */
	public static Decoded decode(String value) {
		if (value == null || !BASE64.matcher(value).matches()) {
			return null;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
		Matcher typed = TYPED.matcher(text);
		return typed.matches() ? new Decoded(typed.group(1), typed.group(2)) : null;
	}

	/**
	 * The database id an argument names: the global id of {@code type}, or a plain whole number
	 * (deprecated). A global id of another type, or anything else, is refused as BAD_USER_INPUT
	 * saying which argument and what was expected.
	 */
	public static long id(String argument, String type, String value) {
		if (value != null && value.matches("[0-9]{1,19}")) {
			return Inputs.id(argument, value);
		}
		Decoded decoded = decode(value);
		if (decoded == null) {
			throw malformed(argument, type, value);
		}
		if (!decoded.type().equals(type)) {
			throw wrongType(argument, type, value, decoded.type());
		}
		if (!decoded.key().matches("[0-9]{1,19}")) {
			throw malformed(argument, type, value);
		}
		return Inputs.id(argument, decoded.key());
	}

	/**
	 * The key of a global id of {@code type}, or the value itself when it is no global id (for a
	 * type whose plain key is not a number, such as a finding's hex: its own check follows). A global
	 * id of another type is refused.
	 */
	public static String key(String argument, String type, String value) {
		Decoded decoded = decode(value);
		if (decoded == null) {
			return value;
		}
		if (!decoded.type().equals(type)) {
			throw wrongType(argument, type, value, decoded.type());
		}
		return decoded.key();
	}

	/** A value that is no global id where one is needed (node, nodes: the type must be known). */
	public static InvalidArgumentException malformed(String argument, String value) {
		return new InvalidArgumentException(
				argument + ": " + Inputs.quoted(value) + " is not a global id; expected an id as a Node's id field gives it",
				argument + ": " + Inputs.quoted(value, "tecken")
						+ " är inget globalt id; ett id som en Nodes id-fält ger det väntas");
	}

	private static InvalidArgumentException malformed(String argument, String type, String value) {
		return new InvalidArgumentException(
				argument + ": " + Inputs.quoted(value) + " is not an id; expected the id of a " + type + " (as " + type
						+ ".id gives it) or its databaseId (a whole number from 1 to "
						+ Language.number(Long.MAX_VALUE, Language.ENGLISH) + ")",
				argument + ": " + Inputs.quoted(value, "tecken") + " är inget id; id:t för en " + type + " (som " + type
						+ ".id ger det) eller dess databaseId (ett heltal från 1 till "
						+ Language.number(Long.MAX_VALUE, Language.SWEDISH) + ") väntas");
	}

	private static InvalidArgumentException wrongType(String argument, String type, String value, String actual) {
		return new InvalidArgumentException(
				argument + ": " + Inputs.quoted(value) + " is the id of a " + actual + ", not of a " + type,
				argument + ": " + Inputs.quoted(value, "tecken") + " är id:t för en " + actual + ", inte för en " + type);
	}

}
