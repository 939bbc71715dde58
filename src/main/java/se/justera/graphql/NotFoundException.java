package se.justera.graphql;

/** What a mutation names does not exist. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
