package se.justera.graphql;

/** A request ran past justera.graphql.timeout and was stopped. */
public class RequestTimeoutException extends RuntimeException {

	public RequestTimeoutException(String message) {
		super(message);
	}

}
