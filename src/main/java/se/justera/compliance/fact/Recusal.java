package se.justera.compliance.fact;

/**
 * A recusal (jäv) recorded for a person in a paragraph; leftRoom: the minutes say the person left
 * while the matter was handled ("lämnar sammanträdet", "lämnar lokalen"); stayed: they say the
 * person stayed ("är kvar i lokalen"). Neither: the minutes do not say.
 */
public record Recusal(String person, int paragraph, boolean leftRoom, boolean stayed) {

	public Recusal(String person, int paragraph) {
		this(person, paragraph, false, false);
	}

}
