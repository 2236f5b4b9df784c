/**
 * Pages of the payment side of ordering: in the console, the discount codes and, on an
 * organisation's page, its prepaid account and client contract; in the customer area, the
 * prepaid balances and active contracts of the customer's organisations.
 */
package eu.trustdesk.ordering.view;
