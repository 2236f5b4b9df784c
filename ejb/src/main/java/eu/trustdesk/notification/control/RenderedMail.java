package eu.trustdesk.notification.control;

/** A mail ready for the outbox: subject, plain-text and HTML bodies in one language. */
public record RenderedMail(String subject, String text, String html) {
}
