package se.justera.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Relay's {@code node(id:)} and {@code nodes(ids:)}: a global id decoded, its type's
 * {@link NodeLoader} asked, one statement per type however many ids. The object's GraphQL type is
 * told by its class (Spring's ClassNameTypeResolver: Meeting is a Meeting).
 */
@Controller
class NodeController {

	static final int MOST_IDS = 100;

	private final Map<String, NodeLoader> loaders;

	NodeController(List<NodeLoader> loaders) {
		this.loaders = loaders.stream().collect(Collectors.toUnmodifiableMap(NodeLoader::type, Function.identity()));
	}

	@QueryMapping
	Object node(@Argument String id) {
		return load(List.of(id), "id").get(0);
	}

	@QueryMapping
	List<Object> nodes(@Argument List<String> ids) {
		if (ids.size() > MOST_IDS) {
			throw new InvalidArgumentException("ids: " + ids.size() + " ids; at most " + MOST_IDS + " are read at once",
					"ids: " + ids.size() + " id:n; högst " + MOST_IDS + " läses på en gång");
		}
		return load(ids, "ids");
	}

	private List<Object> load(List<String> ids, String argument) {
		List<GlobalId.Decoded> decoded = new ArrayList<>(ids.size());
		Map<String, Set<String>> keysByType = new LinkedHashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			String name = ids.size() == 1 && argument.equals("id") ? argument : argument + "[" + i + "]";
			GlobalId.Decoded id = GlobalId.decode(ids.get(i));
			NodeLoader loader = id == null ? null : this.loaders.get(id.type());
			if (loader == null || !loader.accepts(id.key())) {
				throw GlobalId.malformed(name, ids.get(i));
			}
			decoded.add(id);
			keysByType.computeIfAbsent(id.type(), t -> new LinkedHashSet<>()).add(id.key());
		}
		boolean withWithdrawn = !Anonymous.caller();
		Map<String, Map<String, ?>> found = new HashMap<>();
		keysByType.forEach((type, keys) -> found.put(type, this.loaders.get(type).load(List.copyOf(keys), withWithdrawn)));
		List<Object> result = new ArrayList<>(ids.size());
		for (GlobalId.Decoded id : decoded) {
			result.add(found.get(id.type()).get(id.key()));
		}
		return result;
	}

}
