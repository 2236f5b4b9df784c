/**
 * The payment side of ordering: discount codes ({@link eu.trustdesk.ordering.entity.Coupon}) with
 * their validity window, product scope and usage limits, and each use of one; the prepaid
 * accounts of organisations with every movement of their balance; the client contracts (annual
 * volume commitment) under which an organisation's orders go onto a periodic statement.
 */
package eu.trustdesk.ordering.entity;
