package se.justera.compliance;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.justera.graphql.InvalidArgumentException;
import se.justera.graphql.NotFoundException;
import se.justera.jdbc.RecordRowMapper;
import se.justera.text.Names;

/**
 * The compliance officer's review of findings. Each action is kept with who, when and why; two
 * actions on one finding at the same moment are both kept, one after the other (the finding's row
 * is locked while an action is recorded).
 */
@Service
public class ReviewService {

	private final JdbcClient jdbc;

	private final FindingRepository findings;

	private final TransactionTemplate transaction;

	ReviewService(JdbcClient jdbc, FindingRepository findings, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.findings = findings;
		this.transaction = transaction;
	}

	public record ReviewInput(String findingId, ReviewAction action, String justification, String assignee,
			String comment) {
	}

	public void review(ReviewInput given, String actor) {
		// an assignee is a person's name, matched by the work list's filter: canonical, as names are
		ReviewInput input = new ReviewInput(given.findingId(), given.action(), given.justification(),
				Names.canonical(given.assignee()), given.comment());
		if (input.action() == ReviewAction.DISMISS && blank(input.justification())) {
			throw InvalidArgumentException.keyed("review.justificationRequired");
		}
		if (input.action() == ReviewAction.ASSIGN && blank(input.assignee())) {
			throw InvalidArgumentException.keyed("review.assigneeRequired");
		}
		if (input.action() == ReviewAction.COMMENT && blank(input.comment())) {
			throw InvalidArgumentException.keyed("review.commentRequired");
		}
		this.transaction.executeWithoutResult(status -> {
			String evidence = this.jdbc.sql("select evidence::text from finding where id = ? for update")
				.params(input.findingId())
				.query(String.class)
				.optional()
				.orElseThrow(() -> NotFoundException.keyed("finding.notFound", input.findingId()));
			this.findings.insertReview(input.findingId(), input.action().name(), actor, input.justification(),
					input.assignee(), input.comment(), evidence);
			if (input.action().status() != null) {
				this.jdbc.sql("update finding set status = ? where id = ?")
					.params(input.action().status().name(), input.findingId())
					.update();
			}
			if (input.action() == ReviewAction.ASSIGN) {
				this.jdbc.sql("update finding set assignee = ? where id = ?")
					.params(input.assignee(), input.findingId())
					.update();
			}
		});
	}

	List<Review> reviewsOf(String[] findingIds) {
		return this.jdbc.sql("""
				select id, finding_id, action, actor, at, justification, assignee, comment from finding_review
				where finding_id = any(?) order by id""").params((Object) findingIds).query(RecordRowMapper.of(Review.class)).list();
	}

	Finding find(String id) {
		return this.findings.findById(id).orElseThrow(() -> NotFoundException.keyed("finding.notFound", id));
	}

	Map<FindingStatus, Integer> counts(FindingFilter filter) {
		return this.findings.countByStatus(filter);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
