package se.justera.analysis;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.justera.analysis.AnalysisFilters.BudgetGrouping;
import se.justera.analysis.AnalysisFilters.BudgetLineFilter;
import se.justera.analysis.AnalysisFilters.MotionFilter;
import se.justera.analysis.AnalysisFilters.ParagraphFilter;
import se.justera.analysis.AnalysisService.BudgetLineEdge;
import se.justera.analysis.AnalysisService.CountedConnection;
import se.justera.analysis.AnalysisService.MotionEdge;
import se.justera.analysis.AnalysisService.ParagraphHit;
import se.justera.graphql.Batches;
import se.justera.meeting.Meeting;
import se.justera.meeting.MeetingOrder;
import se.justera.meeting.MeetingRepository;

/** The analysts' queries across municipalities and years: search, lists with filters, sums and counts. */
@Controller
class AnalysisController {

	private final AnalysisService analysis;

	private final MeetingRepository meetings;

	AnalysisController(AnalysisService analysis, MeetingRepository meetings) {
		this.analysis = analysis;
		this.meetings = meetings;
	}

	@QueryMapping
	CountedConnection<ParagraphHit> paragraphs(@Argument String search, @Argument ParagraphFilter filter,
			@Argument ParagraphOrder order, @Argument Integer first, @Argument String after) {
		return this.analysis.paragraphs(search, filter, order, first, after);
	}

	@QueryMapping
	CountedConnection<MotionEdge> motions(@Argument MotionFilter filter, @Argument MeetingOrder order,
			@Argument Integer first, @Argument String after) {
		return this.analysis.motions(filter, order, first, after);
	}

	@QueryMapping
	CountedConnection<BudgetLineEdge> budgetLines(@Argument BudgetLineFilter filter, @Argument BudgetLineOrder order,
			@Argument Integer first, @Argument String after) {
		return this.analysis.budgetLines(filter, order, first, after);
	}

	@QueryMapping
	List<AnalysisRepository.BudgetTotal> budgetTotals(@Argument List<BudgetGrouping> groupBy,
			@Argument BudgetLineFilter filter) {
		return this.analysis.budgetTotals(groupBy, filter);
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
