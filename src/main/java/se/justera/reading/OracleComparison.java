package se.justera.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import se.justera.compliance.Finding;
import se.justera.meeting.AttendanceRole;
import se.justera.protocol.Protocol;

/**
 * What the reader made of a protocol against its oracle ({@code NAME.expected.json}, schema in
 * src/test/resources/corpus/README.md), fact by fact: each fact is right or wrong, and a wrong
 * one says what was expected and what was read. Strings compare after the oracle's normalisation
 * (soft hyphens, no-break spaces, ligatures, hyphenation at line ends, white space).
 */
final class OracleComparison {

	/** One fact: its name (a path into the oracle), whether it was read right, and both values. */
	record Fact(String name, boolean right, String expected, String actual) {
	}

	private final List<Fact> facts = new ArrayList<>();

	/** While set, the thing these facts belong to was not read at all: each of them counts as wrong. */
	private boolean absent;

	private OracleComparison() {
	}

	static List<Fact> compare(JsonNode oracle, Protocol read, List<Finding> findings) {
		OracleComparison comparison = new OracleComparison();
		comparison.meeting(oracle, read);
		comparison.attendance(oracle, read);
		comparison.checking(oracle, read);
		comparison.notice(oracle.path("notice"), read.notice());
		for (JsonNode paragraph : oracle.path("paragraphs")) {
			comparison.paragraph(paragraph, read);
		}
		comparison.findings(oracle.path("expectedFindings"), findings);
		return List.copyOf(comparison.facts);
	}

	private void meeting(JsonNode oracle, Protocol read) {
		JsonNode meeting = oracle.path("meeting");
		text("meeting.body.name", meeting.path("body").path("name"), read.bodyName());
		text("meeting.date", meeting.path("date"), read.meetingDate());
		text("meeting.startTime", meeting.path("startTime"), read.startsAt());
		text("meeting.endTime", meeting.path("endTime"), read.endsAt());
		text("meeting.place", meeting.path("place"), read.place());
		if (!oracle.path("chair").isMissingNode() && !oracle.path("chair").isNull()) {
			text("chair.name", oracle.path("chair").path("name"), read.attendees()
				.stream()
				.filter(a -> a.role() == AttendanceRole.CHAIR)
				.map(Protocol.Attendee::name)
				.findFirst()
				// the oracle's chair may be known only from the signature block (an extract without its list)
				.orElseGet(() -> read.signatures().stream()
					.filter(s -> s.role().equalsIgnoreCase("Ordförande"))
					.map(Protocol.Signature::name)
					.findFirst()
					.orElse(null)));
		}
		JsonNode range = oracle.path("paragraphRange");
		if (!range.isNull() && !range.isMissingNode()) {
			text("paragraphRange.first", range.path("first"), read.firstParagraph());
			text("paragraphRange.last", range.path("last"), read.lastParagraph());
		}
	}

	private void attendance(JsonNode oracle, Protocol read) {
		JsonNode deciding = oracle.path("decidingMembers");
		List<Protocol.Attendee> readDeciding = read.attendees().stream().filter(a -> a.role().decides()).toList();
		if (deciding.isNull()) {
			fact("decidingMembers", readDeciding.isEmpty(), "unknown (no list in the file)",
					readDeciding.size() + " deciding members");
			return;
		}
		for (JsonNode member : deciding) {
			String name = member.path("name").asString();
			String key = "decidingMembers[" + name + "]";
			Protocol.Attendee match = find(readDeciding, name);
			fact(key, match != null, "listed", match == null ? "not found" : "listed");
			Protocol.Attendee found = match != null ? match
					: new Protocol.Attendee(name, null, AttendanceRole.MEMBER, null, null, List.of(), null);
			part(match != null, () -> attendee(key, member, found, read));
		}
		people("nonServingSubstitutes", oracle.path("nonServingSubstitutes"), read,
				a -> a.role() == AttendanceRole.NON_SERVING_SUBSTITUTE);
		people("otherAttendees", oracle.path("otherAttendees"), read, a -> a.role() == AttendanceRole.OTHER_ATTENDEE);
	}

