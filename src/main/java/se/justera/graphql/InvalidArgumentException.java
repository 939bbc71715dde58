package se.justera.graphql;

/** A query argument that cannot be used (a bad cursor, a page size over the limit). */
public class InvalidArgumentException extends RuntimeException {

	public InvalidArgumentException(String message) {
		super(message);
	}

}
