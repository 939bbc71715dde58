package se.justera.config;

import java.nio.file.Path;

/** The embedded database's folder is locked by another process: a server (or command) already runs on it. */
public class EmbeddedDatabaseInUseException extends RuntimeException {

	private final transient Path dataDir;

	EmbeddedDatabaseInUseException(Path dataDir) {
		super("The embedded database in " + dataDir + " is in use by another Justera process (a server running from"
				+ " this folder?)");
		this.dataDir = dataDir;
	}

	public Path dataDir() {
		return this.dataDir;
	}

}
