package se.justera.paragraph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.justera.graphql.NodeLoader;

/** Paragraphs for node(id:): those of a withdrawn meeting only for callers with a token. */
@Component
class ParagraphNodes implements NodeLoader {

	private final ParagraphRepository paragraphs;

	ParagraphNodes(ParagraphRepository paragraphs) {
		this.paragraphs = paragraphs;
	}

	@Override
	public String type() {
		return "Paragraph";
	}

	@Override
	public Map<String, ?> load(List<String> keys, boolean withWithdrawn) {
		return this.paragraphs.findByIds(keys.stream().map(Long::valueOf).toArray(Long[]::new), withWithdrawn)
			.stream()
			.collect(Collectors.toMap(p -> p.id().toString(), Function.identity()));
	}

}
