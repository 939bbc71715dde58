package se.justera.compliance;

import java.util.List;
import java.util.Optional;

import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;

/**
 * A compiled ruleset: the rule base, its version (a hash of its files' names and content), its
 * rules, and the files it was compiled from, so that it can be stored and compiled again on
 * another node. The release id names its compiled module, from which rule bases without some of
 * its rules are made when one rule has to be isolated ({@link RuleRunner}).
 *
 * @param rules the rules that declare a {@code @ruleId}, as the API lists them
 * @param allRules every rule, with its file and line, for naming the one that failed
 */
public record RuleSet(KieBase kieBase, String version, List<RuleInfo> rules, List<RuleInfo> allRules,
		List<RuleFile> files, ReleaseId releaseId) {

	/** The rule of this name (as the .drl file names it), if there is one. */
	public Optional<RuleInfo> rule(String name) {
		return this.allRules.stream().filter(r -> r.name().equals(name)).findFirst();
	}

}
