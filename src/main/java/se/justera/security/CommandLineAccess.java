package se.justera.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.justera.web.ErrorBody;

/**
 * Lets the {@code import} command send its files to the server running on the same embedded
 * database (which only one process can open). At start the server writes {@value #FILE} into the
 * database's folder, readable by its own user only: its URL on loopback and a secret drawn anew at
 * every start; at shutdown it deletes it. A request to {@code POST /protocols} that carries the
 * secret in {@value #SECRET_HEADER} is a clerk named {@code cli:USER} (the command's operating
 * system user, as a local import is audited), and only when it comes from this machine's loopback
 * without a proxy's forwarding header: anyone who can read the file can already read the database
 * beside it, and nobody else can use it. Any other use of the header is refused with a 401.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnExpression("'${justera.command:}'.isEmpty() and ('${spring.datasource.url:}'.isEmpty()"
		+ " or ${justera.command-line-access.enabled:false})")
public class CommandLineAccess implements ApplicationListener<WebServerInitializedEvent>, DisposableBean {

	/** The file in the embedded database's folder that tells the command where the server is. */
	public static final String FILE = "justera-server.properties";

	/** The header that carries the secret. */
	public static final String SECRET_HEADER = "Justera-Command-Line-Secret";

	/** The header that names the command's operating system user, for the audit log. */
	public static final String USER_HEADER = "Justera-Command-Line-User";

	private static final Logger log = LoggerFactory.getLogger(CommandLineAccess.class);

	private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

	private final Path file;

	private final byte[] secret;

	private final String encodedSecret;

	CommandLineAccess(@Value("${justera.embedded-database.data-dir:data/postgres}") Path dataDir) {
		this.file = dataDir.toAbsolutePath().resolve(FILE);
		this.secret = new byte[32];
		new SecureRandom().nextBytes(this.secret);
		this.encodedSecret = Base64.getUrlEncoder().withoutPadding().encodeToString(this.secret);
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return; // a management port of its own: the API is on the main one
		}
		Properties properties = new Properties();
		properties.setProperty("url", "http://127.0.0.1:" + event.getWebServer().getPort());
		properties.setProperty("secret", this.encodedSecret);
		properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
		try {
			Files.createDirectories(this.file.getParent());
			Files.deleteIfExists(this.file);
			try {
				Files.createFile(this.file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException ex) {
				Files.createFile(this.file); // not a POSIX file system: the folder's access control list applies
			}
			try (Writer writer = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8)) {
				properties.store(writer, "Written by the running Justera server for the import command; deleted at shutdown");
			}
		}
		catch (IOException ex) {
			// the server runs without it; the command then says the database is in use
			log.warn("Cannot write {} ({}): the import command cannot send files to this server", this.file, ex.toString());
			return;
		}
		log.info("The import command on this machine sends its files to this server ({})", this.file);
	}

	@Override
	public void destroy() {
		try {
			// only our own: a server started since on the same folder has written its own
			if (Files.exists(this.file) && Files.readString(this.file).contains("secret=" + this.encodedSecret)) {
				Files.delete(this.file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + this.file, ex);
		}
	}

	Path file() {
		return this.file;
	}

	/** The filter that turns a request carrying the secret into a clerk's, or refuses it. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String given = request.getHeader(SECRET_HEADER);
				if (given == null) {
					chain.doFilter(request, response);
					return;
				}
				String refusal = refusal(request, given);
				if (refusal != null) {
					log.warn("Refused the command-line secret from {}: {}", request.getRemoteAddr(), refusal);
					ErrorBody.of("UNAUTHENTICATED", "Unauthenticated: the command-line secret is refused: " + refusal)
						.write(response, HttpServletResponse.SC_UNAUTHORIZED);
					return;
				}
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("cli:" + user(request), null,
							List.of(new SimpleGrantedAuthority(Role.CLERK.authority()))));
				chain.doFilter(request, response);
			}
		};
	}

	/** Why a request may not use the secret, or null when it may. */
	private String refusal(HttpServletRequest request, String given) {
		if (!"POST".equals(request.getMethod()) || !"/protocols".equals(request.getRequestURI())) {
			return "it is taken only by POST /protocols";
		}
		if (!loopback(request.getRemoteAddr())) {
			return "it is taken only from this machine";
		}
		for (String header : FORWARDING_HEADERS) {
			if (request.getHeader(header) != null) {
				return "it is taken only from this machine, not through a proxy";
			}
		}
		if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
				this.encodedSecret.getBytes(StandardCharsets.US_ASCII))) {
			return "it is not this server's (it changes at every start)";
		}
		return null;
	}

	private static boolean loopback(String address) {
		try {
			// an address literal, never looked up by name
			return address != null && address.matches("[0-9a-fA-F:.]+") && InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** The command's user as it says, for the audit log: letters, digits and . _ - only. */
	private static String user(HttpServletRequest request) {
		String user = request.getHeader(USER_HEADER);
		return user != null && user.matches("[A-Za-z0-9._-]{1,64}") ? user : "unknown";
	}

}
