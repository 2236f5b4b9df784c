/**
 * Accounts: the people who sign in (customers, partners and back-office staff), their roles,
 * their preferred language and their password hash. Organisations, addresses and billing
 * identities an account acts for also live in this capability.
 */
package eu.trustdesk.account.entity;
