package se.justera.security;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts who is asking into the GraphQL context, for error codes and the audit log. */
@Component
public class SecurityInterceptor implements WebGraphQlInterceptor {

	public static final String ACTOR = "justera.actor";

	public static final String AUTHENTICATED = "justera.authenticated";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean authenticated = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		String actor = authenticated ? authentication.getName() : "anonymous";
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(ACTOR, actor, AUTHENTICATED, authenticated)).build());
		return chain.next(request);
	}

}
