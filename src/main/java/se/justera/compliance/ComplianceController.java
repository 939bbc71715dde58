package se.justera.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import se.justera.budget.BudgetLine;
import se.justera.budget.BudgetReport;
import se.justera.graphql.Batches;
import se.justera.graphql.Connection;
import se.justera.graphql.GlobalId;
import se.justera.graphql.Inputs;
import se.justera.graphql.InvalidArgumentException;
import se.justera.meeting.Meeting;
import se.justera.meeting.MeetingOrder;
import se.justera.meeting.MeetingRepository;
import se.justera.motion.Motion;
import se.justera.paragraph.Paragraph;
import se.justera.protocol.ReadingNote;

/** Findings on every type that holds minutes, the findings list, the rules and their configuration. */
@Controller
class ComplianceController {

	record Evidence(String name, String value) {
	}

	/** confirmMunicipality belongs to importProtocol's use of the input; a check stores nothing and ignores it. */
	record ProtocolInput(String municipality, String text, Boolean confirmMunicipality) {
	}

	record ProtocolCheckView(List<Finding> findings, LocalDate appealDeadline, String bodyName, LocalDate meetingDate,
			List<ReadingNote> readingNotes) {
	}

	record RuleCompileError(String file, int line, int column, String message) {
	}

	record RuleReloadPayload(boolean success, String rulesetVersion, String message, List<RuleCompileError> errors,
			int reevaluatedMeetings, String state, String candidateVersion, List<StagingFailure> failures) {
	}

	record SettingsPayload(int queuedMeetings, int reevaluatedMeetings) {

		SettingsPayload(int queued) {
			this(queued, queued);
		}

	}

	record CancelReloadPayload(boolean cancelled, String candidateVersion, String rulesetVersion) {
	}

	record StagingProgress(String version, String createdBy, int queued, int done) {
	}

	record ReevaluationView(int queued, int done, int failed, StagingProgress staging) {
	}

	private final ComplianceService compliance;

	private final ReviewService reviews;

	private final SettingsService settings;

	private final FindingRepository findings;

	private final MeetingRepository meetings;

	private final AppealDeadlines appealDeadlines;

	private final RulesetService rulesets;

	private final RulesetRepository stored;

	private final ReevaluationQueue queue;

	ComplianceController(ComplianceService compliance, ReviewService reviews, SettingsService settings,
			FindingRepository findings, MeetingRepository meetings, RulesetService rulesets, RulesetRepository stored,
			ReevaluationQueue queue, AppealDeadlines appealDeadlines) {
		this.appealDeadlines = appealDeadlines;
		this.rulesets = rulesets;
		this.stored = stored;
		this.queue = queue;
		this.compliance = compliance;
		this.reviews = reviews;
		this.settings = settings;
		this.findings = findings;
		this.meetings = meetings;
	}

	/**
	 * One statement for the page and, when selected, its total; the findings' texts and figures are
	 * read only when a node's message, legal basis or evidence is selected.
	 */
	@QueryMapping
	Connection<Finding> findings(@Argument FindingFilter filter, @Argument MeetingOrder order, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		int size = Connection.pageSize(first);
		FindingFilter effective = filter == null ? FindingFilter.NONE : filter.checked();
		MeetingOrder effectiveOrder = MeetingOrder.orDefault(order);
		FindingCursor cursor = after == null ? null : FindingCursor.decode(after, effectiveOrder);
		DataFetchingFieldSelectionSet selection = environment.getSelectionSet();
		boolean texts = selection.contains("edges/node/message") || selection.contains("edges/node/legalBasis")
				|| selection.contains("edges/node/evidence");
		FindingRepository.Page rows = this.findings.findPage(effective, effectiveOrder, cursor, size + 1,
				selection.contains("totalCount"), texts);
		Object counted = rows.total() == null ? effective : new Connection.Counted(effective, rows.total());
		Connection<FindingRepository.FindingRow> page = Connection.of(rows.rows(), size, cursor != null,
				row -> new FindingCursor(row.meetingDate(), row.finding().meetingId(), row.finding().id()).encode(effectiveOrder),
				counted);
		return new Connection<>(page.edges().stream().map(e -> new Connection.Edge<>(e.cursor(), e.node().finding())).toList(),
				page.pageInfo(), counted);
	}

