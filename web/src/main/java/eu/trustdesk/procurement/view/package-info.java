/**
 * Pages of public-body procurement: the quote request reached from the checkout's payment step,
 * the customer's quotes (pre-order, shipment), the accountants' quote desk (original purchase
 * order, shipment, quote expiry runs), and the documents' downloads.
 */
package eu.trustdesk.procurement.view;
