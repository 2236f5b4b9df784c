/**
 * E-mail notifications: the outbox every e-mail passes through, so that a mail written with a
 * business change is never lost and never sent twice, even while the mail server is down.
 */
package eu.trustdesk.notification.entity;
