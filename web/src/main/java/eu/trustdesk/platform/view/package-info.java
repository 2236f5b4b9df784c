/**
 * What every page shares: the user's language (switch, cookie, account preference), security
 * headers, faces-message helpers and the health check of the application.
 */
package eu.trustdesk.platform.view;
