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
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Compiles the .drl files of a folder into a {@link RuleSet}. */
public class RuleCompiler {

	private static final String KIE_PATH = "src/main/resources/se/justera/rules/";

	/** Compiles the .drl files of a folder; a missing or empty folder, or one that does not compile, throws. */
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
		List<RuleFile> files = new ArrayList<>();
		for (Path path : paths) {
			byte[] content = read(path);
			files.add(new RuleFile(path.getFileName().toString(), hex(sha256().digest(content)),
					new String(content, StandardCharsets.UTF_8)));
		}
		return compile(files, "The rules in " + folder.toAbsolutePath());
	}

	/** Compiles stored files (a ruleset from the database), sorted by name as a folder's are. */
	public RuleSet compile(List<RuleFile> given, String what) {
		List<RuleFile> files = given.stream().sorted(Comparator.comparing(RuleFile::name)).toList();
		KieServices kie = KieServices.Factory.get();
		KieFileSystem kfs = kie.newKieFileSystem();
		MessageDigest digest = sha256();
		Map<String, RuleInfo> declared = new HashMap<>();
		for (RuleFile file : files) {
			byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
			Matcher names = RULE_NAME.matcher(file.content());
			while (names.find()) {
				int line = 1 + (int) file.content().substring(0, names.start(1)).chars().filter(c -> c == '\n').count();
				declared.put(names.group(1), new RuleInfo("", names.group(1), Severity.WARNING, "", file.name(), line));
			}
			digest.update(file.name().getBytes(StandardCharsets.UTF_8));
			digest.update(content);
			kfs.write(KIE_PATH + file.name(), content);
		}
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
		if (!problems.isEmpty()) {
			throw new RuleCompilationException(what + " do not compile", problems);
		}
		KieBase base = kie.newKieContainer(releaseId).getKieBase();
		List<RuleInfo> all = rules(base, declared);
		List<RuleInfo> listed = all.stream().filter(r -> hasRuleId(base, r.name())).toList();
		return new RuleSet(base, version, listed, all, files, releaseId);
	}

	private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

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
		java.util.regex.Matcher at = java.util.regex.Pattern.compile("Line \\d+:(\\d+)").matcher(message.getText());
		return at.find() ? Integer.parseInt(at.group(1)) + 1 : 0;
	}

	/** Every rule with its metadata; a rule without @ruleId is known by its name. */
	private static List<RuleInfo> rules(KieBase base, Map<String, RuleInfo> declared) {
		List<RuleInfo> rules = new ArrayList<>();
		for (KiePackage pkg : base.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				var meta = rule.getMetaData();
				RuleInfo where = declared.get(rule.getName());
				rules.add(new RuleInfo(String.valueOf(meta.getOrDefault("ruleId", rule.getName())), rule.getName(),
						Severity.valueOf(String.valueOf(meta.getOrDefault("severity", "WARNING"))),
						String.valueOf(meta.getOrDefault("legalBasis", "")), where == null ? "" : where.file(),
						where == null ? 0 : where.line()));
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
