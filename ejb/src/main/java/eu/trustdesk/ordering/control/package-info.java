/**
 * Rules and mechanisms of the shop: who may pay how, exact coupon counting, prepaid balances that
 * never go negative, contracts, the purchase-order and terms-of-sale documents, and what follows
 * a submitted order.
 */
package eu.trustdesk.ordering.control;
