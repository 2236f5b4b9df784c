/**
 * Entry points of the payment side of ordering: discount codes for accountants and administrators
 * ({@link eu.trustdesk.ordering.boundary.Coupons}), prepaid accounts topped up by the back office
 * and read by their organisations' owners ({@link eu.trustdesk.ordering.boundary.PrepaidAccounts}),
 * client contracts made and terminated by administrators
 * ({@link eu.trustdesk.ordering.boundary.ClientContracts}).
 */
package eu.trustdesk.ordering.boundary;
