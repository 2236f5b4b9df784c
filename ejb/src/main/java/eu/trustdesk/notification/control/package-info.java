/**
 * How e-mails are written (templates per language, rendered into the outbox in the caller's
 * transaction) and delivered (SMTP through Jakarta Mail, with retries and backoff).
 */
package eu.trustdesk.notification.control;
