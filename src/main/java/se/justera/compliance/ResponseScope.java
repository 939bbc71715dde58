package se.justera.compliance;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import se.justera.budget.BudgetLine;
import se.justera.budget.BudgetReport;
import se.justera.meeting.Meeting;
import se.justera.motion.Motion;
import se.justera.paragraph.Paragraph;

/** The meetings and parts of meetings one GraphQL response holds; filled as fields resolve. */
class ResponseScope {

	static final String KEY = "justera.responseScope";

	private final Set<Long> meetings = ConcurrentHashMap.newKeySet();

	private final Set<Long> paragraphs = ConcurrentHashMap.newKeySet();

	private final Set<Long> budgetReports = ConcurrentHashMap.newKeySet();

	void add(Object value) {
		if (value instanceof Meeting m) {
			this.meetings.add(m.id());
		}
		else if (value instanceof Paragraph p) {
			this.paragraphs.add(p.id());
		}
		else if (value instanceof Motion m) {
			this.paragraphs.add(m.paragraphId());
		}
		else if (value instanceof BudgetReport r) {
			this.budgetReports.add(r.id());
		}
		else if (value instanceof BudgetLine l) {
			this.budgetReports.add(l.reportId());
		}
	}

	boolean isEmpty() {
		return this.meetings.isEmpty() && this.paragraphs.isEmpty() && this.budgetReports.isEmpty();
	}

	Set<Long> meetings() {
		return this.meetings;
	}

	Set<Long> paragraphs() {
		return this.paragraphs;
	}

	Set<Long> budgetReports() {
		return this.budgetReports;
	}

}
