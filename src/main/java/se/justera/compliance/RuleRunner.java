package se.justera.compliance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.justera.protocol.Protocol;
import se.justera.text.LogSafe;

/**
 * Runs a ruleset over one meeting so that no rule can take the caller down with it: the session
 * runs on a thread of its own under a time budget, and a rule that throws or does not finish is
 * named and left out, while every other rule still gives its findings.
 *
 * <ul>
 * <li>An exception in an action names its rule (Drools' ConsequenceException); one in a condition
 * names it in the message; otherwise each rule is run alone to find the one that fails.</li>
 * <li>At the budget the session is halted (which ends a rule that fires itself forever); a thread
 * still running after that is interrupted and then stopped: a rule looping inside its action or
 * condition would otherwise hold a CPU for good. A rule that timed out is skipped for the rest of
 * that ruleset's life on this node, so that each meeting does not pay the budget again.</li>
 * </ul>
 */
public class RuleRunner implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RuleRunner.class);

	/** How Drools names the rule of a failing condition: [Rule "X" in file.drl]. */
	private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

	/** How long a stopped thread is given to end before the next step. */
	private static final long GRACE_MILLIS = 200;

	private final Duration budget;

	private final ExecutorService threads;

	/** Rules that timed out, per ruleset version: skipped from then on. */
	private final Map<String, Map<String, RuleFailure>> quarantined = new ConcurrentHashMap<>();

	/** Rule bases without some rules, by version and the rules left out (few: made only when a rule fails). */
	private final Map<String, KieBase> reduced = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
			return size() > 64;
		}
	};

	public RuleRunner(Duration budget) {
		this.budget = budget;
		AtomicInteger count = new AtomicInteger();
		this.threads = Executors.newCachedThreadPool(r -> {
			Thread thread = new Thread(r, "rule-evaluation-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	public Duration budget() {
		return this.budget;
	}

	/**
	 * What the rules found in one meeting, and the rules that could not run on it.
	 *
	 * @param meetingDate the meeting's date, which decides the act a finding cites
	 */
	public record Evaluation(List<Finding> findings, List<RuleFailure> failures, LocalDate meetingDate) {

		/**
		 * The findings with a RULE_ERROR finding for each rule that did not run, citing that rule's
		 * legal basis under the act in force on the meeting date.
		 */
		public List<Finding> findingsWithErrors(RuleSet rules, String meetingKey) {
			List<Finding> all = new ArrayList<>(this.findings);
			Findings errors = new Findings(meetingKey, Map.of());
			Map<String, String> bases = rules.legalBasis().basesOn(this.meetingDate);
			for (RuleFailure failure : this.failures) {
				errors.ruleError(failure, failure.ruleId() == null ? "" : bases.getOrDefault(failure.ruleId(), ""));
			}
			all.addAll(errors.all());
			return all;
		}

	}

	public Evaluation evaluate(RuleSet rules, String municipality, Protocol protocol, ComplianceSettings settings) {
		List<Object> facts = FactBuilder.facts(municipality, protocol, settings);
		String key = ComplianceEngine.meetingKey(municipality, protocol);
		LocalDate date = protocol.meetingDate();
		// the legal basis of each rule id under the act in force on the meeting date
		Map<String, String> bases = rules.legalBasis().basesOn(date);
		// the facts a WARNING reading note marks, for findings that rest on them
		Map<String, String> uncertain = FactBuilder.uncertain(protocol);
		Set<String> excluded = new TreeSet<>();
		List<RuleFailure> failures = new ArrayList<>();
		for (RuleFailure skipped : this.quarantined.getOrDefault(rules.version(), Map.of()).values()) {
			excluded.add(skipped.rule());
			failures.add(skipped);
		}
		while (excluded.size() < rules.allRules().size()) {
			Run run = run(rules, without(rules, excluded), facts, key, bases, uncertain);
			if (run.failure() == null) {
				return new Evaluation(run.findings(), failures, date);
			}
			List<RuleFailure> culprits = run.failure().rule() != null ? List.of(run.failure())
					: isolate(rules, excluded, facts, key, bases, uncertain, run.failure());
			for (RuleFailure culprit : culprits) {
				excluded.add(culprit.rule());
				failures.add(culprit);
				if (culprit.timedOut()) {
					this.quarantined.computeIfAbsent(rules.version(), v -> new ConcurrentHashMap<>())
						.put(culprit.rule(), new RuleFailure(culprit.ruleId(), culprit.rule(), culprit.file(), culprit.line(),
								"skipped on this node: it did not finish within " + seconds() + " on an earlier meeting",
								true));
				}
			}
			if (culprits.isEmpty()) {
				// no single rule fails alone: rules fail together; nothing this ruleset says of the meeting can be trusted
				failures.add(new RuleFailure("RULESET", "(the rules together)", "", 0, run.failure().cause(),
						run.failure().timedOut()));
				return new Evaluation(List.of(), failures, date);
			}
		}
		return new Evaluation(List.of(), failures, date);
	}

	/** A run's findings, or how it failed; failure.rule() is null when the failing rule is not known. */
	private record Run(List<Finding> findings, RuleFailure failure) {
	}

	private Run run(RuleSet rules, KieBase base, List<Object> facts, String key, Map<String, String> bases,
			Map<String, String> uncertain) {
		Findings findings = new Findings(key, bases, uncertain);
		KieSession session = base.newKieSession();
		AtomicReference<String> firing = new AtomicReference<>();
		AtomicReference<Thread> runner = new AtomicReference<>();
		session.addEventListener(new DefaultAgendaEventListener() {
			@Override
			public void beforeMatchFired(BeforeMatchFiredEvent event) {
				firing.set(event.getMatch().getRule().getName());
			}

			@Override
			public void afterMatchFired(AfterMatchFiredEvent event) {
				firing.set(null);
			}
		});
		session.setGlobal("findings", findings);
		Future<?> task = this.threads.submit(() -> {
			runner.set(Thread.currentThread());
			facts.forEach(session::insert);
			session.fireAllRules();
		});
		boolean hung = false;
		try {
			task.get(this.budget.toMillis(), TimeUnit.MILLISECONDS);
			return new Run(findings.all(), null);
		}
		catch (ExecutionException ex) {
			return new Run(List.of(), failure(rules, ex.getCause()));
		}
		catch (TimeoutException ex) {
			String rule = firing.get();
			hung = !stop(session, task, runner.get());
			String cause = "did not finish within " + seconds() + (hung ? "; its thread could not be stopped" : "");
			log.warn("A rule evaluation was stopped at its time budget ({}): {}", rule == null ? "in a condition" : rule,
					cause);
			return new Run(List.of(), rule != null ? RuleFailure.of(rules, rule, cause, true)
					: new RuleFailure(null, null, "", 0, cause, true));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			task.cancel(true);
			throw new IllegalStateException("Interrupted while the rules ran", ex);
		}
		finally {
			if (!hung) {
				session.dispose();
			}
		}
	}

	/** Ends a run past its budget: halt, then interrupt, then stop the thread. True when it ended. */
	@SuppressWarnings({ "deprecation", "removal" })
	private boolean stop(KieSession session, Future<?> task, Thread thread) {
		session.halt();
		if (ended(task)) {
			return true;
		}
		task.cancel(true);
		if (ended(task) && (thread == null || !thread.isAlive() || thread.getState() == Thread.State.WAITING)) {
			return true;
		}
		if (thread != null) {
			try {
				// a loop in a rule's own code cannot be ended otherwise on Java 17; the thread holds only the session
				thread.stop();
			}
			catch (UnsupportedOperationException ex) {
				log.error("Cannot stop the thread of a rule that does not return ({}); it keeps a CPU busy", thread.getName());
				return false;
			}
		}
		return true;
	}

	private static boolean ended(Future<?> task) {
		try {
			task.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			return task.isDone();
		}
	}

	private RuleFailure failure(RuleSet rules, Throwable ex) {
		String rule = null;
		if (ex instanceof ConsequenceException consequence && consequence.getMatch() != null) {
			rule = consequence.getMatch().getRule().getName();
		}
		else {
			for (Throwable t = ex; t != null && rule == null; t = t.getCause()) {
				Matcher named = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
				while (named.find()) {
					if (rules.rule(named.group(1)).isPresent()) {
						rule = named.group(1);
						break;
					}
				}
			}
		}
		String cause = cause(ex);
		return rule == null ? new RuleFailure(null, null, "", 0, cause, false) : RuleFailure.of(rules, rule, cause, false);
	}

	/** The innermost exception, as "ArithmeticException: / by zero". */
	static String cause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : ": " + LogSafe.escape(root.getMessage());
		return root.getClass().getSimpleName() + (message.length() > 500 ? message.substring(0, 500) + "..." : message);
	}

	/** Runs each rule alone to find those that fail; the whole run's failure is the fallback cause. */
	private List<RuleFailure> isolate(RuleSet rules, Set<String> excluded, List<Object> facts, String key,
			Map<String, String> bases, Map<String, String> uncertain, RuleFailure whole) {
		List<RuleFailure> culprits = new ArrayList<>();
		for (RuleInfo rule : rules.allRules()) {
			if (excluded.contains(rule.name())) {
				continue;
			}
			Set<String> others = new TreeSet<>();
			rules.allRules().stream().map(RuleInfo::name).filter(n -> !n.equals(rule.name())).forEach(others::add);
			Run alone = run(rules, without(rules, others), facts, key, bases, uncertain);
			if (alone.failure() != null) {
				culprits.add(RuleFailure.of(rules, rule.name(), alone.failure().cause(), alone.failure().timedOut()));
			}
		}
		return culprits;
	}

	private KieBase without(RuleSet rules, Collection<String> names) {
		if (names.isEmpty()) {
			return rules.kieBase();
		}
		String cacheKey = rules.version() + "|" + String.join("|", new TreeSet<>(names));
		synchronized (this.reduced) {
			KieBase base = this.reduced.get(cacheKey);
			if (base == null) {
				KieServices kie = KieServices.Factory.get();
				base = kie.newKieContainer(rules.releaseId()).newKieBase(kie.newKieBaseConfiguration());
				for (KiePackage pkg : List.copyOf(base.getKiePackages())) {
					for (Rule rule : List.copyOf(pkg.getRules())) {
						if (names.contains(rule.getName())) {
							base.removeRule(pkg.getName(), rule.getName());
						}
					}
				}
				this.reduced.put(cacheKey, base);
			}
			return base;
		}
	}

	private String seconds() {
		return this.budget.toMillis() % 1000 == 0 ? this.budget.toSeconds() + " s" : this.budget.toMillis() + " ms";
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

}
