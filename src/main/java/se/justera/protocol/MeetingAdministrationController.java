package se.justera.protocol;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import se.justera.graphql.Batches;
import se.justera.graphql.GlobalId;
import se.justera.graphql.Inputs;
import se.justera.meeting.Meeting;
import se.justera.meeting.MeetingRepository;

@Controller
class MeetingAdministrationController {

	record WithdrawMeetingInput(String meetingId, String reason) {
	}

	record MoveMeetingInput(String meetingId, String municipality, String reason) {
	}

	record MoveMeetingPayload(Meeting meeting, String from, int version) {
	}

	private final MeetingAdministration administration;

	private final MeetingRepository meetings;

	MeetingAdministrationController(MeetingAdministration administration, MeetingRepository meetings) {
		this.administration = administration;
		this.meetings = meetings;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	Meeting withdrawMeeting(@Argument WithdrawMeetingInput input, Authentication who) {
		long id = GlobalId.id("input.meetingId", "Meeting", input.meetingId());
		this.administration.withdraw(id, input.reason(), who.getName());
		return this.meetings.findById(id).orElseThrow();
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	MoveMeetingPayload moveMeeting(@Argument MoveMeetingInput input, Authentication who) {
		long id = GlobalId.id("input.meetingId", "Meeting", input.meetingId());
		MeetingAdministration.Move move = this.administration.move(id,
				Inputs.name("input.municipality", input.municipality()), input.reason(), who.getName());
		return new MoveMeetingPayload(this.meetings.findById(id).orElseThrow(), move.from(), move.version());
	}

	@BatchMapping(typeName = "Meeting", field = "withdrawal")
	Map<Meeting, MeetingAdministration.Withdrawal> withdrawal(List<Meeting> meetings) {
		return Batches.oneByParent(meetings, Meeting::id,
				this.administration.withdrawals(Batches.ids(meetings, Meeting::id)),
				MeetingAdministration.Withdrawal::meetingId);
	}

}
