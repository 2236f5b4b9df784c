/** Customer-area pages of the organisation capability: organisations, addresses, billing profiles. */
package eu.trustdesk.organisation.view;
