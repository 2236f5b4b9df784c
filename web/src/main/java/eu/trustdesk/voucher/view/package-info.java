/**
 * Pages of the voucher capability: the administrators' switch per partner, the partner's voucher
 * pages (orders, new order, order with its codes, price list, API keys) with their downloads, and
 * the public redemption page.
 */
package eu.trustdesk.voucher.view;
