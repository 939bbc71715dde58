package se.justera.compliance.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The notice of checked minutes (anslag), as the minutes state it; any part may be missing. KL 8 kap.
 * 12 § wants the body, the meeting date, the posting date and where the minutes are kept; the date it
 * comes down is needed to see that it stayed up through the appeal period.
 */
public record Notice(String bodyName, LocalDate meetingDate, LocalDate postedOn, LocalDate removedOn,
		String minutesKeptAt, LocalDate statedAppealDeadline) {

	/** The required parts the notice lacks, in Swedish. */
	public List<String> missingPartsSv() {
		return missing("organ", "sammanträdesdatum", "datum då anslaget sattes upp", "datum då anslaget togs ned",
				"förvaringsplats för protokollet");
	}

	/** The required parts the notice lacks, in English. */
	public List<String> missingPartsEn() {
		return missing("the body", "the meeting date", "the date it was posted", "the date it was taken down",
				"where the minutes are kept");
	}

	private List<String> missing(String body, String date, String posted, String removed, String kept) {
		List<String> missing = new ArrayList<>();
		if (this.bodyName == null || this.bodyName.isBlank()) {
			missing.add(body);
		}
		if (this.meetingDate == null) {
			missing.add(date);
		}
		if (this.postedOn == null) {
			missing.add(posted);
		}
		if (this.removedOn == null) {
			missing.add(removed);
		}
		if (this.minutesKeptAt == null || this.minutesKeptAt.isBlank()) {
			missing.add(kept);
		}
		return missing;
	}

}
