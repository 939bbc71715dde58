package se.justera.paragraph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import se.justera.graphql.Batches;
import se.justera.meeting.Meeting;
import se.justera.meeting.MeetingRepository;
import se.justera.paragraph.ParagraphParts.Ballot;
import se.justera.paragraph.ParagraphParts.Decision;
import se.justera.paragraph.ParagraphParts.DecisionPoint;
import se.justera.paragraph.ParagraphParts.DelegatedDecision;
import se.justera.paragraph.ParagraphParts.Message;
import se.justera.paragraph.ParagraphParts.Proposal;
import se.justera.paragraph.ParagraphParts.Recusal;
import se.justera.paragraph.ParagraphParts.Reservation;
import se.justera.paragraph.ParagraphParts.Section;
import se.justera.paragraph.ParagraphParts.SupportingDocument;
import se.justera.paragraph.ParagraphParts.Table;
import se.justera.paragraph.ParagraphParts.TableRow;
import se.justera.paragraph.ParagraphParts.Vote;

/** Paragraphs of a meeting and everything in them; one SQL statement per field per request. */
@Controller
class ParagraphController {

	private final ParagraphRepository paragraphs;

	private final MeetingRepository meetings;

	ParagraphController(ParagraphRepository paragraphs, MeetingRepository meetings, BatchLoaderRegistry loaders) {
		this.paragraphs = paragraphs;
		this.meetings = meetings;
		loaders.forTypePair(ParagraphRepository.Number.class, Paragraph.class)
			.registerMappedBatchLoader((numbers, environment) -> Mono.fromCallable(() -> paragraphs.findByNumbers(numbers)));
	}

	@BatchMapping(typeName = "Meeting", field = "paragraphs")
	Map<Meeting, List<Paragraph>> paragraphsOfMeetings(List<Meeting> meetings) {
		return Batches.byParent(meetings, Meeting::id,
				this.paragraphs.findByMeetingIds(Batches.ids(meetings, Meeting::id)), Paragraph::meetingId);
	}

	/** One paragraph by number: batched like the lists, so two hundred aliases are one statement, not two hundred. */
	@SchemaMapping(typeName = "Meeting", field = "paragraph")
	CompletableFuture<Paragraph> paragraphOfMeeting(Meeting meeting, @Argument int number,
			DataLoader<ParagraphRepository.Number, Paragraph> loader) {
		return loader.load(new ParagraphRepository.Number(meeting.id(), number));
	}

	@BatchMapping
	Map<Paragraph, Meeting> meeting(List<Paragraph> paragraphs) {
		return Batches.oneByParent(paragraphs, Paragraph::meetingId,
				this.meetings.findByIds(Batches.ids(paragraphs, Paragraph::meetingId)), Meeting::id);
	}

	@BatchMapping
	Map<Paragraph, Decision> decision(List<Paragraph> paragraphs) {
		Map<Paragraph, List<DecisionPoint>> points = Batches.byParent(paragraphs, Paragraph::id,
				this.paragraphs.findDecisionPoints(ids(paragraphs)), DecisionPoint::paragraphId);
		Map<Paragraph, Decision> decisions = new LinkedHashMap<>();
		points.forEach((paragraph, list) -> {
			if (paragraph.decisionHeading() != null || paragraph.decisionText() != null) {
				decisions.put(paragraph, new Decision(paragraph.decisionHeading(), paragraph.decisionText(), list));
			}
		});
		return decisions;
	}

	@BatchMapping
	Map<Paragraph, List<Section>> sections(List<Paragraph> paragraphs) {
		return Batches.byParent(paragraphs, Paragraph::id, this.paragraphs.findSections(ids(paragraphs)),
				Section::paragraphId);
	}

	@BatchMapping
	Map<Paragraph, List<String>> supportingDocuments(List<Paragraph> paragraphs) {
		return texts(Batches.byParent(paragraphs, Paragraph::id,
				this.paragraphs.findSupportingDocuments(ids(paragraphs)), SupportingDocument::paragraphId),
				SupportingDocument::title);
	}

	@BatchMapping
	Map<Paragraph, List<Recusal>> recusals(List<Paragraph> paragraphs) {
		return Batches.byParent(paragraphs, Paragraph::id, this.paragraphs.findRecusals(ids(paragraphs)),
				Recusal::paragraphId);
	}

	@BatchMapping
	Map<Paragraph, List<Proposal>> proposals(List<Paragraph> paragraphs) {
		return Batches.byParent(paragraphs, Paragraph::id, this.paragraphs.findProposals(ids(paragraphs)),
				Proposal::paragraphId);
	}

	@BatchMapping
	Map<Paragraph, List<Vote>> votes(List<Paragraph> paragraphs) {
		return Batches.byParent(paragraphs, Paragraph::id, this.paragraphs.findVotes(ids(paragraphs)),
				Vote::paragraphId);
	}

	@BatchMapping
	Map<Vote, List<Ballot>> ballots(List<Vote> votes) {
		return Batches.byParent(votes, Vote::id, this.paragraphs.findBallots(Batches.ids(votes, Vote::id)),
				Ballot::voteId);
	}

	@BatchMapping
	Map<Paragraph, List<Reservation>> reservations(List<Paragraph> paragraphs) {
		return Batches.byParent(paragraphs, Paragraph::id, this.paragraphs.findReservations(ids(paragraphs)),
				Reservation::paragraphId);
	}

	@BatchMapping
	Map<Paragraph, List<DelegatedDecision>> delegatedDecisions(List<Paragraph> paragraphs) {
		return Batches.byParent(paragraphs, Paragraph::id, this.paragraphs.findDelegatedDecisions(ids(paragraphs)),
				DelegatedDecision::paragraphId);
	}

	@BatchMapping
	Map<Paragraph, List<String>> messages(List<Paragraph> paragraphs) {
		return texts(Batches.byParent(paragraphs, Paragraph::id, this.paragraphs.findMessages(ids(paragraphs)),
				Message::paragraphId), Message::text);
	}

	@BatchMapping
	Map<Paragraph, List<Table>> tables(List<Paragraph> paragraphs) {
		return Batches.byParent(paragraphs, Paragraph::id, this.paragraphs.findTables(ids(paragraphs)),
				Table::paragraphId);
	}

	@BatchMapping
	Map<Table, List<TableRow>> rows(List<Table> tables) {
		return Batches.byParent(tables, Table::id, this.paragraphs.findTableRows(Batches.ids(tables, Table::id)),
				TableRow::tableId);
	}

	private static Long[] ids(List<Paragraph> paragraphs) {
		return Batches.ids(paragraphs, Paragraph::id);
	}

	private static <T> Map<Paragraph, List<String>> texts(Map<Paragraph, List<T>> rows,
			java.util.function.Function<T, String> text) {
		Map<Paragraph, List<String>> result = new LinkedHashMap<>();
		rows.forEach((paragraph, list) -> result.put(paragraph, list.stream().map(text).toList()));
		return result;
	}

}
