package se.justera.compliance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.justera.graphql.NodeLoader;

/**
 * Stored findings for node(id:), by their 24 hex digits: those of a withdrawn meeting only for
 * callers with a token. A finding of checkProtocol, never stored, is not found.
 */
@Component
class FindingNodes implements NodeLoader {

	private final FindingRepository findings;

	FindingNodes(FindingRepository findings) {
		this.findings = findings;
	}

	@Override
	public String type() {
		return "Finding";
	}

	@Override
	public boolean accepts(String key) {
		return Findings.isId(key);
	}

	@Override
	public Map<String, ?> load(List<String> keys, boolean withWithdrawn) {
		return this.findings.findByIds(keys.toArray(String[]::new), withWithdrawn)
			.stream()
			.collect(Collectors.toMap(Finding::id, Function.identity()));
	}

}
