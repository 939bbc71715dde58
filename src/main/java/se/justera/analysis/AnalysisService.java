package se.justera.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntSupplier;

import org.springframework.stereotype.Service;

import se.justera.analysis.AnalysisFilters.BudgetGrouping;
import se.justera.analysis.AnalysisFilters.BudgetLineFilter;
import se.justera.analysis.AnalysisFilters.MotionFilter;
import se.justera.analysis.AnalysisFilters.ParagraphFilter;
import se.justera.analysis.AnalysisRepository.Key;
import se.justera.budget.BudgetLine;
import se.justera.graphql.Connection;
import se.justera.graphql.Cursors;
import se.justera.graphql.InvalidArgumentException;
import se.justera.meeting.MeetingOrder;
import se.justera.motion.Motion;
import se.justera.paragraph.Paragraph;

/**
 * Pages of the analysts' lists: the order asked for (or the list's default), its kind of cursor, and
 * the total counted only when a client selects it.
 */
@Service
class AnalysisService {

	/** A page whose total is counted only when a client asks for it (named ...Connection so that Spring for GraphQL passes it through as one). */
	record CountedConnection<E>(List<E> edges, Connection.PageInfo pageInfo, IntSupplier count) {
	}

	record ParagraphHit(String cursor, Paragraph node, Float rank, String snippet) {
	}

	record MotionEdge(String cursor, Motion node) {
	}

	record BudgetLineEdge(String cursor, BudgetLine node, long meetingId, Double deviationPercent) {
	}

	private final AnalysisRepository repository;

	AnalysisService(AnalysisRepository repository) {
		this.repository = repository;
	}

	CountedConnection<ParagraphHit> paragraphs(String search, ParagraphFilter filter, ParagraphOrder order, Integer first,
			String after) {
		int size = Connection.pageSize(first);
		String words = search == null || search.isBlank() ? null : bounded(search.strip());
		ParagraphFilter f = filter == null ? ParagraphFilter.NONE : filter.checked();
		ParagraphOrder o = order != null ? order : words == null ? ParagraphOrder.NEWEST_FIRST : ParagraphOrder.BEST_MATCH;
		if (o == ParagraphOrder.BEST_MATCH && words == null) {
			throw InvalidArgumentException.keyed("search.bestMatchNeedsSearch");
		}
		MeetingOrder byDate = o.byDate();
		String kind = byDate == null ? "paragraph-search" : byDate.cursorKind("paragraph");
		Key key = after == null ? null
				: Cursors.decode(kind, 2, after, byDate == null ? AnalysisService::rankAndId : AnalysisService::dateAndId);
		List<AnalysisRepository.ParagraphRow> rows = this.repository.paragraphs(words, f, byDate, key, size + 1);
		Connection<AnalysisRepository.ParagraphRow> page = Connection.of(rows, size, after != null,
				row -> Cursors.encode(kind, byDate == null ? row.rank() : row.meetingDate(), row.paragraph().id()), f);
		return new CountedConnection<>(page.edges().stream()
			.map(e -> new ParagraphHit(e.cursor(), e.node().paragraph(), e.node().rank(), e.node().snippet()))
			.toList(), page.pageInfo(), () -> this.repository.countParagraphs(words, f));
	}

	CountedConnection<MotionEdge> motions(MotionFilter filter, MeetingOrder order, Integer first, String after) {
		int size = Connection.pageSize(first);
		MotionFilter f = filter == null ? MotionFilter.NONE : filter.checked();
		MeetingOrder o = MeetingOrder.orDefault(order);
		String kind = o.cursorKind("motion");
		Key key = after == null ? null : Cursors.decode(kind, 2, after, AnalysisService::dateAndId);
		Connection<AnalysisRepository.MotionRow> page = Connection.of(this.repository.motions(f, o, key, size + 1), size,
				after != null, row -> Cursors.encode(kind, row.meetingDate(), row.motion().id()), f);
		return new CountedConnection<>(page.edges().stream().map(e -> new MotionEdge(e.cursor(), e.node().motion())).toList(),
				page.pageInfo(), () -> this.repository.countMotions(f));
	}

	CountedConnection<BudgetLineEdge> budgetLines(BudgetLineFilter filter, BudgetLineOrder order, Integer first,
			String after) {
		int size = Connection.pageSize(first);
		BudgetLineFilter f = filter == null ? BudgetLineFilter.NONE : filter.checked();
		BudgetLineOrder o = order == null ? BudgetLineOrder.NEWEST_FIRST : order;
		MeetingOrder byDate = o.byDate();
		String kind = byDate == null ? "budget-line-deficit" : byDate.cursorKind("budget-line");
		Key key = after == null ? null
				: Cursors.decode(kind, 2, after, byDate == null ? AnalysisService::percentAndId : AnalysisService::dateAndId);
		Connection<AnalysisRepository.LineRow> page = Connection.of(this.repository.budgetLines(f, o, key, size + 1), size,
				after != null,
				row -> Cursors.encode(kind, byDate == null ? row.deviationPercent() : row.meetingDate(), row.line().id()), f);
		return new CountedConnection<>(page.edges()
			.stream()
			.map(e -> new BudgetLineEdge(e.cursor(), e.node().line(), e.node().meetingId(), e.node().deviationPercent()))
			.toList(), page.pageInfo(), () -> this.repository.countBudgetLines(f));
	}

	List<AnalysisRepository.BudgetTotal> budgetTotals(List<BudgetGrouping> groupBy, BudgetLineFilter filter) {
		return this.repository.budgetTotals(groupBy, filter == null ? BudgetLineFilter.NONE : filter.checked());
	}

	// a cursor's parts, read into its key; one that does not parse is refused as a foreign one is

	private static Key dateAndId(String[] key) {
		return new Key(Cursors.date(key[0]), Long.parseLong(key[1]));
	}

	private static Key rankAndId(String[] key) {
		return new Key(Float.valueOf(key[0]), Long.parseLong(key[1]));
	}

	/** A row without a percent sorts last; its cursor says null. */
	private static Key percentAndId(String[] key) {
		return new Key(key[0].equals("null") ? null : percent(key[0]), Long.parseLong(key[1]));
	}

	/** A percent as the cursor wrote it (two decimals); an edited one PostgreSQL's numeric might refuse is refused here. */
	private static BigDecimal percent(String part) {
		BigDecimal percent = new BigDecimal(part);
		if (percent.scale() > 2 || percent.precision() - percent.scale() > 18) {
			throw new IllegalArgumentException("not a percent cursor: " + part);
		}
		return percent;
	}

	/** Longest search accepted, in characters. */
	static final int MAX_SEARCH_CHARACTERS = 200;

	/** Most words (terms, phrases' words and exclusions alike) a search may hold. */
	static final int MAX_SEARCH_TERMS = 12;

	/**
	 * A search is a few words: a long one, or one of many terms (each an index scan, and exclusions
	 * that match nearly everything), costs PostgreSQL seconds for nothing a reader needs.
	 */
	private static String bounded(String search) {
		if (search.length() > MAX_SEARCH_CHARACTERS) {
			throw InvalidArgumentException.keyed("search.tooLong", search.length(), MAX_SEARCH_CHARACTERS);
		}
		long terms = java.util.Arrays.stream(search.split("[\\s\"]+")).filter(t -> !t.isBlank()).count();
		if (terms > MAX_SEARCH_TERMS) {
			throw InvalidArgumentException.keyed("search.tooManyWords", terms, MAX_SEARCH_TERMS);
		}
		return search;
	}

}
