/**
 * Organisations customers act for (companies, sole traders, public administrations, natural
 * persons in France and Italy), with their identifiers, quote-header and delivery addresses,
 * billing profiles and public-body status.
 */
package eu.trustdesk.organisation.entity;
