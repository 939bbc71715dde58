package se.justera.protocol;

/** This node is reading as many protocol files as it reads at once (justera.upload.max-concurrent). */
class ServerBusyException extends RuntimeException {

	ServerBusyException(String message) {
		super(message);
	}

}