	private void attendee(String key, JsonNode member, Protocol.Attendee found, Protocol read) {
		String name = member.path("name").asString();
		{
			text(key + ".party", member.path("party"), found.party());
			text(key + ".role", member.path("role"), found.role().name().toLowerCase(Locale.ROOT));
			JsonNode servingFor = member.path("servingFor");
			text(key + ".servingFor", servingFor.isNull() ? servingFor : servingFor.path("name"), found.replaces());
			Set<Integer> expected = numbers(member.path("paragraphs"));
			Set<Integer> actual = new TreeSet<>();
			for (Protocol.Paragraph p : read.paragraphs()) {
				boolean recused = p.recusals().stream().anyMatch(r -> same(r.person(), name));
				if (found.presentIn(p.number()) && !recused) {
					actual.add(p.number());
				}
			}
			fact(key + ".paragraphs", expected.equals(actual), expected.toString(), actual.toString());
		}
	}

	private void people(String name, JsonNode expected, Protocol read, java.util.function.Predicate<Protocol.Attendee> kind) {
		if (expected.isNull() || expected.isMissingNode()) {
			return;
		}
		List<Protocol.Attendee> candidates = read.attendees().stream().filter(kind).toList();
		for (JsonNode person : expected) {
			String who = person.path("name").asString();
			Protocol.Attendee match = find(candidates, who);
			fact(name + "[" + who + "]", match != null, "listed", match != null ? "listed" : "not found");
			JsonNode paragraphs = person.path("paragraphs");
			if (paragraphs.isArray()) {
				// the paragraphs of this role: a substitute who served for a while is in both lists, split
				Set<Integer> wanted = numbers(paragraphs);
				Set<Integer> actual = new TreeSet<>();
				if (match != null) {
					read.paragraphs().stream().map(Protocol.Paragraph::number).filter(match::presentIn).forEach(actual::add);
				}
				part(match != null, () -> fact(name + "[" + who + "].paragraphs", wanted.equals(actual),
						wanted.toString(), actual.toString()));
			}
		}
	}

	private void checking(JsonNode oracle, Protocol read) {
		JsonNode checking = oracle.path("checking");
		if (checking.isNull() || checking.isMissingNode()) {
			return;
		}
		Set<String> expected = new TreeSet<>();
		checking.path("checkers").forEach(c -> expected.add(normal(c.path("name").asString())));
		Set<String> actual = new TreeSet<>();
		read.checkers().forEach(c -> actual.add(normal(c)));
		fact("checking.checkers", expected.equals(actual), expected.toString(), actual.toString());
		text("checking.date", checking.path("date"), read.checkingDate());
		text("checking.time", checking.path("time"), read.checkingTime());
		text("checking.place", checking.path("place"), read.checkingPlace());
	}

	private void notice(JsonNode notice, Protocol.Notice read) {
		if (notice.isMissingNode()) {
			return;
		}
		if (notice.isNull()) {
			fact("notice", read == null, "none", read == null ? "none" : "a notice");
			return;
		}
		fact("notice", read != null, "a notice", read == null ? "none" : "a notice");
		Protocol.Notice found = read != null ? read : new Protocol.Notice(null, null, null, null, null, null, null);
		part(read != null, () -> {
			text("notice.postedOn", notice.path("postedOn"), found.postedOn());
			text("notice.removedOn", notice.path("removedOn"), found.removedOn());
			text("notice.keptAt", notice.path("keptAt"), found.minutesKeptAt());
			text("notice.statedAppealDeadline", notice.path("statedAppealDeadline"), found.statedAppealDeadline());
		});
	}

