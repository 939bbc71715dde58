package se.justera.audit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as the audit log names them: the token's name and roles, or "anonymous". One
 * definition for every way in (GraphQL's mutations, the protocol file endpoints).
 */
public record Caller(String name, String roles) {

	public static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return new Caller("anonymous", "");
		}
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5).toLowerCase(Locale.ROOT))
			.sorted()
			.toList();
		return new Caller(authentication.getName(), roles.stream().collect(Collectors.joining(",")));
	}

}
