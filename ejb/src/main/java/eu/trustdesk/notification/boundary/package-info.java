/**
 * Entry points of the notification capability: the background sender that empties the outbox
 * and, for administrators, the outbox console (status, attempts, last error, resend).
 */
package eu.trustdesk.notification.boundary;
