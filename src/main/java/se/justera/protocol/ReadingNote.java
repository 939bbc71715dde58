package se.justera.protocol;

/**
 * What the reader could not read, or read with doubt: where (line and page of the text), how much
 * it matters, and in plain words what was expected. Stored with the meeting and returned by imports
 * and checks. Where a note means a fact is unknown, {@code fact} names it, and the rules that need
 * that fact report that they could not check instead of judging an empty value.
 *
 * @param line the 1-based line of the text, or null when the note is about the whole text
 * @param page the 1-based page, or null when the text has no page marks
 * @param level INFO (read, but worth a look) or WARNING (not read: something is unknown)
 * @param fact the fact left unknown or uncertain (see {@link #ATTENDANCE} and the others), or null
 * @param message what was expected and not found, in plain Swedish-English for the clerk
 */
public record ReadingNote(Integer line, Integer page, Level level, String fact, String message) {

	/** The deciding members and who took part in each paragraph. */
	public static final String ATTENDANCE = "attendance";

	/** When the minutes were checked (justeringsdatum). */
	public static final String CHECKING_DATE = "checkingDate";

	/** The notice of checked minutes (anslag). */
	public static final String NOTICE = "notice";

	/** A budget table whose columns could not all be mapped. */
	public static final String BUDGET_TABLE = "budgetTable";

	/** The municipality named in the text. */
	public static final String MUNICIPALITY = "municipality";

	/**
	 * Which paragraphs the minutes hold: unknown in an extract (protokollsutdrag), which carries only
	 * some of the paragraphs its range declares.
	 */
	public static final String PARAGRAPHS = "paragraphs";

	public enum Level {
		/** Read, but a clerk may want to look. */
		INFO,
		/** Not read: a fact is unknown. */
		WARNING
	}

	public static ReadingNote warning(Integer line, Integer page, String fact, String message) {
		return new ReadingNote(line, page, Level.WARNING, fact, message);
	}

	public static ReadingNote info(Integer line, Integer page, String fact, String message) {
		return new ReadingNote(line, page, Level.INFO, fact, message);
	}

}
