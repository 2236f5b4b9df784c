/**
 * Entry points of the organisation capability: a customer's own organisations, addresses and
 * billing profiles ({@link eu.trustdesk.organisation.boundary.MyOrganisations}), and the back
 * office's directory with the public-body decisions
 * ({@link eu.trustdesk.organisation.boundary.OrganisationDirectory}).
 */
package eu.trustdesk.organisation.boundary;
