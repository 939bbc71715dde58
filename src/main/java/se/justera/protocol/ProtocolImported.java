package se.justera.protocol;

/**
 * Published inside the import's transaction once a protocol is stored, so that what depends on
 * it (the compliance findings) is stored in the same transaction.
 */
public record ProtocolImported(long meetingId, String municipality, Protocol protocol) {
}
