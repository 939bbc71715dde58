package se.justera.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The local mode's token issuer: HMAC-signed JWTs with a secret kept in a file beside the embedded
 * database (created on first use), so that tokens minted by the {@code token} command are
 * accepted by a server started from the same folder.
 */
public class LocalTokenIssuer {

	public static final String ISSUER = "justera-local";

	private final SecretKey key;

	public LocalTokenIssuer(Path secretFile) {
		this.key = new SecretKeySpec(secret(secretFile), "HmacSHA256");
	}

	public SecretKey key() {
		return this.key;
	}

	public String mint(String user, Collection<Role> roles, Duration lifetime) {
		Instant now = Instant.now();
		return mint(user, roles, now, now.plus(lifetime));
	}

	String mint(String user, Collection<Role> roles, Instant issuedAt, Instant expiresAt) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(user)
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.claim("roles", roles.stream().map(r -> r.name().toLowerCase()).toList())
			.build();
		return new NimbusJwtEncoder(new ImmutableSecret<>(this.key))
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	public String mint(String user, Role role) {
		return mint(user, List.of(role), Duration.ofHours(12));
	}

	private static byte[] secret(Path file) {
		try {
			if (Files.exists(file)) {
				byte[] secret = Base64.getDecoder().decode(Files.readString(file).strip());
				if (secret.length < 32) {
					throw new IllegalStateException("The local token secret " + file.toAbsolutePath()
							+ " holds fewer than 32 bytes; delete it and a new one is made");
				}
				return secret;
			}
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(secret));
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the local token secret " + file.toAbsolutePath(), ex);
		}
	}

}
