/**
 * How vouchers work, in plain classes the boundaries call: pricing against the partner's price
 * list, storing thousands of codes in batches, the CSV and PDF of an order, redemption with its
 * row lock and rate limit, and giving a voucher back when its request is cancelled.
 */
package eu.trustdesk.voucher.control;
