/**
 * Orders of the shop and what pays for them: the order with its three parties (buyer, applicant,
 * payer), lines, totals, payment mode and history; discount codes, prepaid accounts and client
 * contracts.
 */
package eu.trustdesk.ordering.entity;
