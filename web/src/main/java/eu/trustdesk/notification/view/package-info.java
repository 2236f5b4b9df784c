/**
 * The outbox console: every mail TrustDesk wrote, its delivery state, its full text, and sending
 * it again. Without a mail server (the demo run) it is also where verification links are read.
 */
package eu.trustdesk.notification.view;
