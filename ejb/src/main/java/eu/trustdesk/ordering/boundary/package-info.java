/**
 * Entry points of the shop: pricing a cart, the checkout with its payment rules
 * ({@link eu.trustdesk.ordering.boundary.Checkout}), the customer's orders
 * ({@link eu.trustdesk.ordering.boundary.MyOrders}) and the back office's order desk
 * ({@link eu.trustdesk.ordering.boundary.OrderDesk}).
 */
package eu.trustdesk.ordering.boundary;