	@SchemaMapping(typeName = "FindingConnection")
	int totalCount(Connection<Finding> connection) {
		if (connection.filter() instanceof Connection.Counted counted) {
			return counted.total();
		}
		return this.findings.count((FindingFilter) connection.filter());
	}

	@SchemaMapping
	String message(Finding finding, @ContextValue(name = ComplianceResponseInterceptor.LANGUAGE, required = false) String language) {
		return "en".equals(language) ? finding.messageEn() : finding.messageSv();
	}

	@MutationMapping
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	Finding reviewFinding(@Argument ReviewService.ReviewInput input, Authentication who) {
		// the global id (Finding.id) or, deprecated, the plain key (Finding.databaseId)
		String findingId = GlobalId.key("input.findingId", "Finding", input.findingId());
		if (!Findings.isId(findingId)) {
			throw new InvalidArgumentException("input.findingId: " + Inputs.quoted(input.findingId())
					+ " is not a finding id; expected a Finding.id, or 24 lower-case hexadecimal digits as Finding.databaseId gives",
					"input.findingId: " + Inputs.quoted(input.findingId(), "tecken")
							+ " är inget avvikelse-id; ett Finding.id, eller 24 hexadecimala gemener som Finding.databaseId ger, väntas");
		}
		ReviewService.ReviewInput checked = new ReviewService.ReviewInput(findingId, input.action(),
				input.justification(), Inputs.name("input.assignee", input.assignee()), input.comment());
		this.reviews.review(checked, who.getName());
		return this.reviews.find(checked.findingId());
	}

	@BatchMapping(typeName = "Finding", field = "reviews")
	Map<Finding, List<Review>> reviewsOfFindings(List<Finding> findings) {
		List<Review> rows = this.reviews.reviewsOf(findings.stream().map(Finding::id).distinct().toArray(String[]::new));
		Map<Finding, List<Review>> result = new LinkedHashMap<>();
		findings.forEach(f -> result.put(f, rows.stream().filter(r -> r.findingId().equals(f.id())).toList()));
		return result;
	}

	record FindingCounts(int open, int acknowledged, int dismissed, int resolved) {
	}

	@QueryMapping
	List<FindingRepository.Group> findingStatistics(@Argument List<FindingRepository.Grouping> groupBy,
			@Argument FindingFilter filter) {
		return this.findings.countBy(groupBy, filter == null ? FindingFilter.NONE : filter.checked());
	}

	@QueryMapping
	FindingCounts findingCounts(@Argument FindingFilter filter) {
		Map<FindingStatus, Integer> counts = this.reviews.counts(filter == null ? FindingFilter.NONE : filter.checked());
		return new FindingCounts(counts.get(FindingStatus.OPEN), counts.get(FindingStatus.ACKNOWLEDGED),
				counts.get(FindingStatus.DISMISSED), counts.get(FindingStatus.RESOLVED));
	}

	@SchemaMapping
	List<Evidence> evidence(Finding finding) {
		List<Evidence> evidence = new ArrayList<>();
		finding.evidence().forEach((name, value) -> evidence.add(new Evidence(name, value == null ? null : String.valueOf(value))));
		return evidence;
	}

	/** The finding's own page (a checked protocol's), else its stored paragraph's. */
	@BatchMapping(typeName = "Finding", field = "page")
	Map<Finding, Integer> pageOfFindings(List<Finding> findings) {
		Map<Finding, Integer> pages = new LinkedHashMap<>();
		List<Finding> stored = findings.stream()
			.filter(f -> f.page() == null && f.meetingId() != null && f.paragraph() != null)
			.toList();
		Map<String, Integer> byParagraph = new java.util.HashMap<>();
		if (!stored.isEmpty()) {
			this.findings.pagesOfParagraphs(stored.stream().map(Finding::meetingId).toArray(Long[]::new),
					stored.stream().map(Finding::paragraph).toArray(Integer[]::new))
				.forEach(p -> byParagraph.put(p.meetingId() + "/" + p.number(), p.page()));
		}
		for (Finding finding : findings) {
			Integer page = finding.page() != null ? finding.page()
					: byParagraph.get(finding.meetingId() + "/" + finding.paragraph());
			if (page != null) {
				pages.put(finding, page);
			}
		}
		return pages;
	}

