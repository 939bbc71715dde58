package se.justera.compliance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles a ruleset, from the rules folder or from its stored files: the .drl files with the legal
 * basis table beside them ({@link LegalBasisTable#FILE}). The table is one of the ruleset's files, so
 * it is stored and compiled with the rules on every node and is part of the version; the rules do not
 * load unless it gives every rule id a basis under every act. Only the .drl files go to Drools.
 */
public class RuleCompiler {

	private static final String KIE_PATH = "src/main/resources/se/justera/rules/";

	private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

	/**
	 * Compiles the .drl files and the legal basis table of a folder; a missing folder, one without
	 * .drl files, one without the table, or one that does not compile, throws.
	 */
	public RuleSet compile(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new RuleCompilationException("The rules folder " + folder.toAbsolutePath()
					+ " does not exist; set justera.rules.path (JUSTERA_RULES_PATH) to the folder with the .drl files",
					List.of());
		}
		List<Path> paths;
		try (Stream<Path> list = Files.list(folder)) {
			paths = list.filter(p -> p.toString().endsWith(".drl")).sorted(Comparator.comparing(Path::toString)).toList();
		}
		catch (IOException ex) {
			throw new RuleCompilationException("Cannot read the rules folder " + folder.toAbsolutePath() + ": " + ex,
					List.of());
		}
		if (paths.isEmpty()) {
			throw new RuleCompilationException("The rules folder " + folder.toAbsolutePath() + " has no .drl files",
					List.of());
		}
		List<Path> all = new ArrayList<>(paths);
		Path table = folder.resolve(LegalBasisTable.FILE);
		if (Files.isRegularFile(table)) {
			all.add(table);
		}
		List<RuleFile> files = new ArrayList<>();
		for (Path path : all) {
			byte[] content = read(path);
			files.add(new RuleFile(path.getFileName().toString(), hex(sha256().digest(content)),
					new String(content, StandardCharsets.UTF_8)));
		}
		return compile(files, "The rules in " + folder.toAbsolutePath(), table.toAbsolutePath().toString(),
				"the rules folder");
	}

	/** Where the jar keeps its rules: the repository's rules/ folder, copied at build time. */
	static final String BUNDLED = "classpath:rules/";

	/**
	 * Compiles the rules the jar carries (the default, where no folder is configured): its .drl
	 * files and its legal basis table.
	 */
	public RuleSet compileBundled() {
		List<RuleFile> files = new ArrayList<>();
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
					RuleCompiler.class.getClassLoader());
			List<Resource> found = new ArrayList<>(List.of(resolver.getResources(BUNDLED + "*.drl")));
			Resource table = resolver.getResource(BUNDLED + LegalBasisTable.FILE);
			if (table.exists()) {
				found.add(table);
			}
			for (Resource resource : found) {
				byte[] content = resource.getContentAsByteArray();
				files.add(new RuleFile(resource.getFilename(), hex(sha256().digest(content)),
						new String(content, StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new RuleCompilationException("Cannot read the rules in the jar: " + ex, List.of());
		}
		if (files.isEmpty()) {
			throw new RuleCompilationException("The jar carries no rules (" + BUNDLED
					+ "); set justera.rules.path (JUSTERA_RULES_PATH) to the folder with the .drl files", List.of());
		}
		return compile(files, "The rules in the jar", BUNDLED + LegalBasisTable.FILE, "the rules in the jar");
	}

	/**
	 * Compiles stored files (a ruleset from the database): its .drl files, sorted by name as a
	 * folder's are, and its legal basis table.
	 */
	public RuleSet compile(List<RuleFile> given, String what) {
		String lower = what.isEmpty() ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1);
		return compile(given, what, LegalBasisTable.FILE + " of " + lower, lower);
	}

	/**
	 * @param what the ruleset, for messages ("The rules in /srv/rules", "The stored ruleset 1a2b3c")
	 * @param tableLocation where the legal basis table is, for its problems
	 * @param holder what should have held the table, for the problem of its absence
	 */
	private RuleSet compile(List<RuleFile> given, String what, String tableLocation, String holder) {
		List<RuleFile> files = given.stream().sorted(Comparator.comparing(RuleFile::name)).toList();
		List<RuleFile> drl = files.stream().filter(f -> f.name().endsWith(".drl")).toList();
		RuleFile table = files.stream().filter(f -> f.name().equals(LegalBasisTable.FILE)).findFirst().orElse(null);
		List<RuleCompilationException.Problem> misplaced = new ArrayList<>();
		for (RuleFile file : files) {
			if (!file.name().endsWith(".drl") && !file.name().equals(LegalBasisTable.FILE)) {
				misplaced.add(new RuleCompilationException.Problem(file.name(), 0, 0,
						"a ruleset holds .drl files and " + LegalBasisTable.FILE + " only"));
			}
		}
		if (drl.isEmpty()) {
			throw new RuleCompilationException(what + " have no .drl files", misplaced);
		}
		KieServices kie = KieServices.Factory.get();
		KieFileSystem kfs = kie.newKieFileSystem();
		MessageDigest digest = sha256();
		Map<String, RuleInfo> declared = new HashMap<>();
		for (RuleFile file : drl) {
			byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
			Matcher names = RULE_NAME.matcher(file.content());
			while (names.find()) {
				int line = 1 + (int) file.content().substring(0, names.start(1)).chars().filter(c -> c == '\n').count();
				declared.put(names.group(1), new RuleInfo("", names.group(1), Severity.WARNING, "", file.name(), line,
						List.of()));
			}
			misplaced.addAll(legalBasisInRule(file.name(), file.content()));
			digest.update(file.name().getBytes(StandardCharsets.UTF_8));
			digest.update(content);
			kfs.write(KIE_PATH + file.name(), content);
		}
		// the table is part of what the rules say, so it is part of their version (after the .drl files)
		digest.update(LegalBasisTable.FILE.getBytes(StandardCharsets.UTF_8));
		digest.update(table == null ? new byte[0] : table.content().getBytes(StandardCharsets.UTF_8));
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
			throw new RuleCompilationException(what + " do not compile", problems);
		}
		KieBase base = kie.newKieContainer(releaseId).getKieBase();
		LegalBasisTable bases = LegalBasisReader.read(table == null ? null : table.content(), tableLocation, holder,
				ruleIds(base));
		List<RuleInfo> all = rules(base, declared, bases);
		List<RuleInfo> listed = all.stream().filter(r -> hasRuleId(base, r.name())).toList();
		return new RuleSet(base, version, listed, all, files, releaseId, bases);
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
	private static Set<String> ruleIds(KieBase base) {
		Set<String> ids = new TreeSet<>();
		for (KiePackage pkg : base.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				ids.add(String.valueOf(rule.getMetaData().getOrDefault("ruleId", rule.getName())));
			}
		}
		return ids;
	}

	private static boolean hasRuleId(KieBase base, String name) {
		for (KiePackage pkg : base.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				if (rule.getName().equals(name)) {
					return rule.getMetaData().containsKey("ruleId");
				}
			}
		}
		return false;
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/** Drools reports a parse error's column only in its text ("Line 7:22 ..."). */
	private static int column(Message message) {
		if (message.getColumn() > 0) {
			return message.getColumn();
		}
		Matcher at = Pattern.compile("Line \\d+:(\\d+)").matcher(message.getText());
		return at.find() ? Integer.parseInt(at.group(1)) + 1 : 0;
	}

	/**
	 * Every rule with its metadata, file, line and legal basis per act; a rule without @ruleId is
	 * known by its name (and the table has an entry under that name).
	 */
	private static List<RuleInfo> rules(KieBase base, Map<String, RuleInfo> declared, LegalBasisTable table) {
		List<RuleInfo> rules = new ArrayList<>();
		for (KiePackage pkg : base.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				var meta = rule.getMetaData();
				RuleInfo where = declared.get(rule.getName());
				String ruleId = String.valueOf(meta.getOrDefault("ruleId", rule.getName()));
				Map<String, LegalBasisTable.Basis> byAct = table.rules().getOrDefault(ruleId, Map.of());
				List<RuleInfo.LegalBasis> bases = new ArrayList<>();
				for (LegalBasisTable.Act act : table.acts()) {
					LegalBasisTable.Basis b = byAct.get(act.id());
					if (b != null) {
						bases.add(new RuleInfo.LegalBasis(act.id(), act.title(), act.from(), b.basis(), b.source(),
								b.verified()));
					}
				}
				LegalBasisTable.Basis today = byAct.get(table.currentAct().id());
				rules.add(new RuleInfo(ruleId, rule.getName(),
						Severity.valueOf(String.valueOf(meta.getOrDefault("severity", "WARNING"))),
						today == null ? "" : today.basis(), where == null ? "" : where.file(),
						where == null ? 0 : where.line(), List.copyOf(bases)));
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
