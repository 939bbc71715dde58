package se.justera.graphql;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether the current request comes without a (valid) token: its limits and what it may not see. */
public final class Anonymous {

	private Anonymous() {
	}

	public static boolean caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken;
	}

}
