package eu.trustdesk.activation.boundary;

/** A stored file and what it is, to send as a download. */
public record DocumentContent(String contentType, byte[] bytes) {
}
