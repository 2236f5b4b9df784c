/**
 * Signing in and out, the identity store behind Jakarta Security, and the pages of the
 * signed-in user's own account.
 */
package eu.trustdesk.account.view;
