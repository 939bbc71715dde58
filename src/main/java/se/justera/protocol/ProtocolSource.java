package se.justera.protocol;

/**
 * The file a version of a meeting's minutes was made from, as kept (table meeting_version_file):
 * what it is, its name as sent, its size in bytes, its pages, and the SHA-256 of its bytes.
 */
public record ProtocolSource(long meetingId, int version, String mediaType, String fileName, long size, Integer pages,
		String sha256) {

	/** Where it can be downloaded (GET, anyone: minutes are public records). */
	public String url() {
		return "/protocols/" + this.meetingId + "/source?version=" + this.version;
	}

	/** The name to download it under: its own, or one made from the meeting and version. */
	String downloadName() {
		if (this.fileName != null) {
			return this.fileName;
		}
		return "meeting-" + this.meetingId + "-v" + this.version + (ProtocolFile.PDF.equals(this.mediaType) ? ".pdf" : ".txt");
	}

	/** A kept file's description with its bytes. */
	record Content(ProtocolSource source, byte[] bytes) {
	}

}
