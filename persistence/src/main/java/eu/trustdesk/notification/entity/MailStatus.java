package eu.trustdesk.notification.entity;

/** Where an outbox mail is on its way to the mail server. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Taken by the sender, being handed to the mail server right now. */
    SENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up after the maximum number of attempts; an administrator may resend it. */
    FAILED
}
