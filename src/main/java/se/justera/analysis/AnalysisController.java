package se.justera.analysis;

import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.justera.analysis.AnalysisFilters.BudgetGrouping;
import se.justera.analysis.AnalysisFilters.BudgetLineFilter;
import se.justera.analysis.AnalysisFilters.MotionFilter;
import se.justera.analysis.AnalysisFilters.ParagraphFilter;
import se.justera.budget.BudgetLine;
import se.justera.graphql.Batches;
import se.justera.graphql.Connection;
import se.justera.graphql.Cursors;
import se.justera.meeting.Meeting;
import se.justera.meeting.MeetingRepository;
import se.justera.motion.Motion;
import se.justera.paragraph.Paragraph;

/** The analysts' queries across municipalities and years: search, lists with filters, sums and counts. */
@Controller
class AnalysisController {

	/** A page whose total is counted only when a client asks for it (named ...Connection so that Spring for GraphQL passes it through as one). */
	record CountedConnection<E>(List<E> edges, Connection.PageInfo pageInfo, IntSupplier count) {
	}

	record ParagraphHit(String cursor, Paragraph node, Float rank, String snippet) {
	}

	record MotionEdge(String cursor, Motion node) {
	}

	record BudgetLineEdge(String cursor, BudgetLine node, long meetingId, Double deviationPercent) {
	}

	private final AnalysisRepository analysis;

	private final MeetingRepository meetings;

	AnalysisController(AnalysisRepository analysis, MeetingRepository meetings) {
		this.analysis = analysis;
		this.meetings = meetings;
	}

	@QueryMapping
	CountedConnection<ParagraphHit> paragraphs(@Argument String search, @Argument ParagraphFilter filter, @Argument Integer first,
			@Argument String after) {
		int size = Connection.pageSize(first);
		String words = search == null || search.isBlank() ? null : search.strip();
		ParagraphFilter f = filter == null ? ParagraphFilter.NONE : filter;
		String kind = words == null ? "paragraph" : "paragraph-search";
		String[] key = after == null ? null : Cursors.decode(kind, 2, after);
		List<AnalysisRepository.ParagraphRow> rows = this.analysis.paragraphs(words, f, key, size + 1);
		Connection<AnalysisRepository.ParagraphRow> page = Connection.of(rows, size, after != null,
				row -> words == null ? Cursors.encode(kind, row.meetingDate(), row.paragraph().id())
						: Cursors.encode(kind, row.rank(), row.paragraph().id()),
				f);
		return new CountedConnection<>(page.edges().stream()
			.map(e -> new ParagraphHit(e.cursor(), e.node().paragraph(), e.node().rank(), e.node().snippet()))
			.toList(), page.pageInfo(), () -> this.analysis.countParagraphs(words, f));
	}

	@QueryMapping
	CountedConnection<MotionEdge> motions(@Argument MotionFilter filter, @Argument Integer first, @Argument String after) {
		int size = Connection.pageSize(first);
		MotionFilter f = filter == null ? MotionFilter.NONE : filter;
		String[] key = after == null ? null : Cursors.decode("motion", 2, after);
		Connection<AnalysisRepository.MotionRow> page = Connection.of(this.analysis.motions(f, key, size + 1), size,
				after != null, row -> Cursors.encode("motion", row.meetingDate(), row.motion().id()), f);
		return new CountedConnection<>(page.edges().stream().map(e -> new MotionEdge(e.cursor(), e.node().motion())).toList(),
				page.pageInfo(), () -> this.analysis.countMotions(f));
	}

	@QueryMapping
	CountedConnection<BudgetLineEdge> budgetLines(@Argument BudgetLineFilter filter, @Argument Integer first, @Argument String after) {
		int size = Connection.pageSize(first);
		BudgetLineFilter f = filter == null ? BudgetLineFilter.NONE : filter;
		String[] key = after == null ? null : Cursors.decode("budget-line", 2, after);
		Connection<AnalysisRepository.LineRow> page = Connection.of(this.analysis.budgetLines(f, key, size + 1), size,
				after != null, row -> Cursors.encode("budget-line", row.meetingDate(), row.line().id()), f);
		return new CountedConnection<>(page.edges()
			.stream()
			.map(e -> new BudgetLineEdge(e.cursor(), e.node().line(), e.node().meetingId(), e.node().deviationPercent()))
			.toList(), page.pageInfo(), () -> this.analysis.countBudgetLines(f));
	}

	@QueryMapping
	List<AnalysisRepository.BudgetTotal> budgetTotals(@Argument List<BudgetGrouping> groupBy,
			@Argument BudgetLineFilter filter) {
		return this.analysis.budgetTotals(groupBy, filter == null ? BudgetLineFilter.NONE : filter);
	}

	@SchemaMapping(typeName = "ParagraphConnection", field = "totalCount")
	int paragraphCount(CountedConnection<?> page) {
		return page.count().getAsInt();
	}

	@SchemaMapping(typeName = "MotionConnection", field = "totalCount")
	int motionCount(CountedConnection<?> page) {
		return page.count().getAsInt();
	}

	@SchemaMapping(typeName = "BudgetLineConnection", field = "totalCount")
	int budgetLineCount(CountedConnection<?> page) {
		return page.count().getAsInt();
	}

	@BatchMapping(typeName = "BudgetLineEdge", field = "meeting")
	Map<BudgetLineEdge, Meeting> meetingOfLines(List<BudgetLineEdge> edges) {
		return Batches.oneByParent(edges, BudgetLineEdge::meetingId,
				this.meetings.findByIds(Batches.ids(edges, BudgetLineEdge::meetingId)), Meeting::id);
	}

}
