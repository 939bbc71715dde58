package se.justera.compliance.fact;

/** A vote in a paragraph: the tally as written and the number of ballots listed. */
public record Vote(int paragraph, int position, Integer yes, Integer no, Integer abstain, int ballots) {

	/** Yes, no and abstain together, or null when the tally is not written out. */
	public Integer total() {
		if (this.yes == null || this.no == null) {
			return null;
		}
		return this.yes + this.no + (this.abstain == null ? 0 : this.abstain);
	}

}
