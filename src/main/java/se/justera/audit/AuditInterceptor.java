package se.justera.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Writes every mutation to the audit log after it has run: who, what, with which arguments, outcome. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditInterceptor implements WebGraphQlInterceptor {

	private final AuditLog audit;

	AuditInterceptor(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String mutation = mutationFields(request);
		if (mutation == null) {
			return chain.next(request);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || !authentication.isAuthenticated()
				|| authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ANONYMOUS"));
		String actor = anonymous ? "anonymous" : authentication.getName();
		String roles = anonymous ? ""
				: authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.filter(a -> a.startsWith("ROLE_"))
					.map(a -> a.substring(5).toLowerCase())
					.sorted()
					.collect(Collectors.joining(","));
		Map<String, Object> variables = request.getVariables();
		return chain.next(request).doOnNext(response -> {
			List<ResponseError> errors = response.getErrors();
			String code = errors.isEmpty() ? null
					: String.valueOf(errors.get(0).getExtensions().getOrDefault("code", errors.get(0).getErrorType()));
			this.audit.record(actor, roles, mutation, variables, code, errors.isEmpty() ? null : errors.get(0).getMessage());
		});
	}

	/** The fields of the operation to run, when it is a mutation; else null. */
	private static String mutationFields(WebGraphQlRequest request) {
		if (!request.getDocument().contains("mutation")) {
			return null; // a query: no need to parse the document twice
		}
		Document document;
		try {
			document = Parser.parse(request.getDocument());
		}
		catch (RuntimeException ex) {
			return null; // not valid GraphQL: execution reports it, nothing ran
		}
		String name = request.getOperationName();
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter(op -> name == null || name.equals(op.getName()))
			.findFirst()
			.filter(op -> op.getOperation() == OperationDefinition.Operation.MUTATION)
			.map(op -> op.getSelectionSet()
				.getSelectionsOfType(Field.class)
				.stream()
				.map(Field::getName)
				.collect(Collectors.joining(",")))
			.orElse(null);
	}

}
