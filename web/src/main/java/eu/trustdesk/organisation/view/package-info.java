/**
 * The back office's pages on customers and their organisations: the search over accounts and
 * organisations, an organisation's full record, and the public-body decisions with their audit trail.
 */
package eu.trustdesk.organisation.view;
