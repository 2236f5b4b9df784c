/**
 * Pages of the organisation capability: in the customer area, the customer's organisations,
 * addresses and billing profiles; in the console, the search over accounts and organisations,
 * an organisation's full record, and the public-body decisions with their audit trail.
 */
package eu.trustdesk.organisation.view;
