package se.justera.motion;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import se.justera.graphql.Batches;
import se.justera.meeting.Meeting;
import se.justera.paragraph.Paragraph;
import se.justera.paragraph.ParagraphRepository;

@Controller
class MotionController {

	private final MotionRepository motions;

	private final ParagraphRepository paragraphs;

	MotionController(MotionRepository motions, ParagraphRepository paragraphs) {
		this.motions = motions;
		this.paragraphs = paragraphs;
	}

	@BatchMapping(typeName = "Paragraph")
	Map<Paragraph, Motion> motion(List<Paragraph> paragraphs) {
		return Batches.oneByParent(paragraphs, Paragraph::id,
				this.motions.findByParagraphIds(Batches.ids(paragraphs, Paragraph::id)), Motion::paragraphId);
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, List<Motion>> motions(List<Meeting> meetings) {
		Map<Meeting, List<MotionRepository.MeetingMotion>> rows = Batches.byParent(meetings, Meeting::id,
				this.motions.findByMeetingIds(Batches.ids(meetings, Meeting::id)), MotionRepository.MeetingMotion::meetingId);
		return rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				e -> e.getValue().stream().map(MotionRepository.MeetingMotion::motion).toList()));
	}

	@BatchMapping
	Map<Motion, List<String>> claims(List<Motion> motions) {
		Map<Motion, List<MotionRepository.Claim>> rows = Batches.byParent(motions, Motion::id,
				this.motions.findClaims(Batches.ids(motions, Motion::id)), MotionRepository.Claim::motionId);
		return rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				e -> e.getValue().stream().map(MotionRepository.Claim::text).toList()));
	}

	@BatchMapping
	Map<Motion, Paragraph> paragraph(List<Motion> motions) {
		return Batches.oneByParent(motions, Motion::paragraphId,
				this.paragraphs.findByIds(Batches.ids(motions, Motion::paragraphId)), Paragraph::id);
	}

}
