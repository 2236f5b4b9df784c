/**
 * Entry points of the account capability: signing in, the signed-in user's own account
 * (language, profile) and, for administrators, account management.
 */
package eu.trustdesk.account.boundary;
