/**
 * Entry points of the shop: pricing a cart, the checkout with its payment rules
 * ({@link eu.trustdesk.ordering.boundary.Checkout}), the customer's orders
 * ({@link eu.trustdesk.ordering.boundary.MyOrders}), the back office's order desk
 * ({@link eu.trustdesk.ordering.boundary.OrderDesk}), discount codes, prepaid accounts and client
 * contracts.
 */
package eu.trustdesk.ordering.boundary;
