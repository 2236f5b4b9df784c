package eu.trustdesk.notification.control;

/**
 * A mail ready for the outbox: subject, plain-text and HTML bodies in one language. A mail with a
 * {@link Secret} among its arguments also has its masked bodies, the only ones stored readable;
 * the others are sealed until the mail is sent.
 *
 * @param maskedText the text with its secrets masked, null when the mail has none
 * @param maskedHtml the HTML with its secrets masked, null when the mail has none
 */
public record RenderedMail(String subject, String text, String html, String maskedText, String maskedHtml) {

    public RenderedMail(String subject, String text, String html) {
        this(subject, text, html, null, null);
    }

    public boolean hasSecrets() {
        return maskedText != null;
    }
}
