package se.justera.compliance;

import java.util.List;

/** The rules folder does not compile; the messages say file, line and column. */
public class RuleCompilationException extends RuntimeException {

	/** A compiler message. Line and column are 1-based; 0 when the compiler gives none. */
	public record Problem(String file, int line, int column, String message) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + ":" + this.column + ": " + this.message;
		}

	}

	private final List<Problem> problems;

	public RuleCompilationException(String message, List<Problem> problems) {
		super(message + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems.stream().map(Problem::toString).toList())));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
