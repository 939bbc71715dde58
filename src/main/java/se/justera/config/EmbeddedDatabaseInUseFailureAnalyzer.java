package se.justera.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start on an embedded database that another process holds ends with what to do, not a trace:
 * the usual case is {@code import} run while the server runs from the same folder.
 */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
		return new FailureAnalysis(cause.getMessage() + ". One process at a time can use an embedded database.",
				"Import through the running server instead (POST /protocols or the importProtocol mutation, with a clerk's token: see the"
						+ " README's \"Importing\"), or stop the server and run the command again. To run several processes"
						+ " on one database, use an external PostgreSQL (SPRING_DATASOURCE_URL).",
				cause);
	}

}
