package se.justera.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: entries in legal-basis.yaml for the rules a test adds, as a compliance officer who
 * writes a rule gives it a basis under every act (the rules do not load otherwise). A test rule's
 * basis is "Test basis (act)", e.g. "Test basis (1991:900)", so that a finding shows which act it
 * cites.
 */
final class TestLegalBases {

	private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

	private static final Pattern RULE_ID = Pattern.compile("@ruleId\\(\"([^\"]+)\"\\)");

	private TestLegalBases() {
	}

	/** The basis a test rule cites under an act. */
	static String basis(String act) {
		return "Test basis (" + act + ")";
	}

	/** The ids a .drl text's rules report under: their @ruleId, or their name without one. */
	static List<String> ruleIds(String drl) {
		List<String> ids = new ArrayList<>();
		String name = null;
		String id = null;
		for (String line : drl.split("\\R")) {
			Matcher rule = RULE.matcher(line);
			if (rule.find()) {
				name = rule.group(1);
				id = null;
				continue;
			}
			Matcher ruleId = RULE_ID.matcher(line);
			if (name != null && ruleId.find()) {
				id = ruleId.group(1);
			}
			if (name != null && line.strip().equals("when")) {
				ids.add(id == null ? name : id);
				name = null;
			}
		}
		return ids;
	}

	/** The table with an entry for each of these rule ids it has none for (the rules section is last). */
	static String withEntries(String table, Collection<String> ruleIds) {
		StringBuilder out = new StringBuilder(table.endsWith("\n") ? table : table + "\n");
		for (String ruleId : ruleIds) {
			if (Pattern.compile("(?m)^  " + Pattern.quote(ruleId) + ":\\s*$").matcher(table).find()) {
				continue;
			}
			out.append("\n  ").append(ruleId).append(":\n");
			for (String act : List.of("1991:900", "2017:725")) {
				out.append("    \"").append(act).append("\":\n")
					.append("      basis: ").append(basis(act)).append('\n')
					.append("      source: a rule of the tests\n")
					.append("      verified: false\n");
			}
		}
		return out.toString();
	}

	/** Gives the rules of this .drl text an entry in the folder's table. */
	static void addTo(Path folder, String drl) {
		Path table = folder.resolve(LegalBasisTable.FILE);
		try {
			Files.writeString(table, withEntries(Files.readString(table), ruleIds(drl)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The ruleset's files with this .drl file added and its rules given an entry in the table. */
	static List<RuleFile> withRuleFile(List<RuleFile> files, String name, String drl) {
		List<RuleFile> out = new ArrayList<>();
		for (RuleFile file : files) {
			out.add(file.name().equals(LegalBasisTable.FILE)
					? new RuleFile(file.name(), "x", withEntries(file.content(), ruleIds(drl))) : file);
		}
		out.add(new RuleFile(name, "x", drl));
		return out;
	}

}
