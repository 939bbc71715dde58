package se.justera.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A meeting (sammanträde) as stored; its parts are loaded by the fields that ask for them. */
public record Meeting(Long id, Long bodyId, LocalDate date, LocalTime startsAt, LocalTime endsAt, String place,
		String secretary, LocalDate checkingDate, LocalTime checkingTime, String checkingPlace, Integer firstParagraph,
		Integer lastParagraph, OffsetDateTime importedAt) {

	/** When and where the minutes were checked (justering), or null if the minutes do not say. */
	public Checking checking() {
		if (this.checkingDate == null && this.checkingTime == null && this.checkingPlace == null) {
			return null;
		}
		return new Checking(this.checkingDate, this.checkingTime, this.checkingPlace);
	}

	public ParagraphRange paragraphRange() {
		if (this.firstParagraph == null || this.lastParagraph == null) {
			return null;
		}
		return new ParagraphRange(this.firstParagraph, this.lastParagraph);
	}

	public record Checking(LocalDate date, LocalTime time, String place) {
	}

	public record ParagraphRange(int first, int last) {
	}

}
