package se.justera.protocol;

/**
 * The text is not a protocol Justera can store. The message says what is wrong and, where it
 * applies, the line (1-based) where it was found, and for a file with pages (a PDF) the page.
 */
public class InvalidProtocolException extends RuntimeException {

	private final String problem;

	private final Integer line;

	private final Integer page;

	public InvalidProtocolException(String message, Integer line) {
		this(message, line, null);
	}

	public InvalidProtocolException(String message, Integer line, Integer page) {
		super(message + (line == null ? "" : page == null ? " (line " + line + ")" : " (line " + line + ", page " + page + ")"));
		this.problem = message;
		this.line = line;
		this.page = page;
	}

	/** The 1-based line the problem was found at, or null when it concerns the whole text. */
	public Integer getLine() {
		return this.line;
	}

	/** The 1-based page of that line, when the text has pages (form feeds); null otherwise. */
	public Integer getPage() {
		return this.page;
	}

	/** The same problem with the page of its line in {@code text}, when the text marks its pages. */
	InvalidProtocolException onPageOf(String text) {
		if (this.line == null || this.page != null || text == null || text.indexOf('\f') < 0) {
			return this;
		}
		InvalidProtocolException paged = new InvalidProtocolException(this.problem, this.line, pageOf(text, this.line));
		paged.setStackTrace(getStackTrace());
		return paged;
	}

	/** As the parser counts pages: a form feed starts the next page, a line that begins with one is on it. */
	static int pageOf(String text, int line) {
		String[] lines = text.split("\\r\\n|\\r|\\n", -1);
		int page = 1;
		for (int i = 0; i < Math.min(line, lines.length); i++) {
			int feeds = (int) lines[i].chars().filter(c -> c == '\f').count();
			if (i == line - 1) {
				return lines[i].startsWith("\f") ? page + feeds : page;
			}
			page += feeds;
		}
		return page;
	}

}
