package se.justera.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import se.justera.graphql.InvalidArgumentException;
import se.justera.meeting.Meeting;
import se.justera.meeting.MeetingOrder;
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
	CountedConnection<ParagraphHit> paragraphs(@Argument String search, @Argument ParagraphFilter filter,
			@Argument ParagraphOrder order, @Argument Integer first, @Argument String after) {
		int size = Connection.pageSize(first);
		String words = search == null || search.isBlank() ? null : search.strip();
		ParagraphFilter f = filter == null ? ParagraphFilter.NONE : filter;
		ParagraphOrder o = order != null ? order : words == null ? ParagraphOrder.NEWEST_FIRST : ParagraphOrder.BEST_MATCH;
		if (o == ParagraphOrder.BEST_MATCH && words == null) {
			throw new InvalidArgumentException("order BEST_MATCH needs a search: give search, or order by date");
		}
		MeetingOrder byDate = o.byDate();
		String kind = byDate == null ? "paragraph-search" : byDate.cursorKind("paragraph");
		String[] key = after == null ? null
				: Cursors.decode(kind, 2, after, byDate == null ? AnalysisController::rankAndId : AnalysisController::dateAndId);
		List<AnalysisRepository.ParagraphRow> rows = this.analysis.paragraphs(words, f, byDate, key, size + 1);
		Connection<AnalysisRepository.ParagraphRow> page = Connection.of(rows, size, after != null,
				row -> Cursors.encode(kind, byDate == null ? row.rank() : row.meetingDate(), row.paragraph().id()), f);
		return new CountedConnection<>(page.edges().stream()
			.map(e -> new ParagraphHit(e.cursor(), e.node().paragraph(), e.node().rank(), e.node().snippet()))
			.toList(), page.pageInfo(), () -> this.analysis.countParagraphs(words, f));
	}

	@QueryMapping
	CountedConnection<MotionEdge> motions(@Argument MotionFilter filter, @Argument MeetingOrder order,
			@Argument Integer first, @Argument String after) {
		int size = Connection.pageSize(first);
		MotionFilter f = filter == null ? MotionFilter.NONE : filter;
		MeetingOrder o = MeetingOrder.orDefault(order);
		String kind = o.cursorKind("motion");
		String[] key = after == null ? null : Cursors.decode(kind, 2, after, AnalysisController::dateAndId);
		Connection<AnalysisRepository.MotionRow> page = Connection.of(this.analysis.motions(f, o, key, size + 1), size,
				after != null, row -> Cursors.encode(kind, row.meetingDate(), row.motion().id()), f);
		return new CountedConnection<>(page.edges().stream().map(e -> new MotionEdge(e.cursor(), e.node().motion())).toList(),
				page.pageInfo(), () -> this.analysis.countMotions(f));
	}

	@QueryMapping
	CountedConnection<BudgetLineEdge> budgetLines(@Argument BudgetLineFilter filter, @Argument BudgetLineOrder order,
			@Argument Integer first, @Argument String after) {
		int size = Connection.pageSize(first);
		BudgetLineFilter f = filter == null ? BudgetLineFilter.NONE : filter;
		BudgetLineOrder o = order == null ? BudgetLineOrder.NEWEST_FIRST : order;
		String kind = o.byDate() == null ? "budget-line-deficit" : o.byDate().cursorKind("budget-line");
		String[] key = after == null ? null
				: Cursors.decode(kind, 2, after, o.byDate() == null ? AnalysisController::percentAndId : AnalysisController::dateAndId);
		Connection<AnalysisRepository.LineRow> page = Connection.of(this.analysis.budgetLines(f, o, key, size + 1), size,
				after != null,
				row -> Cursors.encode(kind, o.byDate() == null ? row.deviationPercent() : row.meetingDate(), row.line().id()), f);
		return new CountedConnection<>(page.edges()
			.stream()
			.map(e -> new BudgetLineEdge(e.cursor(), e.node().line(), e.node().meetingId(), e.node().deviationPercent()))
			.toList(), page.pageInfo(), () -> this.analysis.countBudgetLines(f));
	}

	private static void dateAndId(String[] key) {
		LocalDate.parse(key[0]);
		Long.parseLong(key[1]);
	}

	private static void rankAndId(String[] key) {
		Float.parseFloat(key[0]);
		Long.parseLong(key[1]);
	}

	/** A row without a percent sorts last; its cursor says null. */
	private static void percentAndId(String[] key) {
		if (!key[0].equals("null")) {
			new BigDecimal(key[0]);
		}
		Long.parseLong(key[1]);
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
