package se.justera.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
 * accepted by a server started from the same folder. The file is its owner's alone (0600).
 */
public class LocalTokenIssuer {

	public static final String ISSUER = "justera-local";

	/** Owner read and write, nothing for anyone else: whoever reads the secret can mint an administrator's token. */
	static final Set<PosixFilePermission> OWNER_ONLY = Set.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private final SecretKey key;

	/** Warnings (a secret readable by others) go to standard error: the token command prints the token on standard out. */
	public LocalTokenIssuer(Path secretFile) {
		this(secretFile, System.err::println);
	}

	LocalTokenIssuer(Path secretFile, Consumer<String> warnings) {
		this.key = new SecretKeySpec(secret(secretFile, warnings), "HmacSHA256");
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
			.claim("roles", roles.stream().map(Role::canonicalName).toList())
			.build();
		return new NimbusJwtEncoder(new ImmutableSecret<>(this.key))
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	public String mint(String user, Role role) {
		return mint(user, List.of(role), Duration.ofHours(12));
	}

	private static byte[] secret(Path file, Consumer<String> warnings) {
		try {
			if (Files.exists(file)) {
				return existing(file, warnings);
			}
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			try {
				createOwnerOnly(file);
			}
			catch (FileAlreadyExistsException ex) {
				return existing(file, warnings); // made by another process since we looked: use theirs
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(secret));
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the local token secret " + file.toAbsolutePath(), ex);
		}
	}

	/** Created with 0600 from the start (not changed after writing), so the secret is never readable by others. */
	private static void createOwnerOnly(Path file) throws IOException {
		if (posix(file)) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		else {
			Files.createFile(file); // e.g. Windows: the folder's access control list applies
		}
	}

	private static byte[] existing(Path file, Consumer<String> warnings) throws IOException {
		if (posix(file)) {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			if (!OWNER_ONLY.containsAll(permissions)) {
				String was = PosixFilePermissions.toString(permissions);
				try {
					Files.setPosixFilePermissions(file, OWNER_ONLY);
					warnings.accept("The local token secret " + file.toAbsolutePath() + " was " + was
							+ ", open to others; it is now rw-------. Whoever read it can mint tokens:"
							+ " delete the file to make a new secret.");
				}
				catch (IOException ex) {
					warnings.accept("The local token secret " + file.toAbsolutePath() + " is " + was
							+ ", open to others, and could not be made rw------- (" + ex.getMessage() + ")");
				}
			}
		}
		byte[] secret = Base64.getDecoder().decode(Files.readString(file).strip());
		if (secret.length < 32) {
			throw new IllegalStateException("The local token secret " + file.toAbsolutePath()
					+ " holds fewer than 32 bytes; delete it and a new one is made");
		}
		return secret;
	}

	private static boolean posix(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