	@BatchMapping(typeName = "Finding", field = "meeting")
	Map<Finding, Meeting> meetingOfFindings(List<Finding> findings) {
		List<Finding> stored = findings.stream().filter(f -> f.meetingId() != null).toList();
		return Batches.oneByParent(stored, Finding::meetingId,
				this.meetings.findByIds(Batches.ids(stored, Finding::meetingId)), Meeting::id);
	}

	@QueryMapping
	@PreAuthorize("hasRole('CLERK')")
	ProtocolCheckView checkProtocol(@Argument ProtocolInput input) {
		ComplianceService.ProtocolCheck check = this.compliance.check(Inputs.name("input.municipality", input.municipality()),
				input.text());
		return new ProtocolCheckView(check.findings(), check.appealDeadline(), check.protocol().bodyName(),
				check.protocol().meetingDate(), check.protocol().readingNotes());
	}

	@QueryMapping
	String rulesetVersion() {
		return this.compliance.ruleSet().version();
	}

	@QueryMapping
	List<RuleInfo> rules() {
		return this.compliance.ruleSet().rules();
	}

	@MutationMapping
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	CompletableFuture<RuleReloadPayload> reloadRules(Authentication who) {
		String roles = String.join(",", who.getAuthorities()
			.stream()
			.map(a -> a.getAuthority())
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5).toLowerCase(java.util.Locale.ROOT))
			.sorted()
			.toList());
		return this.rulesets.reload(who.getName(), roles)
			.thenApply(result -> new RuleReloadPayload(result.success(), result.rules().version(), result.message(),
					result.problems()
						.stream()
						.map(p -> new RuleCompileError(p.file(), p.line(), p.column(), p.message()))
						.toList(),
					result.meetings(), result.state(), result.candidateVersion(), result.failures()));
	}

	@MutationMapping
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	CancelReloadPayload cancelReload(Authentication who) {
		return this.rulesets.cancel(who.getName())
			.map(s -> new CancelReloadPayload(true, s.version(), this.rulesets.ruleSet().version()))
			.orElse(new CancelReloadPayload(false, null, this.rulesets.ruleSet().version()));
	}

	@QueryMapping
	ReevaluationView reevaluation() {
		ReevaluationQueue.Progress active = this.queue.progress(ReevaluationQueue.ACTIVE);
		StagingProgress staging = this.stored.staging().map(s -> {
			ReevaluationQueue.Progress p = this.queue.progress(s.id());
			return new StagingProgress(s.version(), s.createdBy(), p.queued(), p.done());
		}).orElse(null);
		return new ReevaluationView(active.queued(), active.done(), active.failed(), staging);
	}

	@QueryMapping
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	List<RulesetRepository.Stored> rulesets(@Argument Integer first) {
		int limit = first == null ? 20 : first;
		if (limit < 1 || limit > 100) {
			throw InvalidArgumentException.keyed("rulesets.first", limit);
		}
		return this.stored.latest(limit);
	}

	@BatchMapping(typeName = "Ruleset", field = "files")
	Map<RulesetRepository.Stored, List<RulesetRepository.FileRow>> filesOfRulesets(List<RulesetRepository.Stored> sets) {
		List<RulesetRepository.FileRow> rows = this.stored.fileNames(sets.stream().map(RulesetRepository.Stored::id).toArray(Long[]::new));
		Map<RulesetRepository.Stored, List<RulesetRepository.FileRow>> result = new LinkedHashMap<>();
		sets.forEach(s -> result.put(s, rows.stream().filter(r -> r.rulesetId() == s.id()).toList()));
		return result;
	}

	@SchemaMapping(typeName = "Ruleset")
	List<StagingFailure> failures(RulesetRepository.Stored set) {
		return set.failureList();
	}

	@SchemaMapping(typeName = "Ruleset")
	String id(RulesetRepository.Stored set) {
		return String.valueOf(set.id());
	}

	@SchemaMapping(typeName = "RuleFailure")
	String meetingName(StagingFailure failure) {
		return failure.meeting();
	}

	@BatchMapping(typeName = "RuleFailure", field = "meeting")
	Map<StagingFailure, Meeting> meetingOfFailures(List<StagingFailure> failures) {
		return Batches.oneByParent(failures, StagingFailure::meetingId,
				this.meetings.findByIds(Batches.ids(failures, StagingFailure::meetingId)), Meeting::id);
	}

	@MutationMapping
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	SettingsPayload configureBody(@Argument SettingsService.BodySettings input) {
		return new SettingsPayload(this.settings.configureBody(new SettingsService.BodySettings(
				Inputs.name("input.municipality", input.municipality()), Inputs.name("input.body", input.body()), input.kind(),
				input.seats(), input.checkingDays())));
	}

	@MutationMapping
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	SettingsPayload configureOverrunThreshold(@Argument String municipality, @Argument Double percent) {
		return new SettingsPayload(this.settings.configureOverrunThreshold(Inputs.name("municipality", municipality),
				percent == null ? null : BigDecimal.valueOf(percent)));
	}

	record BudgetUnitInput(String municipality, String label, boolean committee, String note) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	SettingsPayload configureBudgetUnit(@Argument BudgetUnitInput input) {
		return new SettingsPayload(
				this.settings.configureBudgetUnit(Inputs.name("input.municipality", input.municipality()),
						Inputs.name("input.label", input.label()), input.committee(), input.note()));
	}

	@BatchMapping(typeName = "Meeting", field = "findings")
	Map<Meeting, List<Finding>> findingsOfMeetings(List<Meeting> meetings) {
		return Batches.byParent(meetings, Meeting::id, this.findings.findByMeetingIds(Batches.ids(meetings, Meeting::id)),
				Finding::meetingId);
	}

	@BatchMapping(typeName = "Paragraph", field = "findings")
	Map<Paragraph, List<Finding>> findingsOfParagraphs(List<Paragraph> paragraphs) {
		return keyed(paragraphs, Paragraph::id, this.findings.findByParagraphIds(Batches.ids(paragraphs, Paragraph::id)));
	}

	@BatchMapping(typeName = "Paragraph", field = "appealDeadline")
	Map<Paragraph, LocalDate> appealDeadlines(List<Paragraph> paragraphs) {
		return this.appealDeadlines.of(paragraphs);
	}

	@BatchMapping(typeName = "Motion", field = "findings")
	Map<Motion, List<Finding>> findingsOfMotions(List<Motion> motions) {
		return keyed(motions, Motion::id, this.findings.findByMotionIds(Batches.ids(motions, Motion::id)));
	}

	@BatchMapping(typeName = "BudgetReport", field = "findings")
	Map<BudgetReport, List<Finding>> findingsOfBudgetReports(List<BudgetReport> reports) {
		return keyed(reports, BudgetReport::id, this.findings.findByBudgetReportIds(Batches.ids(reports, BudgetReport::id)));
	}

	@BatchMapping(typeName = "BudgetLine", field = "findings")
	Map<BudgetLine, List<Finding>> findingsOfBudgetLines(List<BudgetLine> lines) {
		return keyed(lines, BudgetLine::id, this.findings.findByBudgetLineIds(Batches.ids(lines, BudgetLine::id)));
	}

	private static <P> Map<P, List<Finding>> keyed(List<P> parents, Function<P, Long> id, List<FindingRepository.Keyed> rows) {
		Map<P, List<FindingRepository.Keyed>> grouped = Batches.byParent(parents, id, rows, FindingRepository.Keyed::key);
		Map<P, List<Finding>> result = new LinkedHashMap<>();
		grouped.forEach((parent, list) -> result.put(parent, list.stream().map(FindingRepository.Keyed::finding).toList()));
		return result;
	}

}
