package se.justera.compliance;

import java.util.List;

import org.kie.api.KieBase;

/** A compiled rules folder: the rule base, its content hash, its rules and their legal basis per act. */
public record RuleSet(KieBase kieBase, String version, List<RuleInfo> rules, LegalBasisTable legalBasis) {
}
