/**
 * Prices of an order or invoice computed the way EN 16931 does, so that a cart, its order, its
 * invoice and the exported XML show the same figures to the cent: line net amounts (quantity ×
 * price − line allowance, rounded), then per VAT rate the taxable amount and the VAT (rounded
 * once per rate), then the totals as sums. A discount code becomes line allowances (BT-136).
 */
package eu.trustdesk.shared.pricing;
