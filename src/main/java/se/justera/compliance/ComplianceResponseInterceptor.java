package se.justera.compliance;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every response that holds meetings or parts of them carries {@code extensions.compliance}: the
 * number of findings per severity over those meetings and paragraphs, and the ruleset version,
 * whether or not the client selected any findings. Also picks the findings' language from
 * Accept-Language (Swedish unless English is preferred).
 */
@Component
class ComplianceResponseInterceptor implements WebGraphQlInterceptor {

	static final String LANGUAGE = "justera.language";

	private final FindingRepository findings;

	private final ComplianceService compliance;

	ComplianceResponseInterceptor(FindingRepository findings, ComplianceService compliance) {
		this.findings = findings;
		this.compliance = compliance;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		ResponseScope scope = new ResponseScope();
		String language = language(request.getHeaders().getAcceptLanguageAsLocales());
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(ResponseScope.KEY, scope, LANGUAGE, language))
			.build());
		return chain.next(request).map(response -> {
			if (scope.isEmpty()) {
				return response;
			}
			Map<String, Object> compliance = new LinkedHashMap<>();
			compliance.put("rulesetVersion", this.compliance.ruleSet().version());
			Map<String, Integer> counts = new LinkedHashMap<>();
			Set<Long> uncounted = scope.uncountedMeetings();
			Set<Long> paragraphs = scope.paragraphs();
			Set<Long> reports = scope.budgetReports();
			Map<Severity, Integer> counted = scope.countedSoFar();
			Map<Severity, Integer> total = uncounted.isEmpty() && paragraphs.isEmpty() && reports.isEmpty()
					? new EnumMap<>(Severity.class) : this.findings.countBySeverity(uncounted, paragraphs, reports);
			for (Severity severity : Severity.values()) {
				counts.put(severity.name(), total.getOrDefault(severity, 0) + counted.getOrDefault(severity, 0));
			}
			compliance.put("findings", counts);
			return response.transform(builder -> builder.extensions(Map.of("compliance", compliance)));
		});
	}

	/** "en" when the client prefers English to Swedish, else "sv". */
	static String language(List<Locale> preferred) {
		for (Locale locale : preferred) {
			if (locale.getLanguage().equals("sv") || locale.getLanguage().equals("en")) {
				return locale.getLanguage();
			}
		}
		return "sv";
	}

}