	private void paragraph(JsonNode expected, Protocol read) {
		int number = expected.path("number").asInt();
		String key = "§" + number;
		Protocol.Paragraph match = read.paragraphs().stream().filter(p -> p.number() == number).findFirst().orElse(null);
		fact(key, match != null, "read", match == null ? "not found" : "read");
		Protocol.Paragraph found = match != null ? match
				: new Protocol.Paragraph(number, null, null, null, null, null, null, List.of(), null, List.of(), List.of(),
						List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
		part(match != null, () -> paragraphFacts(key, expected, found));
	}

	private void paragraphFacts(String key, JsonNode expected, Protocol.Paragraph found) {
		text(key + ".page", expected.path("page"), found.page());
		text(key + ".caseNumber", expected.path("caseNumber"), found.caseNumber());
		text(key + ".title", expected.path("title"), found.title());
		text(key + ".kind", expected.path("kind"), kind(found.kind()));
		JsonNode decision = expected.path("decision");
		if (!decision.isNull() && !decision.isMissingNode()) {
			List<String> points = new ArrayList<>();
			decision.path("points").forEach(p -> points.add(normal(p.path("text").asString(p.asString()))));
			if (points.isEmpty()) {
				text(key + ".decision.text", decision.path("text"), found.decisionText());
			}
			else {
				List<String> actual = found.decisionPoints().stream().map(OracleComparison::normal).toList();
				fact(key + ".decision.points", points.equals(actual), points.toString(), actual.toString());
			}
		}
		names(key + ".recusals", expected.path("recusals"), found.recusals(), Protocol.Recusal::person);
		names(key + ".reservations", expected.path("reservations"), found.reservations(), Protocol.Reservation::person);
		int v = 0;
		for (JsonNode vote : expected.path("votes")) {
			Protocol.Vote readVote = v < found.votes().size() ? found.votes().get(v) : null;
			String voteKey = key + ".votes[" + v + "]";
			fact(voteKey, readVote != null, "a vote", readVote == null ? "none" : "a vote");
			Protocol.Vote counted = readVote != null ? readVote : new Protocol.Vote(null, null, null, null, null, List.of());
			part(readVote != null, () -> {
				text(voteKey + ".yes", vote.path("yes"), counted.yes());
				text(voteKey + ".no", vote.path("no"), counted.no());
				text(voteKey + ".abstain", vote.path("abstain"), counted.abstain());
			});
			v++;
		}
		motion(key, expected.path("motion"), found.motion());
		if (expected.has("immediatelyChecked")) {
			text(key + ".immediatelyChecked", expected.path("immediatelyChecked"), found.immediatelyChecked());
		}
		budget(key, expected.path("budgetTables"), found.budgetReports());
	}

	private void motion(String key, JsonNode expected, Protocol.Motion read) {
		if (expected.isNull() || expected.isMissingNode()) {
			return;
		}
		fact(key + ".motion", read != null, "a motion", read == null ? "none" : "a motion");
		Protocol.Motion motion = read != null ? read : new Protocol.Motion(null, null, List.of(), null);
		part(read != null, () -> {
			text(key + ".motion.outcome", expected.path("outcome"),
					motion.outcome() == null ? null : motion.outcome().name().toLowerCase(Locale.ROOT));
			text(key + ".motion.raisedOn", expected.path("raisedOn"), motion.raisedOn());
			text(key + ".motion.delayReported", expected.path("delayReported"), motion.delayReported());
			List<String> claims = new ArrayList<>();
			expected.path("claims").forEach(c -> claims.add(normal(c.asString())));
			List<String> actual = motion.claims().stream().map(OracleComparison::normal).toList();
			fact(key + ".motion.claims", claims.equals(actual), claims.toString(), actual.toString());
		});
	}

	private void budget(String key, JsonNode tables, List<Protocol.BudgetReport> read) {
		int t = 0;
		for (JsonNode table : tables) {
			Protocol.BudgetReport report = t < read.size() ? read.get(t) : null;
			String tableKey = key + ".budgetTables[" + t + "]";
			fact(tableKey, report != null, "a table", report == null ? "none" : "a table");
			List<Protocol.BudgetLine> lines = report == null ? List.of() : report.lines();
			part(report != null, () -> {
				for (JsonNode row : table.path("rows")) {
					int position = row.path("position").asInt();
					Protocol.BudgetLine readLine = position < lines.size() ? lines.get(position) : null;
					String rowKey = tableKey + ".rows[" + position + "]";
					fact(rowKey, readLine != null, "a row", readLine == null ? "none" : "a row");
					Protocol.BudgetLine line = readLine != null ? readLine
							: new Protocol.BudgetLine(null, null, null, null, null, null, null, null, null, null);
					part(readLine != null, () -> {
						text(rowKey + ".label", row.path("label"), line.label());
						if (row.has("level")) {
							// total or detail: what the rules add up (a total's rows) and compare across tables
							text(rowKey + ".level", row.path("level"), line.level() == null ? null
									: line.level() == se.justera.budget.BudgetLineLevel.TOTAL ? "total" : "detail");
						}
						for (var column : row.path("valuesTkr").properties()) {
							text(rowKey + "." + column.getKey(), column.getValue(), figure(line, column.getKey()));
						}
					});
				}
			});
			t++;
		}
	}

	/** The oracle's words for a paragraph's kind. */
	private static String kind(se.justera.paragraph.ParagraphKind kind) {
		return kind == null ? null : switch (kind) {
			case DECISION -> "decision";
			case PROPOSAL_TO_COUNCIL -> "proposal";
			case INFORMATION -> "information";
		};
	}

	private static Long figure(Protocol.BudgetLine line, String column) {
		return switch (column) {
			case "periodBudget" -> line.periodBudget();
			case "periodActual" -> line.periodActual();
			case "periodDeviation" -> line.periodDeviation();
			case "yearBudget" -> line.yearBudget();
			case "yearForecast" -> line.yearForecast();
			case "yearDeviation" -> line.yearDeviation();
			case "priorYearPeriodActual" -> line.priorYearPeriodActual();
			case "previousForecast" -> line.previousForecast();
			case "forecastChange" -> line.forecastChange();
			default -> null;
		};
	}

	private void findings(JsonNode expected, List<Finding> findings) {
		Set<String> wanted = new TreeSet<>();
		expected.forEach(f -> wanted.add(f.path("ruleId").asString() + "@" + (f.path("paragraph").isNull() ? "-"
				: f.path("paragraph").asInt())));
		Set<String> got = new TreeSet<>();
		findings.forEach(f -> got.add(f.ruleId() + "@" + (f.paragraph() == null ? "-" : f.paragraph())));
		for (String finding : wanted) {
			fact("finding " + finding, got.contains(finding), "reported", got.contains(finding) ? "reported" : "missing");
		}
		for (String finding : got) {
			if (!wanted.contains(finding)) {
				fact("finding " + finding, false, "not reported", "reported");
			}
		}
	}

	private <T> void names(String key, JsonNode expected, List<T> read, Function<T, String> name) {
		Set<String> wanted = new TreeSet<>();
		expected.forEach(e -> wanted.add(normal(e.path("name").asString())));
		Set<String> got = new TreeSet<>();
		read.forEach(r -> got.add(normal(name.apply(r))));
		if (!wanted.isEmpty() || !got.isEmpty()) {
			fact(key, wanted.equals(got), wanted.toString(), got.toString());
		}
	}

	private void text(String name, JsonNode expected, Object actual) {
		String want = expected.isNull() || expected.isMissingNode() ? null : normal(expected.asString());
		String got = actual == null ? null : normal(actual.toString());
		if (actual instanceof java.time.LocalTime time) {
			got = time.toString().substring(0, 5);
		}
		fact(name, Objects.equals(want, got), String.valueOf(want), String.valueOf(got));
	}

	private void fact(String name, boolean right, String expected, String actual) {
		this.facts.add(new Fact(name, right && !this.absent, expected, this.absent ? "not read" : actual));
	}

	/** Compares the facts of a part that may not have been read, so that the number checked never depends on it. */
	private void part(boolean read, Runnable comparison) {
		boolean before = this.absent;
		this.absent = before || !read;
		try {
			comparison.run();
		}
		finally {
			this.absent = before;
		}
	}

	private static Protocol.Attendee find(List<Protocol.Attendee> attendees, String name) {
		return attendees.stream().filter(a -> same(a.name(), name)).findFirst().orElse(null);
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && normal(a).equals(normal(b));
	}

	private static Set<Integer> numbers(JsonNode list) {
		Set<Integer> numbers = new TreeSet<>();
		list.forEach(n -> numbers.add(n.asInt()));
		return numbers;
	}

	/** The oracle's normalisation of strings (corpus README, "Text fields"). */
	static String normal(String text) {
		if (text == null) {
			return null;
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFC)
			.replace("\u00AD", "")
			.replace('\u00A0', ' ')
			.replace("ﬁ", "fi")
			.replace("ﬂ", "fl")
			.replace("ﬀ", "ff")
			.replace("ﬃ", "ffi")
			.replace("ﬄ", "ffl")
			.replaceAll("\\[Arial-(Bold|Italic|BoldItalic)MT\\]", "")
			.replaceAll("(\\p{Ll})-\\s*\\n\\s*(\\p{Ll})", "$1$2");
		return s.replaceAll("\\s+", " ").strip();
	}

}
