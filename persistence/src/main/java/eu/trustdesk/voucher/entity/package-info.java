/**
 * Partner vouchers: prepaid single-use codes a partner orders for one end customer and the
 * customer redeems for a preconfigured product. Owns the partner settings (feature switch, price
 * list discount), voucher orders and their lines, the vouchers with their codes and states, and
 * the partners' API keys.
 */
package eu.trustdesk.voucher.entity;
