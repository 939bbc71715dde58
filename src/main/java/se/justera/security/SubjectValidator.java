package se.justera.security;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claim Justera takes as the user's name (justera.security.name-claim) must be there and be a
 * name a person may have in the audit log. Checked while the token is validated, so that a token
 * without it is a 401 naming the claim rather than a failure to build the authentication (a 500).
 * The descriptions go into the WWW-Authenticate header: printable ASCII without quotes, and never
 * the token's own value.
 */
record SubjectValidator(String nameClaim) implements OAuth2TokenValidator<Jwt> {

	/** The actors Justera writes itself: automatic changes and requests without a token. */
	static final List<String> RESERVED = List.of("system", "anonymous");

	/**
	 * The prefix of the command line's actors ({@code cli:USER}, {@link CommandLineAccess}): a token
	 * named so would pass in the audit log for a command run on the server's machine.
	 */
	static final String COMMAND_LINE = "cli:";

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		Object value = jwt.getClaims().get(this.nameClaim);
		if (value == null || value.toString().isBlank()) {
			return failure("The token has no '" + this.nameClaim + "' claim, which Justera needs as the user's name"
					+ " (justera.security.name-claim)");
		}
		String name = value.toString();
		Optional<String> reserved = reserved(name);
		if (reserved.isPresent()) {
			return failure("The token's '" + this.nameClaim + "' claim stands for '" + reserved.get()
					+ "', a name Justera keeps for its own entries in the audit log");
		}
		if (name.codePoints().anyMatch(SubjectValidator::invisible)) {
			return failure("The token's '" + this.nameClaim + "' claim holds control or invisible characters");
		}
		return OAuth2TokenValidatorResult.success();
	}

	/**
	 * The reserved name this one stands for, case and compatibility forms aside ({@code " System "},
	 * fullwidth letters): read in the audit log it would pass for Justera itself; {@code cli:USER}
	 * for a name of the command line's form.
	 */
	static Optional<String> reserved(String name) {
		String normal = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
		if (normal.regionMatches(true, 0, COMMAND_LINE, 0, COMMAND_LINE.length())) {
			return Optional.of(COMMAND_LINE + "USER");
		}
		return RESERVED.stream().filter(normal::equalsIgnoreCase).findFirst();
	}

	/** Control and format characters (line breaks, zero-width spaces, direction overrides) can disguise a name. */
	private static boolean invisible(int codePoint) {
		return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}
