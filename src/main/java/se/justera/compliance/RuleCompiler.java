package se.justera.compliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles the .drl files of a folder into a {@link RuleSet}, with the legal basis table beside them
 * ({@link LegalBasisTable#FILE}): the rules do not load unless the table gives every rule id a basis
 * under every act.
 */
public class RuleCompiler {

	private static final String KIE_PATH = "src/main/resources/se/justera/rules/";

	public RuleSet compile(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new RuleCompilationException("The rules folder " + folder.toAbsolutePath()
					+ " does not exist; set justera.rules.path (JUSTERA_RULES_PATH) to the folder with the .drl files",
					List.of());
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(p -> p.toString().endsWith(".drl")).sorted(Comparator.comparing(Path::toString)).toList();
		}
		catch (IOException ex) {
			throw new RuleCompilationException("Cannot read the rules folder " + folder.toAbsolutePath() + ": " + ex,
					List.of());
		}
		if (files.isEmpty()) {
			throw new RuleCompilationException("The rules folder " + folder.toAbsolutePath() + " has no .drl files",
					List.of());
		}
		KieServices kie = KieServices.Factory.get();
		KieFileSystem kfs = kie.newKieFileSystem();
		MessageDigest digest = sha256();
		java.util.Map<String, String> fileOfRule = new java.util.HashMap<>();
		List<RuleCompilationException.Problem> misplaced = new ArrayList<>();
		for (Path file : files) {
			byte[] content = read(file);
			String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
			java.util.regex.Matcher names = java.util.regex.Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"")
				.matcher(text);
			while (names.find()) {
				fileOfRule.put(names.group(1), file.getFileName().toString());
			}
			misplaced.addAll(legalBasisInRule(file.getFileName().toString(), text));
			digest.update(file.getFileName().toString().getBytes());
			digest.update(content);
			kfs.write(KIE_PATH + file.getFileName(), content);
		}
		// the table is part of what the rules say, so it is part of their version
		digest.update(LegalBasisTable.FILE.getBytes());
		digest.update(LegalBasisReader.content(folder));
		String version = HexFormat.of().formatHex(digest.digest(), 0, 6);
		// A release id of its own per content, so that compiling does not disturb the rule base in use.
		ReleaseId releaseId = kie.newReleaseId("se.justera", "rules", "1.0.0-" + version);
		kfs.generateAndWritePomXML(releaseId);
		KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
		List<RuleCompilationException.Problem> problems = new ArrayList<>();
		for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
			String path = message.getPath() == null ? "?" : Path.of(message.getPath()).getFileName().toString();
			problems.add(new RuleCompilationException.Problem(path, message.getLine(), column(message),
					message.getText().strip()));
		}
		if (problems.size() > 1) {
			// the parser's follow-up complaint says nothing the first one did not
			problems.removeIf(p -> p.message().equals("Parser returned a null Package"));
		}
		problems.addAll(misplaced);
		if (!problems.isEmpty()) {
			throw new RuleCompilationException("The rules in " + folder.toAbsolutePath() + " do not compile", problems);
		}
		KieBase base = kie.newKieContainer(releaseId).getKieBase();
		LegalBasisTable table = LegalBasisReader.read(folder, ruleIds(base));
		return new RuleSet(base, version, rules(base, fileOfRule, table), table);
	}

	/**
	 * A rule's legal basis depends on the act in force on the meeting date, so it lives in the table,
	 * by rule id and act; an {@code @legalBasis} left in a rule would be a second, dated answer.
	 */
	private static List<RuleCompilationException.Problem> legalBasisInRule(String file, String text) {
		List<RuleCompilationException.Problem> found = new ArrayList<>();
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			int at = lines[i].indexOf("@legalBasis");
			if (at >= 0 && lines[i].strip().startsWith("@legalBasis")) {
				found.add(new RuleCompilationException.Problem(file, i + 1, at + 1, "@legalBasis is no longer read: the"
						+ " legal basis of each rule id lives in " + LegalBasisTable.FILE + ", per act in force"));
			}
		}
		return found;
	}

	/** The ids findings are reported under: the rule's @ruleId, or its name when it has none (as {@link Findings} does). */
	private static java.util.Set<String> ruleIds(KieBase base) {
		java.util.Set<String> ids = new java.util.TreeSet<>();
		for (KiePackage pkg : base.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				ids.add(String.valueOf(rule.getMetaData().getOrDefault("ruleId", rule.getName())));
			}
		}
		return ids;
	}

	/** Drools reports a parse error's column only in its text ("Line 7:22 ..."). */
	private static int column(Message message) {
		if (message.getColumn() > 0) {
			return message.getColumn();
		}
		java.util.regex.Matcher at = java.util.regex.Pattern.compile("Line \\d+:(\\d+)").matcher(message.getText());
		return at.find() ? Integer.parseInt(at.group(1)) + 1 : 0;
	}

	private static List<RuleInfo> rules(KieBase base, java.util.Map<String, String> fileOfRule, LegalBasisTable table) {
		List<RuleInfo> rules = new ArrayList<>();
		for (KiePackage pkg : base.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				var meta = rule.getMetaData();
				if (!meta.containsKey("ruleId")) {
					continue;
				}
				String file = fileOfRule.getOrDefault(rule.getName(), "");
				String ruleId = String.valueOf(meta.get("ruleId"));
				List<RuleInfo.LegalBasis> bases = new ArrayList<>();
				for (LegalBasisTable.Act act : table.acts()) {
					LegalBasisTable.Basis b = table.rules().get(ruleId).get(act.id());
					bases.add(new RuleInfo.LegalBasis(act.id(), act.title(), act.from(), b.basis(), b.source(), b.verified()));
				}
				rules.add(new RuleInfo(ruleId, rule.getName(),
						Severity.valueOf(String.valueOf(meta.getOrDefault("severity", "WARNING"))),
						table.rules().get(ruleId).get(table.currentAct().id()).basis(), file, List.copyOf(bases)));
			}
		}
		rules.sort(Comparator.comparing(RuleInfo::ruleId).thenComparing(RuleInfo::name));
		return rules;
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new RuleCompilationException("Cannot read " + file + ": " + ex, List.of());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
