package se.justera.budget;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import se.justera.graphql.Batches;
import se.justera.meeting.Meeting;
import se.justera.paragraph.Paragraph;
import se.justera.paragraph.ParagraphRepository;

@Controller
class BudgetController {

	private final BudgetRepository budgets;

	private final ParagraphRepository paragraphs;

	BudgetController(BudgetRepository budgets, ParagraphRepository paragraphs) {
		this.budgets = budgets;
		this.paragraphs = paragraphs;
	}

	@BatchMapping(typeName = "Paragraph", field = "budgetReports")
	Map<Paragraph, List<BudgetReport>> reportsOfParagraphs(List<Paragraph> paragraphs) {
		return Batches.byParent(paragraphs, Paragraph::id,
				this.budgets.findReportsByParagraphIds(Batches.ids(paragraphs, Paragraph::id)), BudgetReport::paragraphId);
	}

	@BatchMapping(typeName = "Meeting", field = "budgetReports")
	Map<Meeting, List<BudgetReport>> reportsOfMeetings(List<Meeting> meetings) {
		return Batches.byParent(meetings, Meeting::id,
				this.budgets.findReportsByMeetingIds(Batches.ids(meetings, Meeting::id)), BudgetReport::meetingId);
	}

	@BatchMapping(typeName = "Paragraph")
	Map<Paragraph, List<BudgetNote>> budgetNotes(List<Paragraph> paragraphs) {
		return Batches.byParent(paragraphs, Paragraph::id,
				this.budgets.findNotesByParagraphIds(Batches.ids(paragraphs, Paragraph::id)), BudgetNote::paragraphId);
	}

	@BatchMapping
	Map<BudgetReport, List<BudgetLine>> lines(List<BudgetReport> reports) {
		return Batches.byParent(reports, BudgetReport::id,
				this.budgets.findLinesByReportIds(Batches.ids(reports, BudgetReport::id)), BudgetLine::reportId);
	}

	@BatchMapping
	Map<BudgetLine, BudgetLine> parent(List<BudgetLine> lines) {
		List<BudgetLine> withParent = lines.stream().filter(l -> l.parentId() != null).toList();
		return Batches.oneByParent(withParent, BudgetLine::parentId,
				this.budgets.findLinesByIds(Batches.ids(withParent, BudgetLine::parentId)), BudgetLine::id);
	}

	@BatchMapping(typeName = "BudgetReport", field = "paragraph")
	Map<BudgetReport, Paragraph> paragraphOfReports(List<BudgetReport> reports) {
		return Batches.oneByParent(reports, BudgetReport::paragraphId,
				this.paragraphs.findByIds(Batches.ids(reports, BudgetReport::paragraphId)), Paragraph::id);
	}

}
