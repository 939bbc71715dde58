package se.justera.compliance.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The notice of checked minutes (anslag), as the minutes state it; any part may be missing. KL 8 kap.
 * 12 § wants the body, the meeting date, the posting date and where the minutes are kept. It does not
 * want the date the notice comes down: that date only shows that it stayed up through the appeal
 * period, so its absence is no breach (see NOTICE_REMOVAL_DATE_MISSING). paragraphs: the paragraphs the
 * notice is for when it names them (the notice of paragraphs checked at once), empty for the whole minutes.
 */
public record Notice(String bodyName, LocalDate meetingDate, LocalDate postedOn, LocalDate removedOn,
		String minutesKeptAt, LocalDate statedAppealDeadline, List<Integer> paragraphs) {

	public Notice {
		paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
	}

	/** The notice of the whole minutes. */
	public Notice(String bodyName, LocalDate meetingDate, LocalDate postedOn, LocalDate removedOn, String minutesKeptAt,
			LocalDate statedAppealDeadline) {
		this(bodyName, meetingDate, postedOn, removedOn, minutesKeptAt, statedAppealDeadline, List.of());
	}

	/** Whether this is the notice of the whole minutes, not one naming the paragraphs checked at once. */
	public boolean forWholeMinutes() {
		return this.paragraphs.isEmpty();
	}

	/** The parts KL 8 kap. 12 § requires that the notice lacks, in Swedish. */
	public List<String> missingPartsSv() {
		return missing("organ", "sammanträdesdatum", "datum då anslaget sattes upp", "förvaringsplats för protokollet");
	}

	/** The parts KL 8 kap. 12 § requires that the notice lacks, in English. */
	public List<String> missingPartsEn() {
		return missing("the body", "the meeting date", "the date it was posted", "where the minutes are kept");
	}

	private List<String> missing(String body, String date, String posted, String kept) {
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
		if (this.minutesKeptAt == null || this.minutesKeptAt.isBlank()) {
			missing.add(kept);
		}
		return missing;
	}

}
