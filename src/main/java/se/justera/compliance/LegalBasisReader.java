package se.justera.compliance;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code legal-basis.yaml}, from the content of the ruleset's file (the folder's, or the one
 * stored with the ruleset), and checks it against the rules: every rule id needs a basis under every
 * act, and every entry needs a rule. Problems carry the file's line and column, as the
 * compiler's do, so that reloadRules points at the line to fix.
 */
final class LegalBasisReader {

	private final List<RuleCompilationException.Problem> problems = new ArrayList<>();

	private LegalBasisReader() {
	}

	/**
	 * The table of a ruleset from its file's content (as the ruleset stores it); throws with every
	 * problem found, each with the file's line and column, when it is missing, malformed or incomplete.
	 *
	 * @param content the file's content; null when the ruleset has no such file
	 * @param location where the file is, for the exception's message (a path, or the stored ruleset)
	 * @param holder what should hold the file, for the problem of its absence ("the rules folder")
	 */
	static LegalBasisTable read(String content, String location, String holder, Collection<String> ruleIds) {
		LegalBasisReader reader = new LegalBasisReader();
		LegalBasisTable table = reader.parse(content, holder, Set.copyOf(ruleIds));
		if (!reader.problems.isEmpty()) {
			throw new RuleCompilationException("The legal basis table " + location + " does not fit the rules",
					reader.problems);
		}
		return table;
	}

	private LegalBasisTable parse(String text, String holder, Set<String> ruleIds) {
		if (text == null) {
			problem(null, holder + " has no " + LegalBasisTable.FILE
					+ ": every rule's legal basis per act (Kommunallagen 1991:900 and 2017:725) lives there");
			return null;
		}
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			Mark at = ex.getProblemMark();
			this.problems.add(new RuleCompilationException.Problem(LegalBasisTable.FILE, at == null ? 0 : at.getLine() + 1,
					at == null ? 0 : at.getColumn() + 1, "not valid YAML: " + ex.getProblem()));
			return null;
		}
		if (!(root instanceof MappingNode top)) {
			problem(root, "expected a mapping with acts and rules");
			return null;
		}
		Map<String, Node> sections = mapping(top);
		List<LegalBasisTable.Act> acts = acts(sections.get("acts"), top);
		Map<String, Map<String, LegalBasisTable.Basis>> rules = rules(sections.get("rules"), top, acts, ruleIds);
		return acts.isEmpty() ? null : new LegalBasisTable(acts, rules);
	}

	private List<LegalBasisTable.Act> acts(Node node, Node parent) {
		List<LegalBasisTable.Act> acts = new ArrayList<>();
		if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
			problem(node == null ? parent : node, "acts must list the acts, each with act, title, from and source");
			return acts;
		}
		for (Node item : list.getValue()) {
			if (!(item instanceof MappingNode entry)) {
				problem(item, "an act needs act, title, from and source");
				continue;
			}
			Map<String, Node> fields = mapping(entry);
			String id = text(fields, "act", entry);
			String title = text(fields, "title", entry);
			String from = text(fields, "from", entry);
			String source = text(fields, "source", entry);
			LocalDate start = null;
			try {
				start = from == null ? null : LocalDate.parse(from);
			}
			catch (DateTimeParseException ex) {
				problem(fields.get("from"), "from must be a date such as \"2018-01-01\", was " + from);
			}
			if (id == null || title == null || start == null || source == null) {
				continue;
			}
			if (!acts.isEmpty() && !start.isAfter(acts.get(acts.size() - 1).from())) {
				problem(fields.get("from"), "acts must be listed oldest first, each from a later date than the one before");
				continue;
			}
			acts.add(new LegalBasisTable.Act(id, title, start, source));
		}
		return acts;
	}

	private Map<String, Map<String, LegalBasisTable.Basis>> rules(Node node, Node parent, List<LegalBasisTable.Act> acts,
			Set<String> ruleIds) {
		Map<String, Map<String, LegalBasisTable.Basis>> rules = new LinkedHashMap<>();
		if (!(node instanceof MappingNode entries)) {
			problem(node == null ? parent : node, "rules must map each rule id to its basis per act");
			return rules;
		}
		for (NodeTuple tuple : entries.getValue()) {
			String ruleId = scalar(tuple.getKeyNode());
			if (ruleId == null) {
				problem(tuple.getKeyNode(), "a rule id must be plain text");
				continue;
			}
			if (rules.containsKey(ruleId)) {
				problem(tuple.getKeyNode(), ruleId + " is given twice");
				continue;
			}
			if (!ruleIds.contains(ruleId)) {
				problem(tuple.getKeyNode(), "no rule has the id " + ruleId + " (a misspelt or removed rule?)");
				continue;
			}
			if (!(tuple.getValueNode() instanceof MappingNode byActNode)) {
				problem(tuple.getValueNode(), ruleId + " needs a basis per act");
				continue;
			}
			Map<String, Node> byAct = mapping(byActNode);
			Map<String, LegalBasisTable.Basis> bases = new LinkedHashMap<>();
			for (String act : byAct.keySet()) {
				if (acts.stream().noneMatch(a -> a.id().equals(act))) {
					problem(byActNode, ruleId + " names the act " + act + ", which acts does not list");
				}
			}
			for (LegalBasisTable.Act act : acts) {
				Node basisNode = byAct.get(act.id());
				if (!(basisNode instanceof MappingNode basisEntry)) {
					problem(byActNode, ruleId + " has no basis under " + act.title());
					continue;
				}
				Map<String, Node> fields = mapping(basisEntry);
				String basis = text(fields, "basis", basisEntry);
				String source = text(fields, "source", basisEntry);
				String verified = text(fields, "verified", basisEntry);
				if (verified != null && !verified.equals("true") && !verified.equals("false")) {
					problem(fields.get("verified"), "verified must be true or false, was " + verified);
				}
				if (basis != null && source != null && verified != null) {
					bases.put(act.id(), new LegalBasisTable.Basis(act.id(), basis, source, verified.equals("true")));
				}
			}
			rules.put(ruleId, bases);
		}
		Set<String> missing = new TreeSet<>(ruleIds);
		missing.removeAll(rules.keySet());
		for (String ruleId : missing) {
			problem(entries, "the rule id " + ruleId + " has no entry: give its legal basis under every act");
		}
		return rules;
	}

	private Map<String, Node> mapping(MappingNode node) {
		Map<String, Node> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : node.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (key != null && fields.putIfAbsent(key, tuple.getValueNode()) != null) {
				problem(tuple.getKeyNode(), key + " is given twice");
			}
		}
		return fields;
	}

	/** A required, non-blank text field; reports and returns null when it is missing. */
	private String text(Map<String, Node> fields, String name, Node owner) {
		String value = scalar(fields.get(name));
		if (value == null || value.isBlank()) {
			problem(fields.getOrDefault(name, owner), name + " is missing or empty");
			return null;
		}
		return value.strip();
	}

	private static String scalar(Node node) {
		return node instanceof ScalarNode s ? s.getValue() : null;
	}

	private void problem(Node at, String message) {
		Mark mark = at == null ? null : at.getStartMark();
		this.problems.add(new RuleCompilationException.Problem(LegalBasisTable.FILE, mark == null ? 0 : mark.getLine() + 1,
				mark == null ? 0 : mark.getColumn() + 1, message));
	}

}
