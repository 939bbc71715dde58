package se.justera.compliance;

import java.util.List;
import java.util.Optional;

import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;

/**
 * A compiled ruleset: the rule base, its version (a hash of its files' names and content), its
 * rules, the legal basis of every rule per act, and the files it was compiled from (the .drl files
 * and {@link LegalBasisTable#FILE}), so that it can be stored and compiled again on another node
 * with the same table. The release id names its compiled module, from which rule bases without some
 * of its rules are made when one rule has to be isolated ({@link RuleRunner}).
 *
 * @param rules the rules that declare a {@code @ruleId}, as the API lists them
 * @param allRules every rule, with its file and line, for naming the one that failed
 * @param legalBasis the legal basis table read from the files, by rule id and act
 */
public record RuleSet(KieBase kieBase, String version, List<RuleInfo> rules, List<RuleInfo> allRules,
		List<RuleFile> files, ReleaseId releaseId, LegalBasisTable legalBasis) {

	/** The rule of this name (as the .drl file names it), if there is one. */
	public Optional<RuleInfo> rule(String name) {
		return this.allRules.stream().filter(r -> r.name().equals(name)).findFirst();
	}

}
